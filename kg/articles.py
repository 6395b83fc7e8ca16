"""Split a cleaned page into articles.

An article starts at ``本报讯`` (the dateline of a news report), at a markdown
heading that follows body text, or at a run of headline paragraphs that
follows body text. Headline paragraphs (short, no sentence punctuation) are kept
apart from the body so that credit lines (``A讲话 B主持``) can be read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .clean import BULLETS, REPORT_DATELINE_RE

_SENTENCE_PUNCT = re.compile(r"[。！？；，,]")
_SIGNATURE_DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
_BYLINE_ONLY = re.compile(r"^(?:(?:通讯员|记者|实习生|报道组|本报记者|见习记者|特约记者)\s*[\u3400-\u9fff ]{2,12}\s*){1,4}$")


@dataclass
class Paragraph:
    text: str
    start: int  # offset in the cleaned page text

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class Article:
    index: int
    headings: list[Paragraph] = field(default_factory=list)
    body: list[Paragraph] = field(default_factory=list)

    @property
    def start(self) -> int:
        parts = self.headings + self.body
        return min(p.start for p in parts) if parts else 0

    @property
    def end(self) -> int:
        parts = self.headings + self.body
        return max(p.end for p in parts) if parts else 0

    def paragraphs(self) -> list[Paragraph]:
        return sorted(self.headings + self.body, key=lambda p: p.start)


def is_heading(text: str) -> bool:
    if text.startswith("#"):
        return True
    # (图为县长甲在某乡检查: a photograph's caption inside the report, no headline)
    return len(text) <= 40 and not _SENTENCE_PUNCT.search(text) and not text.endswith("摄") \
        and not text.startswith("图为")


def paragraphs_with_offsets(clean: str) -> list[Paragraph]:
    out, pos = [], 0
    for chunk in clean.split("\n\n"):
        if chunk:
            out.append(Paragraph(chunk, pos))
        pos += len(chunk) + 2
    return out


def split_articles(clean: str) -> list[Article]:
    """Articles of a cleaned page, each with its headings and body paragraphs."""
    articles: list[Article] = []
    pending: list[Paragraph] = []
    cur: Article | None = None

    def start_new() -> Article:
        nonlocal cur, pending
        cur = Article(len(articles), headings=pending)
        pending = []
        articles.append(cur)
        return cur

    for para in paragraphs_with_offsets(clean):
        pieces = [para]
        found = REPORT_DATELINE_RE.search(para.text)
        k = found.start() if found else -1
        if k > 0:  # a headline run into the dateline by the OCR
            pieces = [Paragraph(para.text[:k], para.start), Paragraph(para.text[k:], para.start + k)]
        for piece in pieces:
            text = piece.text
            if _SIGNATURE_DATE.match(text) and cur is not None and cur.body and len(pending) <= 1:
                # a notice's signature (中共某县委组织部 / 2024年5月7日) closes it, and heads nothing
                cur.body.extend(pending + [piece])
                pending = []
                continue
            if REPORT_DATELINE_RE.match(text) or text[:1] in BULLETS:  # a dateline, an item of news in brief
                start_new().body.append(piece)
            elif is_heading(text) or _BYLINE_ONLY.match(text):
                pending.append(piece)
            else:
                if cur is None or pending:
                    start_new()
                cur.body.append(piece)
    if pending:
        if cur is None:
            start_new()
        else:
            cur.headings.extend(pending)
    articles = [a for a in articles if a.body or a.headings]
    return _reattach_tail(articles)


_SENTENCE_START_BAD = re.compile(r"^[，,、。；：）)”的了和与及等并而也都]")
_TERMINAL = tuple("。！？”’）)…")


def _reattach_tail(articles: list[Article]) -> list[Article]:
    """Narrow-column layouts sometimes print an article's tail before its head.

    A page that opens mid-sentence (a particle or punctuation first, and no dateline)
    holds the tail of an article; it belongs to the last article that breaks off
    mid-sentence, and is moved there."""
    if len(articles) < 2:
        return articles
    first = articles[0]
    if first.headings or not first.body or REPORT_DATELINE_RE.match(first.body[0].text):
        return articles
    if not _SENTENCE_START_BAD.match(first.body[0].text):
        return articles
    for art in reversed(articles[1:]):
        if art.body and not art.body[-1].text.endswith(_TERMINAL):
            art.body.extend(first.body)
            rest = articles[1:]
            for i, a in enumerate(rest):
                a.index = i
            return rest
    return articles
