"""Clean OCR'd page text: join lines wrapped inside words and names, fix spacing.

Narrow-column newspaper OCR breaks lines every 10-14 characters, wherever the
column ends (``王\\n一平``), and sometimes leaves a blank line inside a paragraph
where a column ended. Wide pages (one paragraph per line) have the same breaks
only occasionally (``回\\n\\n头看``). The rules:

* inside a block of non-blank lines, lines are joined with nothing between them
  (Chinese has no word spaces; a space is kept only between two Latin words);
* across a blank line, blocks are joined when the first ends mid-sentence on a
  full-width line (the column ran out), or inside an unclosed bracket (a byline
  ``（记者 X\\n\\nY）``);
* continuation marks (``（下转第二版）``) are dropped;
* full-width digits and Latin letters become ASCII; stray spaces next to digits
  go (``9 月 15 日`` -> ``9月15日``, ``山区 26县`` -> ``山区26县``). Spaces
  between Chinese words are kept: they separate names in bylines.

The result is a list of paragraphs; ``clean_text`` joins them with blank lines.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .segmenter import jieba_module

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in list(range(0xFF10, 0xFF1A)) + list(range(0xFF21, 0xFF3B))
              + list(range(0xFF41, 0xFF5B))}
_FULLWIDTH.update({0x3000: 0x20, 0xA0: 0x20, 0x200B: None, 0x200C: None, 0x200D: None, 0xFEFF: None,
                   0x2028: 0x0A, 0x2029: 0x0A, 0x0D: None, 0x0C: 0x0A, 0x0B: 0x0A})
_TERMINAL = set("。！？；…”’」』）)!?;:：》")
_OPEN = "（(【[《“"
_CLOSE = "）)】]》”"
_CONT = re.compile(r"[（(]\s*(?:下[转轉]|上接|[转轉]|接)\s*第?\s*[一二三四五六七八九十\d]+\s*版\s*[）)]")
_DIGIT_SPACE = re.compile(r"(?<=[0-9])[ \t]+(?=[\u3400-\u9fff0-9%])|(?<=[\u3400-\u9fff])[ \t]+(?=[0-9])")
_MULTI_SPACE = re.compile(r"[ \t]{2,}")
# a space after an enumeration comma or a comma (李某、 姚某、邓某出席): never meant
_SPACE_AFTER_COMMA = re.compile(r"(?<=[、，])[ \t]+")
_CJK = re.compile(r"[\u3400-\u9fff]")


def _word_spans(left: str, right: str) -> bool:
    """Does jieba read a word across the join of ``left`` and ``right``? (loaded once, on first use)"""
    pos = 0
    for tok in jieba_module().lcut(left + right, HMM=False):
        if pos < len(left) < pos + len(tok):
            return True
        pos += len(tok)
    return False


def normalise_chars(text: str) -> str:
    """Full-width ASCII to half-width, odd spaces to plain ones, CR dropped. Punctuation kept."""
    return unicodedata.normalize("NFC", text).translate(_FULLWIDTH)


_NARROW = re.compile(r"[\x00-\u200f\u2070-\u2e7f]")  # below the CJK radicals: half a column; not
# the general punctuation (“”…—), which a Chinese font sets full width


def display_width(line: str) -> float:
    """Column width of a line: a Chinese character is 1, an ASCII character half."""
    return len(line) - 0.5 * len(_NARROW.findall(line))


def _is_heading(line: str) -> bool:
    return line.startswith("#")


def _unclosed(text: str) -> bool:
    depth = 0
    for c in text:
        if c in "（(":
            depth += 1
        elif c in "）)" and depth:
            depth -= 1
    return depth > 0


def _join(a: str, b: str) -> str:
    if a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return a + " " + b
    return a + b


_LEAD = re.compile(r"^[ \t]+(?=\S)", re.M)
_AT_EDGE = re.compile(r"^\S", re.M)


# marks that open an item of a news-in-brief column (●6月8日，副区长甲带队…): each item is a
# paragraph of its own, and an article (kg.articles). Not ○ (a zero: 二○二四年) nor □ (the OCR's
# mark for a character it could not read), which a wrapped line may begin with.
BULLETS = "●■◆▲★◇◎▶►•"


def _lead(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _blocks(text: str) -> tuple[list[list[str]], set[int]]:
    """Blocks of non-blank lines, and which blocks begin at an indented line. A paragraph's first
    line is indented in print (``　　本报讯…``): an indented line begins a paragraph of its own,
    though no blank line comes before it. Indented is two spaces (a full-width one is made plain
    by ``normalise_chars``) beyond the page's margin, the indent every line has."""
    lines = text.split("\n")
    # the margin: none where a line starts at the edge (most pages), else the least leading space
    margin = 0 if _AT_EDGE.search(text) else min(map(len, _LEAD.findall(text)), default=0)
    indent = margin + 2
    blocks, cur, starts = [], [], set()
    for raw in lines:
        line = raw.strip()
        if line and (raw[:1] in " \t" and _lead(raw) >= indent or line[0] in BULLETS):
            if cur:
                blocks.append(cur)
            cur = [line]
            starts.add(len(blocks))
        elif line:
            cur.append(line)
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks, starts


