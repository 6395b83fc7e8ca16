"""Traditional-script pages: convert to simplified for extraction (OpenCC t2s), keep the original for evidence.

FORMAT.md wants names and bodies in simplified characters; a researcher checking a
fact wants the sentence as printed. OpenCC's t2s is character for character on
newspaper text, so offsets in the converted page are offsets in the original.
"""
from __future__ import annotations

import operator
import re

_CJK = re.compile(r"[\u3400-\u9fff]")
# A lone surrogate cannot be encoded as UTF-8, which OpenCC needs; no page read from a file has
# one, but a caller's string may (found by tests/test_properties.py). One for one, offsets hold.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
TRADITIONAL_SHARE = 0.02  # share of Chinese characters that t2s changes, above which a page is traditional


class Simplifier:
    def __init__(self):
        import opencc

        self._t2s = opencc.OpenCC("t2s.json")

    def convert(self, text: str) -> tuple[str, bool]:
        """(simplified text, whether the page was in traditional script). A page t2s leaves as it
        is is not counted; the counts are made in C (map, subn): 0.05 s against 0.08 s for the
        1 MB benchmark's pages, most of which t2s changes a little (a traditional surname)."""
        try:
            conv = self._t2s.convert(text)
        except UnicodeEncodeError:
            text = _SURROGATE.sub("\ufffd", text)
            conv = self._t2s.convert(text)
        if conv == text:
            return conv, False
        changed = sum(map(operator.ne, text, conv))
        n = _CJK.subn("", text)[1]
        return conv, bool(n) and changed / n >= TRADITIONAL_SHARE


def restore_evidence(rec: dict, original_clean: str, converted_clean: str) -> None:
    """Put the original script back into every evidence quote of a record (offsets align)."""
    aligned = len(original_clean) == len(converted_clean)
    rec["script"] = {"traditional": True, "evidence_in_original_script": aligned}
    if not aligned:
        return

    def fix(ev):
        if ev:
            s = ev["sentence_start"]
            ev["quote"] = original_clean[s:s + len(ev["quote"])]

    for row in rec["posts"] + rec["promotes"]:
        fix(row.get("evidence"))
    for e in rec["events"]:
        fix(e.get("evidence"))
        for x in e["participants"]:
            fix(x.get("evidence"))
