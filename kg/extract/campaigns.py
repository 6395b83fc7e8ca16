"""Named campaigns, programmes and reforms, and who promotes them.

Candidates come from two shapes (FORMAT.md: quoted terms, and terms ending in
行动/工程/改革/...): a quoted term, extended by the campaign suffix printed after
it (``“找寻查挖”专项行动``), and an unquoted phrase ending in a strong suffix,
cut on its left at a verb or function word (推进|数字化改革). A quoted term with
no suffix counts only if it looks like policy language (a policy word, a
numbered formula like 五水共治, or a slogan of parallel clauses); other quotes
are metaphors and brand names (“快车道”, “网红爆款”).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import Lexicon
from .text import is_cjk

QUOTE = re.compile(r"“([^“”]{2,30})”")
DOC = re.compile(r"《([^《》]{4,60})》")
DOC_CUES = ("方案", "意见", "制度", "规划", "计划", "办法", "纲要", "规则", "条例", "决定", "建议")
# a decision that honours or appoints people (《关于表彰…先进集体和先进个人的决定》) is no policy
DOC_NOT_POLICY = re.compile(r"表彰|命名|授予|任免|任命|嘉奖|追认")
# an honour a place or a person is given (被评为“浙江省美丽乡村示范村”, 荣获“全国文明村”称号): no campaign
HONOURED = re.compile(r"(?:评为|获评|荣获|喜获|获得|授予|命名为|入选)$")
NUMERAL_LEAD = re.compile(r"^[一二三四五六七八九十两百千万\d]")
# a count of years, people or money (送去“百岁匾”, “十佳青年”): a numeral that is no policy's formula
NUMERAL_COUNT = re.compile(r"^[一二三四五六七八九十两百千万\d]+(?:岁|周岁|周年|佳|名|元|位|户)")
# a day named by its date with a dot between month and day (七·一, 3·15): no campaign (“315”科技创新体系 is)
DAY_NAME = re.compile(r"[一二三四五六七八九十\d]{1,2}[·.．・][一二三四五六七八九十\d]{1,2}")
NOT_CAMPAIGN_END = ("产业园", "园区", "小镇", "公司", "集团", "有限公司", "新区", "讲堂")  # (“中国县域治理大讲堂”: a forum)
SLOGAN = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:[、，,+][\u4e00-\u9fff]{2,8}){1,3}$")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{0,10}")
# a quoted term that is the whole object of a programme's verb (深入实施“县域经济向上突围”，):
# a campaign, though it has no policy word (落实, 当好 take metaphors: 当好决策落实“助推器”)
PROGRAMME_VERB = re.compile(r"(?:实施|推进|推动|深化|打好|打赢|开展|抓好|抓实|做实|创建|争创)$")
# a quoted term framed as a programme: 以“全员抓督查”为导向, 以“X”为抓手; “保三争二拼第一”目标,
# “两山”理念, 落实“X”要求, “三服务”工作
FRAMED_AFTER = re.compile(r"为总?(?:抓手|牵引|引领|载体|主线|重点|突破口|契机|统领|核心|导向|目标)")
FRAMING_NOUN = re.compile(r"(?:目标|要求|部署|任务|定位|工作(?![室站组队法])|理念|战略|重要论述)")  # (“老杨”工作室: a name)
# quoted terms listed before 等 and the work they are (抓好“双减”、“三农”等重点工作): policy items
ENUMERATION = re.compile(r"(?:“[^“”]{2,24}”[、和及与]?){1,8}等[^，。；、“”]{0,4}?"
                         r"(?:工作|任务|改革|举措|行动|工程|项目|活动|政策|战略|部署)")


@dataclass(frozen=True)
class CampaignMention:
    name: str
    start: int
    end: int
    alias_of: str = ""  # the quoted name this one prints with more words (“一图一码一指数”数字化改革)


def _strip_quotes(s: str) -> str:
    return re.sub(r"[“”\"'‘’「」『』]", "", s)


EVENT_NOUNS = ("恳谈会", "座谈会", "推进会", "会议", "活动", "论坛", "大会", "培训班")
MIN_BEFORE = {"专项": 6, "示范": 6}


class CampaignFinder:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.strong = tuple(sorted((k for k, v in lex.campaign_cues.items() if v == "strong"), key=len, reverse=True))
        self.all_suffixes = tuple(sorted(lex.campaign_cues, key=len, reverse=True))
        self.trim = lex.campaign_trim
        self.lead_words = frozenset(w for w in lex.campaign_trim if len(w) >= 2)
        self._lead_lengths = sorted({len(w) for w in self.lead_words}, reverse=True)
        # a phrase ends at the end of a word (_ends_word), so that a suffix inside it (安全生产专项|整治
        # 三年行动) does not end the match and leave the rest to be found alone
        follow = "|".join(map(re.escape, sorted(lex.campaign_follow, key=len, reverse=True)))
        self.unquoted = re.compile(r"[\u4e00-\u9fff\d、+]{2,30}?(?:" + "|".join(self.strong) + ")"
                                   r"(?=[^\u3400-\u9fff]|$|" + follow + ")")
        self.known = re.compile("|".join(map(re.escape, lex.known_campaigns))) if lex.known_campaigns else None

    def _cut_left(self, phrase: str, suffix_len: int) -> str:
        """Cut a phrase on its left after the right-most verb or function word that still
        leaves two characters before the suffix (四是|队伍建设专项行动, not 队伍建设|专项行动)."""
        limit = len(phrase) - suffix_len - 2
        best = 0
        for w in self.trim:  # str.find: the trim list is long and phrases are short
            i = phrase.find(w)
            while 0 <= i and i + len(w) <= limit:
                best = max(best, i + len(w))
                i = phrase.find(w, i + 1)
        return phrase[best:]

    def _drop_lead(self, core: str) -> str:
        """A quoted core less the verbs and adverbs it opens with (全力打造|四省边际…, 加快建设|…),
        leaving at least four characters. A slogan of parallel clauses keeps its first verb
        (“加快转型、绿色发展、跨越提升”: 加快转型 is one of three four-character clauses)."""
        parts = core.split("、")
        if len(parts) >= 2 and len(parts[0]) == len(parts[1]):
            return core
        while True:  # looked up by length in a set (a pass over the words for each quote cost 2%)
            n = next((n for n in self._lead_lengths if len(core) - n >= 4 and core[:n] in self.lead_words), 0)
            if not n:
                return core
            core = core[n:]

    def _ends_word(self, text: str, pos: int) -> bool:
        return pos >= len(text) or not is_cjk(text[pos]) or text.startswith(self.lex.campaign_follow, pos)

    def _suffix_after(self, text: str, pos: int) -> str:
        """Campaign suffix printed right after a quoted core, possibly after a few words (整治提升百日攻坚行动)."""
        run = _CJK_RUN.match(text, pos).group()  # in place, not on a copy of the rest of the page
        for L in range(len(run), 0, -1):
            piece = run[:L]
            if piece.endswith(self.all_suffixes) and not re.search(r"[等的和与及]", piece) \
                    and self._ends_word(text, pos + L):
                if len(piece) <= 4 or piece.endswith(self.strong):
                    return piece
        return ""

    def policy_like(self, core: str) -> bool:
        if len(core) < 3 or core.endswith(NOT_CAMPAIGN_END) or core.isdigit():
            return False
        if any(w in core for w in self.lex.campaign_words) or core.endswith(self.strong):
            return True
        if NUMERAL_LEAD.match(core) and not core[:4].isdigit() and not NUMERAL_COUNT.match(core):
            return True
        return bool(SLOGAN.match(core)) and len(core) <= 24

    def _physical(self, name: str) -> bool:
        return any(w in name for w in self.lex.physical_projects)

    @staticmethod
    def _programme(text: str, core: str, start: int, end: int) -> bool:
        """Is the quoted term (or the run of quotes from ``start`` to ``end`` it is in) the whole
        object of a programme's verb (深入实施“县域经济向上突围”，)?"""
        return len(core) >= 3 and bool(PROGRAMME_VERB.search(text, max(0, start - 2), start)) \
            and (not is_cjk(text[end:end + 1] or "。") or text.startswith(("等", "工作"), end))

    @staticmethod
    def _framed(text: str, core: str, start: int, end: int) -> bool:
        """Is the quoted term (or the run of quotes it is in) framed as a programme (以“X”为抓手,
        “X”目标, “X”理念, 做好“六稳”“六保”工作)?"""
        if len(core) < 2:
            return False
        if text.endswith("以", 0, start) and FRAMED_AFTER.match(text, end):
            return True
        return bool(FRAMING_NOUN.match(text, end))

    @staticmethod
    def _occasion(text: str, core: str, m: re.Match) -> bool:
        """Does an occasion take the quoted term as its name (“亲清直通车”政研企恳谈会)?"""
        return len(core) >= 3 and text.startswith(EVENT_NOUNS, m.end()) \
            or bool(re.match(r"[\u4e00-\u9fff]{0,4}(?:恳谈会|座谈会|推进会|论坛)", text[m.end():]))

    def find(self, text: str) -> list[CampaignMention]:
        out: list[CampaignMention] = []
        quoted_spans = []
        listed = {q.start() for e in ENUMERATION.finditer(text) for q in QUOTE.finditer(text, e.start(), e.end())}
        quotes = list(QUOTE.finditer(text))
        # runs of quotes printed side by side (“六稳”“六保”工作, “A”、“B”要求): framed as one
        run: dict[int, tuple[int, int]] = {}
        i = 0
        while i < len(quotes):
            k = i
            while k + 1 < len(quotes) and text[quotes[k].end():quotes[k + 1].start()] in ("", "、"):
                k += 1
            for q in quotes[i:k + 1]:
                run[q.start()] = (quotes[i].start(), quotes[k].end())
            i = k + 1
        for m in quotes:
            quoted_spans.append((m.start(), m.end()))
            core = m.group(1).strip()
            if re.search(r"[。！？!?]", core) or len(core) > 24 or HONOURED.search(text, max(0, m.start() - 4), m.start()) \
                    or DAY_NAME.fullmatch(core):
                continue  # (“七·一”表彰大会, “3·15”: a day's name)
            bare = self._drop_lead(core)
            if bare != core and self.policy_like(bare):
                core = bare  # “奋力打造四省边际共同富裕示范区”目标: the verb is the sentence's
            suffix = self._suffix_after(text, m.end())
            if suffix and not core.endswith(NOT_CAMPAIGN_END):
                left = re.search(r"[\u4e00-\u9fff]{0,6}$", text[max(0, m.start() - 6):m.start()]).group()
                left = self._cut_left(left, -2) if left and suffix.endswith(self.strong) else ""
                left = "" if any(left.endswith(w) for w in self.trim) else left
                # the quoted name is the campaign's, its suffix a word for its form: a weak one
                # (“我为群众办实事”实践活动, “美丽河湖”建设, “动态清零”总方针) is left off the name, as
                # papers name it bare elsewhere; a strong one (“找寻查挖”专项行动) is part of it, and
                # so are more words than the suffix (“常山胡柚”品牌建设: the brand is no campaign)
                weak = len(core) >= 4 and not suffix.endswith(self.strong) and (
                    suffix in self.lex.campaign_cues or len(suffix) <= 3)
                both = not weak and self.policy_like(core)
                if not weak:
                    # a name in its own right (“一图一码一指数”数字化改革) is printed with the words of the
                    # programme it belongs to: one campaign, the quoted name, with this its alias
                    out.append(CampaignMention(left + core + suffix, m.start() - len(left), m.end() + len(suffix),
                                               core if both else ""))
                if weak or both:
                    out.append(CampaignMention(core, m.start(), m.end()))
            elif self.policy_like(core) or self._programme(text, core, *run[m.start()]) \
                    or self._occasion(text, core, m) or (m.start() in listed and len(core) >= 2) \
                    or self._framed(text, core, *run[m.start()]):
                out.append(CampaignMention(core, m.start(), m.end()))
        for m in DOC.finditer(text):
            title = _strip_quotes(m.group(1))
            if title.endswith(DOC_CUES) and "报告" not in title and not DOC_NOT_POLICY.search(title):
                out.append(CampaignMention(title, m.start(), m.end()))
        # unquoted phrases ending in a strong suffix; quotes are boundaries, and a phrase
        # inside quotes or right after a closing quote was handled above
        for m in self.unquoted.finditer(text):
            if any(a <= m.start() < b for a, b in quoted_spans):
                continue
            phrase = m.group()
            suffix = next(s for s in self.strong if phrase.endswith(s))
            parts = phrase.split("、")
            name = self._cut_left(parts[-1], len(suffix))
            if text[m.start() - 1:m.start()] == "”" and name == phrase:
                continue  # the suffix of the quote before it (“县乡一体、条抓块统”改革), handled above; not
                # what follows a word after it (“…”改革和|数字化改革)
            if len(parts) >= 2 and name == parts[-1] and len(name) - len(suffix) == 4:
                # 深化县乡一体、条抓块统改革: a formula of parallel four-character clauses is one name
                first = self._cut_left(parts[-2], 0)
                if len(first) == 4:
                    name = first + "、" + name
            name = re.sub(r"^[\d+]+(?=[\u4e00-\u9fff]{2})", "", name) if not re.match(r"^\d+[县市区]", name) else name
            if len(name) - len(suffix) < MIN_BEFORE.get(suffix, 2) or name.endswith(NOT_CAMPAIGN_END):
                continue
            head = name[: -len(suffix)]
            if any(head.endswith(w) and len(head) - len(w) < 2 for w in self.trim):
                continue  # 利用|改革, 多为|示范区: a verb and the bare suffix
            if suffix in ("工程", "建设") and self._physical(name):
                continue
            if name in self.lex.generic_programmes or "的" in name or re.match(r"[\u4e00-\u9fff]{2,3}性(?!化)", name):
                continue  # 是一项民生工程: a kind of programme; …履职情况的专项|工作报告: a report's subject;
                # 民生性、战略性水利工程, 标志性工程: a kind, told by its quality (not 女性…, 个性化…)
            out.append(CampaignMention(name, m.end() - len(name), m.end()))
        if self.known:
            spans = [(c.start, c.end) for c in out]
            for m in self.known.finditer(text):
                if any(a < m.start() and m.end() <= b for a, b in spans):
                    # “百千万工程”: a longer campaign found there holds the known one (千万工程) past its start
                    # (亩均论英雄工程 begins with the known one: the two are one campaign and its alias)
                    continue
                out.append(CampaignMention(m.group(), m.start(), m.end()))
        return sorted(out, key=lambda c: (c.start, -len(c.name)))