def _full_width_threshold(blocks: list[list[str]]) -> tuple[float, float, float]:
    """Width from which a line counts as full (the column ran out), the widest it may be, and the
    width a lone line needs to fill the column to its edge (the page's commonest, no narrower
    than the column: a page of short pieces may have more short lines than full ones).

    A page may mix columns of several widths (12 and 14 characters, say): the
    widths carried by at least a tenth of the lines give the range; a wider line
    is a headline across columns. Pages without such widths (one paragraph per
    line) count any line of 40 characters or more.
    """
    widths = [round(display_width(ln)) for b in blocks for ln in b if not _is_heading(ln)]
    counts = {w: widths.count(w) for w in set(widths)}
    commonest = float(max(counts, key=lambda w: (counts[w], w))) if counts else float("inf")
    common = [w for w, n in counts.items() if w >= 6 and n >= max(3, len(widths) / 10)]
    if common:  # the columns' widths lie near the commonest; a run of short last lines is no column
        mode = max(common, key=lambda w: (counts[w], w))
        common = [w for w in common if abs(w - mode) <= 3]
    # a column: many lines, most of them of a few widths
    if common and min(common) < 40 and len(widths) >= 12 and \
            sum(counts[w] for w in common) >= 0.4 * len(widths):
        # (a stop squeezed in at a line's end may make it a little wider than the column)
        return min(common) - 1.0, max(common) + 2.0, max(commonest, float(min(common)))
    # a short page, or one of short paragraphs: the lines inside a paragraph (all but its last)
    # are full, so most of them fall within a narrow band, the column's width
    inner = sorted(round(display_width(ln)) for b in blocks if len(b) > 1 and not _is_heading(b[0])
                   for ln in b[:-1])
    if len(inner) >= 5:
        mid = inner[len(inner) // 2]
        band = [w for w in inner if mid - 1 <= w <= mid + 1]
        if 6 <= mid < 40 and len(band) >= 0.7 * len(inner):
            return min(band) - 1.0, max(band) + 2.0, max(commonest, float(min(band)))
    return 40.0, float("inf"), float("inf")


# a report's dateline: 本报讯, or with where it was filed (本报杭州讯, 本报北京讯, 本报综合讯); 又讯, a
# second report under the same headline
REPORT_DATELINE = r"(?:本报(?:[\u4e00-\u9fff]{2,4}?)?讯|又讯)"
REPORT_DATELINE_RE = re.compile(REPORT_DATELINE)
_CREDIT_CLOSE = re.compile(r"[。！？!?]\s*[）)]$|[（(][^（()）]*(?:记者|通讯员|实习生|摄|编辑|校对|供图|版)[^（()）]*[）)]$"
                           # the reporters' names alone in brackets after a stop (…落实好。（甲 乙 丙）)
                           r"|[。！？!?]\s*[（(][\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){0,3}[）)]$")
_DATELINE_END = re.compile(REPORT_DATELINE + r"\s*(?:[（(][^（）()]{0,40}[）)])?\s*$")
# words a headline does not end on: a preposition, a conjunction, 的
_NO_HEADLINE_END = set("的为和与及在对向把将从于被让给、")


_PUNCT = re.compile(r"[，,。、；;：:！？!?“”（）()《》]")
_SPACED = re.compile(r"[\u3400-\u9fff] +[\u3400-\u9fff]")
# a line of running text, though it carries spaces: a stop or a list's comma
_RUNNING = re.compile(r"[，,。、；;]")


def _ran_out(line: str, bounds: tuple[float, float]) -> bool:
    """Did the column run out on this line? Headlines span columns or carry spaces."""
    lo, hi = bounds
    # spaces inside a byline's bracket (生 李二） 1月26日，在开) are no headline's, nor is a padded
    # name in running text, which a stop or a list's comma shows (市长刘 刚致辞。市人)
    # (in a column only: a page of long lines has credits at a paragraph's end, 记者 王一平 摄)
    return lo <= display_width(line) <= hi and (
        not _SPACED.search(re.split(r"[）)]", line)[-1]) or hi != float("inf") and bool(_RUNNING.search(line)))


# an entry of a list printed one a line: a name (its sex noted), spaces, and the post or place, with
# no punctuation (甲 华埠镇金星村党支部书记, 乙（女） 县人民医院护士长)
_LIST_ENTRY = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4})(?:[（(][男女][）)])?[ \u3000]+[\u4e00-\u9fff（）()]{2,40}$")


