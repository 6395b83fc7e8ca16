"""jieba, loaded once per process and explicitly, for the two places that need it (line joins
in ``clean``, unsure names in ``extract.names``).

jieba keeps its prefix dictionary (498,000 words and their frequencies) in a ``marshal`` file
in the temporary folder, and reads it on first use: 0.8-1.2 s here, which every worker
process and a rebuild's helper pay before their first page. The same dictionary kept as JSON
reads in 0.2 s with orjson, so it is kept that way too, in the user's cache folder, under a key
of jieba's version and dictionary file. JSON rather than pickle: data, never code, whoever
wrote the file. Where that folder cannot be written, jieba loads as it always does.

jieba's part-of-speech tagger (``jieba.posseg``, for names) reads the same dictionary file
again for each word's tag when it is imported: 0.58 s here. Its table of tags is kept as JSON
beside the dictionary, and read in 0.1 s (``posseg_module``).
"""
from __future__ import annotations

import hashlib
import io
import logging
import os
import sys
from pathlib import Path

import orjson

from .io import atomic_write

_LOADED: list = []


def cache_folder() -> Path:
    """``$KG_CACHE_HOME``, else ``$XDG_CACHE_HOME/kg-cn-local``, else ``~/.cache/kg-cn-local``."""
    if os.environ.get("KG_CACHE_HOME"):
        return Path(os.environ["KG_CACHE_HOME"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg-cn-local"


def _dictionary_key(jieba) -> str:
    """jieba's version and its dictionary file (path, size, modification time)."""
    path = jieba.dt.dictionary or os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME)
    st = os.stat(path) if os.path.exists(path) else None
    blob = repr((jieba.__version__, str(path), st and (st.st_size, st.st_mtime_ns)))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def jieba_module():
    """The ``jieba`` module with its default dictionary loaded (once per process)."""
    if _LOADED:
        return _LOADED[0]
    import jieba

    jieba.setLogLevel(logging.WARNING)
    dt = jieba.dt
    if not dt.initialized:
        path = None
        try:
            path = cache_folder() / f"jieba-{_dictionary_key(jieba)}.json"
            with open(path, "rb") as fh:
                freq, total = orjson.loads(fh.read())
            if not isinstance(freq, dict) or not isinstance(total, int):
                raise ValueError(f"{path}: not a jieba dictionary")
            dt.FREQ, dt.total = freq, total
            dt.initialized = True
        except Exception:  # noqa: BLE001 - no usable copy: jieba loads as usual, and a copy is kept
            jieba.initialize()
            if path is not None:
                try:  # kept whole or not at all; a copy is an optimisation, never an error
                    atomic_write(path, orjson.dumps([dt.FREQ, dt.total]))
                except OSError:
                    pass
    _LOADED.append(jieba)
    return jieba


def posseg_module():
    """``jieba.posseg`` with its word tags loaded (once per process), from the kept copy where
    there is one. Its import builds the table from jieba's dictionary file (``POSTokenizer``'s
    ``load_word_tag``); with a copy, the import is given an empty file to read instead, and
    the copy's table is put in place of the empty one."""
    jieba = jieba_module()
    if "jieba.posseg" in sys.modules:
        return sys.modules["jieba.posseg"]
    path, tags = None, None
    try:
        path = cache_folder() / f"jieba-tags-{_dictionary_key(jieba)}.json"
        with open(path, "rb") as fh:
            tags = orjson.loads(fh.read())
        if not isinstance(tags, dict):
            raise ValueError(f"{path}: not jieba's word tags")
    except Exception:  # noqa: BLE001 - no usable copy: the tagger loads as usual, and a copy is kept
        tags = None
    if tags is None:
        import jieba.posseg as posseg

        if path is not None:
            try:
                atomic_write(path, orjson.dumps(posseg.dt.word_tag_tab))
            except OSError:
                pass
        return posseg
    jieba.dt.get_dict_file = lambda: io.BytesIO()  # read by posseg's import alone, then removed
    try:
        import jieba.posseg as posseg
    finally:
        del jieba.dt.get_dict_file
    posseg.dt.word_tag_tab = tags
    return posseg
