"""Bylines and credits -> journalists (记者, 通讯员, 实习生, 报道组, 摄)."""
from __future__ import annotations

import re

from ..clean import REPORT_DATELINE
from .names import NameModel

ROLE_WORDS = ("本报记者", "本网记者", "本台记者", "本刊记者", "特约记者", "见习记者", "特约通讯员", "本报通讯员", "见习通讯员", "摄影记者", "首席记者",
              "全媒体记者", "融媒体记者", "融媒记者",
              # a media centre, which prints a county's paper (县融媒体中心记者 甲)
              *(level + "融媒体中心" + w for level in ("", "县", "市", "区") for w in ("记者", "")), "记者", "通讯员", "实习生", "报道组", "摄影", "编辑", "责任编辑",
              # an editor's credit line (FORMAT.md): 责任编辑：甲, 编辑 甲 校对 乙
              "本版编辑", "值班编辑", "责编", "美编", "校对", "审核", "审校", "终审", "编审", "作者",
              "总监制", "监制")  # (a media centre's credits: 总监制:甲监制:乙责编:丙)
# credits for a report's video and graphics inside a byline (摄影 甲 视频 乙, 制图 丙): read there
# as role words, and nowhere else (图片新闻, 视频会议 are no bylines)
INNER_ROLE_WORDS = frozenset(ROLE_WORDS) | {"视频", "制图", "图片", "航拍", "版式"}
_ROLE_ALT = "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
CREDIT_WORDS = ("文/摄", "图/文", "文/图", "报道", "报导", "供图", "采写", "整理", "摄", "文", "图")
_CREDIT_ALT = "|".join(re.escape(w) for w in CREDIT_WORDS)
BRACKET_BYLINE = re.compile(REPORT_DATELINE + r"\s*[（(]([^）)]{1,80})[）)]")
# another outlet's dateline, on a page reprinting its report (浙江在线11月28日讯（浙江在线记者 甲）,
# 宁海新闻网讯（记者乙）, 兰溪新闻网(记者 丙)): its byline read as a paper's own (a role word inside)
OUTLET_BYLINE = re.compile(r"(?:网|在线|日报|晚报|客户端|新闻)(?:\d{1,2}月\d{1,2}日)?讯?\s*[（(]([^）)]{1,80})[）)]"
                           # any outlet's 讯 or 消息 (秦楚风讯（竹山融媒记者 甲）, 日报消息(记者乙)): a role word inside
                           r"|(?<=[\u4e00-\u9fff])(?:讯|消息)\s*[（(]([^）)]{1,80})[）)]"
                           # a wire's dateline (新华社杭州3月5日电（记者 甲）, 中新网杭州11月22日电 (乙))
                           r"|(?:社|网)\s*[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日电\s*[（(]([^）)]{1,80})[）)]")  # (中新网 衢州…电)
# where an open byline ends: at the date that begins the report (4月18日上午, 四月, 近日 ...); its
# last lookahead is left open, for each pattern to close (LEAD_BYLINE adds 本报讯 first)
_BEFORE_DATE = r"\s*(?=\d{1,4}[年月日])|\s+(?=[一二三四五六七八九十]{1,3}月|近日|日前|昨天|昨日|今天"
# 本报讯 记者 林芳 通讯员 何军 报道：...
# 本报讯 记者 林芳 通讯员 何军 4月18日上午，...: the byline ends where the date begins
# (another outlet's 讯 too: 云上崇阳讯 记者甲报道：)
OPEN_BYLINE = re.compile(rf"(?:{REPORT_DATELINE}|(?<=[\u4e00-\u9fff]{{2}})讯)\s*[◎□■]?\s*((?:{_ROLE_ALT})[\u3400-\u9fff\s]{{2,40}}?)"
                         rf"(?:\s*(?:报道|报导)?\s*[：:]|{_BEFORE_DATE}))")
# a byline opening the article's first paragraph, with no 本报讯 (◎记者 甲 通讯员 乙, （记者 甲）3月10日，…)
LEAD_BYLINE = re.compile(rf"^\s*[◎□■]?\s*[（(]?((?:{_ROLE_ALT})[\u3400-\u9fff\s/]{{2,40}}?)"
                         rf"(?:\s*[）)]|{_BEFORE_DATE}|{REPORT_DATELINE}))")