def _split_lists(blocks: list[list[str]], indented: set[int]) -> tuple[list[list[str]], set[int], set[int]]:
    """A run of two or more list entries inside a block is a paragraph an entry, joined to nothing
    before or after it: lines a column would otherwise join (…名单 甲 华埠镇金星村党支部书记 乙（女）
    县人民医院护士长). Returns the blocks, those that begin indented, and the entries."""
    surnames = _padding()[0]

    def entry(line: str) -> bool:
        m = _LIST_ENTRY.match(line)
        return bool(m) and m["name"][0] in surnames

    out, starts, entries = [], set(), set()
    for k, block in enumerate(blocks):
        if k in indented:
            starts.add(len(out))
        flags = [entry(ln) for ln in block]
        runs = {i for i in range(len(block))
                if flags[i] and (i > 0 and flags[i - 1] or i + 1 < len(block) and flags[i + 1])}
        if not runs:
            out.append(block)
            continue
        cur: list[str] = []
        for i, ln in enumerate(block):
            if i in runs:
                if cur:
                    out.append(cur)
                entries.add(len(out))
                out.append([ln])
                cur = []
            else:
                cur.append(ln)
        if cur:
            out.append(cur)
    return out, starts, entries


# a credit line: a role word, then its names (全媒体记者：甲 乙, 编辑：丙, （编辑：丁）)
_CREDIT_LINE = re.compile(r"^[（(【]?[\u4e00-\u9fff]{0,6}(?:记者|通讯员|编辑|编审|校对|摄影|实习生|审核|责编|作者)\s*[:：/ ]")
# a line that ends a paragraph on a page of long lines printed without blank lines: a sentence's
# end (…委员。, …精神。”), a credit (（编辑：甲）), or a short line with no punctuation (a headline)
_LINE_ENDS_PARAGRAPH = re.compile(r"(?:[。！？!?…][”’」』]?|[）)])$")


# a report's lead, opening on its date or dateline (8月20日，…; 本报讯 …)
_DATED_LEAD = re.compile(r"\s*(?:\d{1,2}月\d{1,2}日|" + REPORT_DATELINE + ")")
# what a headline of two parts does not carry: a stop, a colon, brackets (a credit), an enumeration
_HEADLINE_NO = re.compile(r"[。；;：:！？!?（）()、]")


def _split_long_lines(blocks: list[list[str]], indented: set[int],
                      entries: set[int]) -> tuple[list[list[str]], set[int], set[int]]:
    """On a page of long lines, one paragraph a line with no blank line between them (text copied
    from a web page), each line that ends a sentence or stands as a headline ends its paragraph;
    such a page has no column, so no line wraps inside a sentence at a stop by chance."""
    out, starts, ents = [], set(), set()
    for k, block in enumerate(blocks):
        if k in indented:
            starts.add(len(out))
        if k in entries:
            ents.add(len(out))
        cur: list[str] = []
        for i, ln in enumerate(block):
            credit = bool(_CREDIT_LINE.match(ln))
            if credit and cur:
                out.append(cur)  # 全媒体记者：甲 乙 | 编辑：丙: each credit a line of its own
                cur = []
            cur.append(ln)
            last = i == len(block) - 1
            # (a headline of two parts, 岁寒情深暖人心，某镇领导开展走访慰问: a comma inside, a word at its
            # end; a paragraph's last line on such a page ends on a stop)
            # (两位村干部的“心思”: a headline may end on a quote's close)
            headline = display_width(ln) < 40 and (not _PUNCT.search(ln) or bool(
                (_CJK.match(ln[-1]) or ln[-1] in "”’」』") and not _HEADLINE_NO.search(ln)))
            if not headline and not last and display_width(ln) < 40 and _CJK.match(ln[-1]) \
                    and not re.search(r"[。；;！？!?]", ln) and _DATED_LEAD.match(block[i + 1]):
                # 甲乙会见某集团党委委员、副总裁丙 | 8月20日，…: a short line before the dated lead is its headline,
                # an enumeration inside it or not
                headline = True
            if not last and (headline or credit or (_LINE_ENDS_PARAGRAPH.search(ln) and
                                          (ln[-1] not in "）)" or _CREDIT_CLOSE.search(ln)))):
                out.append(cur)
                cur = []
        if cur:
            out.append(cur)
    return out, starts, ents


