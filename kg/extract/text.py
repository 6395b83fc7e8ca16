"""Small text helpers shared by the extraction stages."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

CJK = re.compile(r"[\u3400-\u9fff]")
SENT_END = "。！？；!?;\n"


def is_cjk(ch: str) -> bool:
    return bool(ch) and "\u3400" <= ch <= "\u9fff"


def by_first_char(words) -> dict[str, tuple[str, ...]]:
    """``words`` grouped by their first character, in their order (longest first where they come
    so): one ``startswith`` over the few words that can begin at a place, not over the whole list."""
    index: dict[str, list[str]] = {}
    for w in words:
        index.setdefault(w[0], []).append(w)
    return {c: tuple(ws) for c, ws in index.items()}


@lru_cache(maxsize=None)
def _ends_re(ends: str) -> re.Pattern:
    return re.compile("[" + re.escape(ends) + "]")


_LAST_ENDS: dict[str, tuple[str, list[int]]] = {}  # ends -> (the last text, its sentence ends)


def _end_positions(text: str, ends: str) -> list[int]:
    """Where ``text``'s sentence ends are, in order; the last text's list is kept per set of ends
    (sentence_span is asked about one page many times running: 135 times a page)."""
    last = _LAST_ENDS.get(ends)
    if last is not None and last[0] is text:
        return last[1]
    found = [m.start() for m in _ends_re(ends).finditer(text)]
    _LAST_ENDS[ends] = (text, found)
    return found


def sentence_span(text: str, pos: int, ends: str = SENT_END) -> tuple[int, int]:
    """Bounds of the sentence around ``pos`` (split at ``ends``: 。！？； and line breaks).
    (Bisects the page's sentence ends, found once: a hot path, and ``rfind`` for a rare end
    such as ！ walked back to the page's start on every call.)"""
    found = _end_positions(text, ends)
    i = bisect_left(found, pos)
    s = found[i - 1] + 1 if i else 0
    e = found[i] if i < len(found) else len(text)
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