def merge_campaigns(mentions: list[CampaignMention], suffixes: tuple[str, ...]) -> dict[str, list[str]]:
    """Group names of one campaign: a name that is another plus a campaign suffix is its alias."""
    names: list[str] = []
    quoted_in: dict[str, str] = {}
    for m in mentions:
        if m.name not in names:
            names.append(m.name)
        if m.alias_of:
            quoted_in.setdefault(m.name, m.alias_of)
    parts = tuple(sorted(set(suffixes) | {"工作", "试点", "体系"}, key=len, reverse=True))

    def suffix_chain(extra: str) -> bool:  # 改革试点工作 = 改革 + 试点 + 工作
        return not extra or any(extra.startswith(p) and suffix_chain(extra[len(p):]) for p in parts)

    canon: dict[str, str] = {}
    for n in sorted(names, key=len):
        if n in quoted_in and canon.get(quoted_in[n]) == quoted_in[n]:
            canon[n] = quoted_in[n]
            continue
        for c in sorted(set(canon.values()), key=len):
            extra = n[len(c):] if n.startswith(c) else None
            if extra and suffix_chain(extra) and len(c) >= 3:
                canon[n] = c
                break
        else:
            canon[n] = n
    groups: dict[str, list[str]] = {}
    for n in names:
        groups.setdefault(canon[n], [])
        if canon[n] != n:
            groups[canon[n]].append(n)
    return groups