def clean_paragraphs(text: str) -> list[str]:
    """Cleaned paragraphs of a page, in reading order of the OCR."""
    text = normalise_chars(text)
    text = _CONT.sub("", text)
    blocks, indented, entries = _split_lists(*_blocks(text))
    lo, hi, edge = _full_width_threshold(blocks)
    full = (lo, hi)
    long_lines = hi == float("inf")  # a page of long lines (one paragraph a line), not a column
    # (a short page of a narrow column finds no column either; a sentence ended on a line wider
    # than any column tells the page of long lines)
    if long_lines and any(len(b) > 1 for b in blocks) and any(
            display_width(ln) >= 45 and _LINE_ENDS_PARAGRAPH.search(ln) for b in blocks for ln in b):
        blocks, indented, entries = _split_long_lines(blocks, indented, entries)
    paras: list[str] = []
    prev_last = ""  # last raw line of the previous block
    prev_block_len = 0
    prev_joined = False  # was the previous block the continuation of a paragraph?
    for k, block in enumerate(blocks):
        body = ""
        for ln in block:
            body = _join(body, ln)
        # (the paragraph before, as joined, is a headline or not: a heading line run into a block's text
        # is none, so a second cleaning reads the same, 0|#县 -> 0#县)
        if paras and not _is_heading(block[0]) and not _is_heading(paras[-1]) and k not in indented \
                and k not in entries and k - 1 not in entries:
            before = paras[-1]
            # a closing quote ends a sentence only after a stop (…。”); 深化“3455”|区域共富… goes on
            # nor does a semicolon end a paragraph (抓有特色的项目；|要做实农业); a line never ends on
            # an opening mark (市政协“|一规则两意见”)
            ended = before[-1] in _TERMINAL and before[-1] not in "；;" and (
                before[-1] not in "”’」』" or before[-2:-1] in "。！？!?…") and (
                # a closing bracket ends a paragraph after a stop or a credit (（记者 甲）), not
                # inside a sentence (县委常委、副县长（挂职）|孙明杰出席)
                before[-1] not in "）)" or bool(_CREDIT_CLOSE.search(before)))
            mid_sentence = not ended and not (block[0].startswith(("记者", "通讯员"))
                                              or REPORT_DATELINE_RE.match(block[0]))
            # a break inside running prose: the column ran out, or (on a page of long
            # lines) a word runs across the break ("回\n\n头看", "高\n\n质量")
            prose = (long_lines and bool(_CJK.match(before[-1]) and _CJK.match(body[0]))
                     and _word_spans(before[-3:], body[:3]))
            ran_out = _ran_out(prev_last, full)
            # a single line without any punctuation standing alone is a headline (高一出席, 全县三级
            # 干部大会召开), unless it fills the column to its edge (沈嘉俊对葛天佑一行的到来|表示欢迎) or
            # runs into a word across the break (出席会议并讲|话，)
            # (on a page of long lines: unless a word runs across the break, 就座的还|有县人大, or
            # the line ends on a word no headline ends on, 会议选举甲为|开化县人民政府县长)
            headline = prev_block_len == 1 and not prev_joined and not _PUNCT.search(prev_last) and not (
                ran_out and (display_width(prev_last) >= edge or _word_spans(before[-3:], body[:3]))) and not (
                long_lines and (prev_last[-1] in _NO_HEADLINE_END or prose))
            # (on a page of long lines a paragraph does not stop on a preposition: 会议选举甲为|开化县…)
            dangling = long_lines and before[-1] in _NO_HEADLINE_END and bool(_CJK.match(body[0]))
            cut = mid_sentence and not headline and (ran_out or prose or dangling)
            closes = re.search(r"[）)]", body[:12])
            # a dateline standing alone (本报讯（记者 甲 乙）, then a column break): the report goes on
            # (a headline may run into it: 我县电商经济逆势上扬本报讯（记者 甲 乙）)
            dateline = bool(_DATELINE_END.search(before))
            # inside a title's 《》 (…实现转化路|径的建议》)
            titled = before.count("《") > before.count("》") and "》" in body[:30] or \
                before.count("“") > before.count("”") and "”" in body[:20] and ran_out
            opened = before[-1] in _OPEN
            if cut or (_unclosed(before) and closes) or dateline or titled or opened:
                paras[-1] = _join(before, body)
                prev_last, prev_block_len, prev_joined = block[-1], len(block), True
                continue
        paras.append(body)
        prev_last, prev_block_len, prev_joined = block[-1], len(block), False
    out = []
    for p in paras:
        p = _DIGIT_SPACE.sub("", p)
        p = _MULTI_SPACE.sub(" ", p).strip()
        p = _SPACE_AFTER_COMMA.sub("", p)
        if " " in p:
            p = close_padded_names(p)
        if p:
            out.append(p)
    return out