CAPTION_CREDIT = re.compile(rf"[（(]?((?:{_ROLE_ALT})[\u3400-\u9fff\s/]{{2,40}}?)\s*(?:摄|文/摄|图/文|供图)\s*[）)]?\s*$")
# a credit line of its own: 记者 甲 通讯员 乙 文/摄, □记者 甲 通讯员 乙 (above the report), and editors' (（责任编辑：甲）, （编辑 甲 校对 乙）)
# (文/本报记者 甲 图/通讯员 乙: a credit word before each role)
BYLINE_LINE = re.compile(rf"^\s*[◎□■]?[（(【\[]?\s*(?:(?:(?:{_CREDIT_ALT})\s*[/／]?\s*)?(?:{_ROLE_ALT})\s*[：:/]?\s*"
                         rf"[\u3400-\u9fff ]{{2,16}}\s*){{1,4}}"
                         rf"(?:{_CREDIT_ALT})?\s*[）)】\]]?\s*$")

# a byline closing a paragraph that a headline ran into (“共富工坊”里的幸福生活本报记者 甲 通讯员
# 乙), or an editors' credit after the masthead's date (2025年12月16日 星期二责任编辑：甲 版式：乙):
# a role word, then names apart by spaces to the paragraph's end
TRAILING_BYLINE = re.compile(rf"(?:{_ROLE_ALT}|版式)\s*[：:]?\s*[\u3400-\u9fff]{{2,4}}"
                             rf"(?:\s+(?:(?:{_ROLE_ALT}|版式)\s*[：:]?\s*)?[\u3400-\u9fff]{{2,4}})*\s*$")

# a photograph's credit with no role word, after its caption's sentence (图为…。 甲 摄)
BARE_CAPTION = re.compile(r"(?:^|[。！？])\s*((?:[\u3400-\u9fff]{2,3}\s+){0,2}[\u3400-\u9fff]{2,3})\s*/?\s*摄\s*$")
# a credit for text and pictures with no role word, a line of its own (文/甲 图/乙, 文/甲 乙)
_SLASH_CREDIT = r"(?:文|图|摄影|图片|文字|摄|视频)\s*[/／]"
SLASH_CREDIT_LINE = re.compile(rf"^\s*(?:{_SLASH_CREDIT}\s*[\u3400-\u9fff]{{2,3}}(?:\s+[\u3400-\u9fff]{{2,3}}){{0,2}}\s*){{1,3}}$")
# a byline in brackets closing the report (…。（记者 甲 通讯员 乙）), or its names alone after a full stop
# (…。（甲 乙）)
CLOSING_BYLINE = re.compile(rf"[（(]((?:{_ROLE_ALT})[\u3400-\u9fff\s：:]{{2,40}}?)[）)]\s*$")  # (（本网记者:甲）)
CLOSING_NAMES = re.compile(r"[。！？]\s*[（(]([\u3400-\u9fff]{2,3}(?:\s+[\u3400-\u9fff]{2,3}){0,3})[）)]\s*$")
# where the report came from, closing a credit line: no person
SOURCE_NOTE = re.compile(r"\s*来源\s*[：:]\s*[^\s：:]{2,30}\s*$")
# a correspondent's unit printed before the name (通讯员 华埠镇 甲, 通讯员 县公安局 乙): no person
UNIT_ENDINGS = ("镇", "乡", "街道", "办事处", "局", "办", "委", "部", "中心", "公司", "集团", "社区", "学校", "医院")
SENTENCE_END = ("。", "！", "？", "”", "；", "）", ")")
NAMES_LINE = re.compile(r"^[\u3400-\u9fff]{2,3}(?: [\u3400-\u9fff]{2,3}){1,3}$")


