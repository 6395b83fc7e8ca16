"""jieba's dictionary and its tagger's word tags kept as JSON in the user's cache folder: the same
as jieba's own, made again when unusable."""
import json
import os
import subprocess
import sys

PROBE = """
import hashlib, json, logging, marshal
from kg.segmenter import jieba_module, posseg_module, cache_folder
j = jieba_module()
p = posseg_module()
print(json.dumps({"total": j.dt.total, "n": len(j.dt.FREQ), "words": j.lcut("县委书记主持召开常委会议", HMM=False),
                  "tags": hashlib.sha256(json.dumps(sorted(p.dt.word_tag_tab.items())).encode()).hexdigest(),
                  "tagged": [[w.word, w.flag] for w in p.lcut("县委书记王建国主持召开常委会议")],
                  "files": sorted(p.name for p in cache_folder().glob("jieba-*.json"))}, ensure_ascii=False))
"""


def probe(home):
    env = {**os.environ, "KG_CACHE_HOME": str(home)}
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


PLAIN = """
import hashlib, json, logging, jieba
import jieba.posseg as p
jieba.setLogLevel(logging.WARNING)
jieba.initialize()
print(json.dumps({"total": jieba.dt.total, "n": len(jieba.dt.FREQ),
                  "words": jieba.lcut("县委书记主持召开常委会议", HMM=False),
                  "tags": hashlib.sha256(json.dumps(sorted(p.dt.word_tag_tab.items())).encode()).hexdigest(),
                  "tagged": [[w.word, w.flag] for w in p.lcut("县委书记王建国主持召开常委会议")]}, ensure_ascii=False))
"""


def test_the_kept_dictionary_is_jiebas_own(tmp_path):
    first = probe(tmp_path)  # jieba's own load; copies are kept (the dictionary, the word tags)
    assert len(first["files"]) == 2
    second = probe(tmp_path)  # read from the copy
    assert second == first
    # (in a fresh process: this one's jieba may have had words added by the extractor)
    plain = json.loads(subprocess.run([sys.executable, "-c", PLAIN], capture_output=True, text=True,
                                      check=True).stdout)
    assert {k: first[k] for k in plain} == plain


def test_an_unusable_copy_is_replaced(tmp_path):
    good = probe(tmp_path)
    for name, junk in zip(good["files"], [b"not JSON", b"[1, 2]"]):
        copy = tmp_path / name
        copy.write_bytes(junk)
        assert probe(tmp_path) == good
        assert copy.stat().st_size > 1_000_000  # written again


def test_an_unwritable_cache_folder_still_loads(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    got = probe(blocker / "sub")  # cannot be made: a file is in the way
    assert got["n"] > 400_000 and got["files"] == []
