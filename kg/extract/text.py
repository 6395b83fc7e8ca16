"""Small text helpers shared by the extraction stages."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

CJK = re.compile(r"[\u3400-\u9fff]")
SENT_END = "。！？；!?;\n"


def is_cjk(ch: str) -> bool:
    return bool(ch) and "\u3400" <= ch <= "\u9fff"


@lru_cache(maxsize=None)
def _ends_re(ends: str) -> re.Pattern:
    return re.compile("[" + re.escape(ends) + "]")


def sentence_span(text: str, pos: int, ends: str = SENT_END) -> tuple[int, int]:
    """Bounds of the sentence around ``pos`` (split at ``ends``: 。！？； and line breaks).
    (``rfind`` and a compiled search, not a walk character by character: a hot path.)"""
    s = max(text.rfind(c, 0, pos) for c in ends) + 1
    m = _ends_re(ends).search(text, pos)
    e = m.start() if m else len(text)
    if e < len(text) and text[e] != "\n":
        e += 1
    return s, e


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence and the character offsets of the cue in the cleaned page."""

    quote: str
    start: int
    end: int
    sentence_start: int

    def as_dict(self) -> dict:
        return {"quote": self.quote, "start": self.start, "end": self.end,
                "sentence_start": self.sentence_start}


def evidence(text: str, start: int, end: int) -> Evidence:
    s, _ = sentence_span(text, start)
    _, e = sentence_span(text, max(start, end - 1))
    return Evidence(text[s:e], start, end, s)
