"""jieba's dictionary kept as a pickle in the user's cache folder: same dictionary, rebuilt when unusable."""
import json
import os
import subprocess
import sys

PROBE = """
import json, logging, marshal
from kg.segmenter import jieba_module, cache_folder
j = jieba_module()
print(json.dumps({"total": j.dt.total, "n": len(j.dt.FREQ), "words": j.lcut("县委书记主持召开常委会议", HMM=False),
                  "files": sorted(p.name for p in cache_folder().glob("jieba-*.json"))}, ensure_ascii=False))
"""


def probe(home):
    env = {**os.environ, "KG_CACHE_HOME": str(home)}
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


PLAIN = """
import json, logging, jieba
jieba.setLogLevel(logging.WARNING)
jieba.initialize()
print(json.dumps({"total": jieba.dt.total, "n": len(jieba.dt.FREQ),
                  "words": jieba.lcut("县委书记主持召开常委会议", HMM=False)}, ensure_ascii=False))
"""


def test_the_kept_dictionary_is_jiebas_own(tmp_path):
    first = probe(tmp_path)  # jieba's own load; a copy is kept
    assert len(first["files"]) == 1
    second = probe(tmp_path)  # read from the copy
    assert second == first
    # (in a fresh process: this one's jieba may have had words added by the extractor)
    plain = json.loads(subprocess.run([sys.executable, "-c", PLAIN], capture_output=True, text=True,
                                      check=True).stdout)
    assert {k: first[k] for k in plain} == plain


def test_an_unusable_copy_is_replaced(tmp_path):
    good = probe(tmp_path)
    copy = tmp_path / good["files"][0]
    copy.write_bytes(b"not JSON")
    assert probe(tmp_path) == good
    assert copy.stat().st_size > 1_000_000  # written again


def test_an_unwritable_cache_folder_still_loads(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    got = probe(blocker / "sub")  # cannot be made: a file is in the way
    assert got["n"] > 400_000 and got["files"] == []