def parse_byline(text: str, names: NameModel) -> list[str]:
    """Names in a byline: role words set the context, space-separated tokens are names."""
    text = re.sub(rf"({_ROLE_ALT})\s*/", r"\1 ", text).replace("/", " ")  # 编辑/甲, 甲/文 乙/摄
    text = re.sub(rf"({_ROLE_ALT})", r" \1 ", re.sub(r"[：:]", " ", text))
    out: list[str] = []
    in_credit = False
    toks = text.split()
    # a stray space inside a name (记者 王 宇航, 记者 王宇 航): a lone character joins its
    # neighbour where together they make a name
    joined: list[str] = []
    for tok in toks:
        prev = joined[-1] if joined else ""
        # (记者 甲 文 乙 摄: a 文 after a name is the credit for the text, not a surname)
        credit = prev in CREDIT_WORDS and len(joined) > 1 and joined[-2] not in INNER_ROLE_WORDS
        if prev and (len(tok) == 1 or len(prev) == 1) and prev not in INNER_ROLE_WORDS and tok not in INNER_ROLE_WORDS \
                and tok not in CREDIT_WORDS and not credit and names.is_name(prev + tok):
            joined[-1] = prev + tok
        else:
            joined.append(tok)
    for i, tok in enumerate(joined):
        if tok in INNER_ROLE_WORDS:
            in_credit = True
            continue
        if tok in CREDIT_WORDS or not in_credit or not re.fullmatch(r"[\u3400-\u9fff]+", tok):
            continue
        nxt = joined[i + 1] if i + 1 < len(joined) else None
        if len(tok) >= 3 and tok.endswith(UNIT_ENDINGS) and not (
                len(tok) == 3 and names.is_name(tok) and (nxt is None or nxt in INNER_ROLE_WORDS)):
            continue  # 通讯员 华埠镇 甲: the correspondent's unit before the name (责编:赵海镇编辑:乙: a name)
        if len(tok) <= 3 or (len(tok) == 4 and not (names.has_surname(tok[2:]) and names.has_surname(tok))):
            out.append(tok)
        elif tok.endswith(("网", "报")) and (rest := next(
                (tok[:-k] for k in (3, 4, 5) if names.is_name(tok[:-k])), None)):
            out.append(rest)  # 责任编辑:余某古田网: the name, then the outlet's (a site, a paper), run into it
        else:
            parts = names.split_run(tok)
            if parts:
                out.extend(parts)
    return out


def find_journalists(paragraphs: list[str], names: NameModel) -> list[str]:
    found: list[str] = []
    for para in paragraphs:
        if "来源" in para:
            para = SOURCE_NOTE.sub("", para)  # 责任编辑：甲 审核：乙 来源：某融媒体中心
        for m in BRACKET_BYLINE.finditer(para):
            found.extend(parse_byline(m.group(1), names))
        for m in OUTLET_BYLINE.finditer(para):
            inner = m.group(1) or m.group(2) or m.group(3)
            got = parse_byline(inner, names)
            if not got and all(names.is_name(t) for t in inner.split()):
                got = inner.split()  # 电 (乙): a wire's byline may print the name alone
            found.extend(got)
        for m in OPEN_BYLINE.finditer(para):
            found.extend(parse_byline(m.group(1), names))
        whole = BYLINE_LINE.match(para)  # a credit line of its own, read whole below
        m = None if whole else LEAD_BYLINE.match(para)
        if m:
            found.extend(parse_byline(m.group(1), names))
        if SLASH_CREDIT_LINE.match(para):
            toks = re.sub(_SLASH_CREDIT, " ", para).split()
            if all(names.is_name(t) for t in toks):
                found.extend(toks)
            continue
        m = CLOSING_BYLINE.search(para) if not whole else None
        if m:
            found.extend(parse_byline(m.group(1), names))
        else:
            m = CLOSING_NAMES.search(para)
            if m and all(names.is_name(t) for t in m.group(1).split()):
                found.extend(m.group(1).split())
        m = CAPTION_CREDIT.search(para)
        bare = None if m else BARE_CAPTION.search(para)
        if m:
            found.extend(parse_byline(m.group(1), names))
        elif bare and all(names.is_name(t) for t in bare.group(1).split()):
            found.extend(bare.group(1).split())
        elif whole and len(para) <= 50:
            found.extend(parse_byline(para.strip().strip("（()）【】[]"), names))
        elif not para.rstrip().endswith(SENTENCE_END) and (t := TRAILING_BYLINE.search(para)):
            found.extend(parse_byline(t.group().replace("版式", "编辑"), names))
        elif NAMES_LINE.match(para):
            # a bare line of names closing an article is its byline (郑某 余某)
            toks = para.split()
            if all(len(t) <= 3 and names.is_name(t) for t in toks):
                found.extend(toks)
    seen: list[str] = []
    for n in found:
        if n not in seen:
            seen.append(n)
    return seen