@lru_cache(maxsize=1)
def _padding():
    from .lexicon import default_lexicon

    lex = default_lexicon()
    # titles and the labels that introduce a name as a title does (县领导王 强, 村民李 红)
    titles = sorted((t for t in {*lex.titles, *lex.descriptors} if len(t) >= 2), key=len, reverse=True)
    # a name standing alone between separators (、王 伟、, 记者 姜 文）), or right after a title
    # (区委书记程 鹏主持): a single-character given name never stands alone
    alone = re.compile(r"(?<![\u3400-\u9fff])([\u3400-\u9fff]) ([\u3400-\u9fff])(?![\u3400-\u9fff])")
    titled = re.compile("(?:" + "|".join(map(re.escape, titles)) + r")([\u3400-\u9fff]) (?=[\u3400-\u9fff])")
    # the last of a list, run into its verb (县领导甲、乙、徐 萍参加): after a separator, before a
    # role verb
    listed = re.compile(r"(?<=[、，,])([\u3400-\u9fff]) ([\u3400-\u9fff])"
                        r"(?=等|参加|出席|列席|陪同|一同|分别|先后|主持|讲话|致辞)")
    # a name a decision or an election names (任命王 可为副县长, 补选徐 可为…，汪 东为…, 免去王 可的)
    appointed = re.compile(r"(?:(?<=任命|选举|补选|免去)|(?<=[、，,]))([\u3400-\u9fff]) ([\u3400-\u9fff])"
                           r"(?=为|同志|[（(][男女][）)])|(?<=免去)([\u3400-\u9fff]) ([\u3400-\u9fff])(?=的)")
    return lex.surnames, alone, titled, listed, appointed


_BYLINE_PADDED = re.compile(r"(?:(?<=记者)|(?<=通讯员)|(?<=实习生))([\u3400-\u9fff]) ([\u3400-\u9fff])(?= [\u3400-\u9fff] |[）)])")


def close_padded_names(p: str) -> str:
    """Two-character names padded with a space to the width of three (``程 鹏``), as papers set
    them in lists and after titles, closed up (FORMAT.md: stray spaces inside a name go).
    Spaces between longer words stay (they separate names in bylines: ``邵可欣 钱永安``)."""
    surnames, alone, titled, listed, appointed = _padding()

    def close(m: re.Match) -> str:  # a surname and one character: a name, closed up
        return m[1] + m[2] if m[1] in surnames else m[0]
    # (记者冯 艳 孙 敏: the first of a byline's names run into its role word)
    for rx in (_BYLINE_PADDED, alone, listed):
        p = rx.sub(close, p)
    if "为" in p or "免去" in p:
        p = appointed.sub(lambda m: m[0].replace(" ", "") if (m[1] or m[3]) in surnames else m[0], p)
    return titled.sub(lambda m: m[0][:-1] if m[1] in surnames else m[0], p)


def clean_text(text: str) -> str:
    """The cleaned page: paragraphs separated by one blank line."""
    return "\n\n".join(clean_paragraphs(text))
