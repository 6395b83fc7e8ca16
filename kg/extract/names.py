"""Person names: where a name ends, whether a string is a name, splitting runs of names.

Grammar, not lists of people: a name is a surname from the surname table plus one
or two characters (two or three after a compound surname), and it must be
followed by something that can follow a name (a verb of the role table, a
particle, punctuation). Where that test cannot decide, jieba's part-of-speech
tagger is asked about the candidate span only (it is too slow for whole pages).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import Lexicon
from ..segmenter import jieba_module, posseg_module
from .text import by_first_char, is_cjk

# Characters that do not occur in given names but begin the words that follow them.
# (某: 余某, 江某某 are names withheld by the paper, no one to find again)
NON_NAME = set("的了在是和与及等县市省委会局厅办部组处府说某座副、，。；：（）()《》“”\"' ,.;:!?！？\n")
_REVERSE_TITLES = ("总书记", "同志")
_PLACE_GOES_ON = frozenset("省市县区镇乡村")
# followers' characters that also end given names (春来, 志正; not 也, 又, 还: 王明也参加)
_ENDS_NAMES_TOO = frozenset("来正")
_CONJUNCTIONS = frozenset("及和与等")


class NameModel:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.followers = tuple(sorted(set(lex.followers) | {"书记", "总书记", "主席", "县长", "市长", "区长"},
                                      key=len, reverse=True))
        self._followers_at = by_first_char(self.followers)  # looked up at each place a name may end
        self.title_words = frozenset(t for t in lex.titles if len(t) >= 2)
        self._posseg = None
        # jieba's reading of a span, kept: the same official is read in the same words many times
        # (a bounded cache: it stays a plain function of the span)
        self.jieba_name = lru_cache(maxsize=1 << 15)(self._jieba_name)

    # -- jieba, loaded once and only when a candidate is unsure ------------------
    def _tagger(self):
        if self._posseg is None:
            posseg = posseg_module()
            jieba = jieba_module()
            for title in self.lex.titles:
                jieba.add_word(title, freq=20000, tag="n")
            self._posseg = posseg
        return self._posseg

    def _jieba_name(self, span: str) -> str | None:
        """The name jieba's tagger reads at the start of ``span`` (its first 8 characters)."""
        toks = self._tagger().lcut(span[:8])
        if toks and toks[0].flag in ("nr", "nrfg") and 2 <= len(toks[0].word) <= 3:
            word = toks[0].word
            return word if self.is_name(word) else None
        return None

    # -- tests ------------------------------------------------------------------
    def has_surname(self, s: str) -> bool:
        return s[:1] in self.lex.surnames or s[:2] in self.lex.compound_surnames

    def is_name(self, s: str) -> bool:
        if not 2 <= len(s) <= 4 or not all(is_cjk(c) for c in s) or any(c in NON_NAME for c in s):
            return False
        if len(s) == 4 and s[:2] not in self.lex.compound_surnames:
            return False
        if not self.has_surname(s):
            return False
        if s[1:] in self.lex.address_terms or s[2:] in self.lex.address_terms:
            return False  # 徐大妈, 王师傅: a surname and a word of address, not a name
        # no title inside (a name is at most 4 characters: its 2- to 4-character pieces, looked up)
        n = len(s)
        return (not any(s[i:j] in self.title_words for i in range(n - 1) for j in range(i + 2, n + 1))
                and s not in self.lex.descriptors)

    COMMON_WORD_FREQ = 500

    def _common(self, word: str, min_freq: int) -> bool:
        tag = self._posseg.dt.word_tag_tab.get(word)
        return bool(tag) and not tag.startswith("nr") and jieba_module().dt.FREQ.get(word, 0) >= min_freq

    def common_word(self, word: str) -> bool:
        """Is ``word`` a frequent word of jieba's dictionary that is not tagged a name (关心, 严格)?"""
        self._tagger()
        return self._common(word, 2000)

    def plain_word(self, item: str) -> bool:
        """Is ``item``, read in a run of names with no title, more likely words: a word of the
        dictionary not tagged a name (路线图, 时间表), or a surname's character before a verb, an
        adjective or a common noun (边想, 边总结)?"""
        self._tagger()
        freq, tags = jieba_module().dt.FREQ, self._posseg.dt.word_tag_tab
        tag = tags.get(item) or ""
        if freq.get(item, 0) >= 5 and not tag.startswith("nr"):
            return True
        # (a one-character given name is often a common word: 军, 强, 红; only a verb or a particle
        # rules it out there)
        given = item[1:]
        gtag = tags.get(given) or ""
        kinds = ("v", "a", "d", "p", "c", "n") if len(given) == 2 else ("v", "d", "p", "c")
        return gtag[:1] in kinds and freq.get(given, 0) >= 1000

    def dictionary_word(self, word: str) -> bool:
        """Is ``word`` a word of jieba's dictionary, of some frequency (经济, 经信; not 经县)?"""
        return jieba_module().dt.FREQ.get(word, 0) >= 50

    def two_words(self, text: str, pos: int) -> bool:
        """Do two words of jieba's dictionary, neither a name, begin at ``pos`` (冷暖|放在)? Read
        after a label such as 群众, which more often begins a phrase than introduces a name."""
        self._tagger()
        return self._common(text[pos:pos + 2], 50) and self._common(text[pos + 2:pos + 4], 100)

    def in_a_phrase(self, text: str, pos: int) -> bool:
        """Is the text at ``pos`` a run of common words rather than a name? 单位|工作, 高度|重视,
        关于|制造: a common non-name word followed by another one that does not follow names.
        (高明远主持 and 高明主持 stay names.) Read from jieba's dictionary, loaded once."""
        self._tagger()
        first, nxt = text[pos:pos + 2], text[pos + 2:pos + 4]
        return (self._common(first, self.COMMON_WORD_FREQ) and self._common(nxt, 100)
                and not self.follows(text, pos + 2)
                # 方向波及县法院负责人: three characters that make a name, and a conjunction after them
                # (not 单位工|作: 作 begins a follower, yet 工作 is the word)
                and not (self.is_name(text[pos:pos + 3]) and text[pos + 3:pos + 4] in _CONJUNCTIONS))

    def word_goes_on(self, text: str, start: int, end: int) -> bool:
        """Does the word at ``text[start:end]`` (a title) go on past ``end`` as a longer word of
        jieba's dictionary (主席台, 主席团, 书记处)? Then no name follows it there."""
        self._tagger()
        freq = jieba_module().dt.FREQ
        return any(freq.get(text[start:end + n], 0) > 0 for n in (1, 2) if end + n <= len(text))

    def boundary(self, text: str, pos: int) -> bool:
        """Can a name end at ``pos`` of ``text``? (the end, a non-Chinese character, or a follower)"""
        return pos >= len(text) or not is_cjk(text[pos]) or self.follows(text, pos)

    def follows(self, text: str, pos: int) -> bool:
        """Does a word that may follow a name begin at ``pos``?"""
        fs = self._followers_at.get(text[pos:pos + 1])
        return fs is not None and text.startswith(fs, pos)

    def _follower_at(self, text: str, pos: int) -> int:
        """The length of the longest follower at ``pos`` (0 where none)."""
        fs = self._followers_at.get(text[pos:pos + 1], ())
        return next((len(f) for f in fs if text.startswith(f, pos)), 0)

    def _lengths(self, text: str, pos: int) -> tuple[int, int]:
        """The lengths a name at ``pos`` may have, longer first (four and three after a compound surname)."""
        return (4, 3) if text[pos:pos + 2] in self.lex.compound_surnames else (3, 2)

    def name_at(self, text: str, pos: int, trust_jieba: bool = True) -> str | None:
        """The name starting at ``pos``, or None."""
        if self.in_a_phrase(text, pos):
            return None
        ok = [L for L in self._lengths(text, pos) if self.is_name(text[pos:pos + L]) and self.boundary(text, pos + L)]
        if len(ok) == 2:
            # 李明说 is 李明 + 说: the longer reading loses when its last character starts a follower,
            # unless an enumeration comma ends it (万家正、: 正 begins 正在, yet nothing follows it; not a
            # comma: 县长王明说，…)
            if text.startswith("、", pos + ok[0]):
                return text[pos:pos + ok[0]]
            if text[pos + ok[1]] in _ENDS_NAMES_TOO and self._follower_at(text, pos + ok[1]) == 1 \
                    and self.follows(text, pos + ok[0]):
                # 林春来在主席台就座: 来 follows a name alone, and 在 follows it; a name ending in 来
                # (王明来到: 来到 follows whole, and 王明 stands)
                return text[pos:pos + ok[0]]
            return text[pos:pos + (ok[1] if self.follows(text, pos + ok[1]) else ok[0])]
        if ok:
            return text[pos:pos + ok[0]]
        name = self.jieba_name(text[pos:pos + 8]) if trust_jieba and is_cjk(text[pos:pos + 1]) else None
        # (代表成武县委: jieba tags 成武 a name, but a place's name goes on into its level)
        return None if name and text[pos + len(name):pos + len(name) + 1] in _PLACE_GOES_ON else name

    def name_cut(self, text: str, pos: int) -> str | None:
        """After a title, the name that ends where jieba's segmentation of the text puts a word
        boundary, where the name is not one word of its dictionary and no follower tells its end
        (县委书记程光明专题调研: 程|光明|专题, three characters; 县长郑某专程赴: 郑某|专程, two).
        Where both lengths end at a boundary (郑某|再|赴), nothing: the cut cannot tell; nor
        where the name would be a common word (总书记关于…: 关 is a surname)."""
        if self.in_a_phrase(text, pos):
            return None
        cands = [L for L in self._lengths(text, pos)
                 if self.is_name(text[pos:pos + L]) and not self._common(text[pos:pos + L], 50)]
        if not cands:
            return None
        ends, at = set(), 0
        for tok in jieba_module().lcut(text[pos:pos + 10]):
            at += len(tok)
            ends.add(at)
        # (代表成武县委…: a place's name goes on into its level, no person's)
        ok = [L for L in cands if L in ends and text[pos + L:pos + L + 1] not in _PLACE_GOES_ON]
        return text[pos:pos + ok[0]] if len(ok) == 1 else None

    # characters kept out of names because they begin words that follow one (甲和乙, 甲会见乙), yet
    # given names do have them (张会明, 余和平): inside a list, between enumeration commas, they are names'
    _LISTED_ONLY = frozenset("会和")

    def listed_name(self, text: str, pos: int) -> str | None:
        """The name of a list's item at ``pos`` that ends at the next enumeration comma, where the
        plain test refuses it for a character that also begins a word (县领导甲、张会明、乙出席)."""
        end = text.find("、", pos, pos + 5)
        if end < 0:
            # the list's last item, where a stop follows 和 (甲、蓝家和，党组成员…: no conjunction there)
            end = next((i for i in range(pos + 2, min(pos + 4, len(text))) if text[i] in "，,。；;"), -1)
            if end < 0 or text[end - 1] not in self._LISTED_ONLY:
                return None
        cand = text[pos:end]
        if not 2 <= len(cand) <= 3:
            return None
        if any(c in self._LISTED_ONLY for c in cand[1:]):
            plain = "".join("甲" if c in self._LISTED_ONLY else c for c in cand)
            return cand if self.has_surname(cand) and self.is_name(cand[0] + plain[1:]) else None
        if not self.has_surname(cand) and all(is_cjk(c) and c not in NON_NAME for c in cand) \
                and not any(t in cand for t in self.title_words) and self.name_at(text, end + 1, trust_jieba=False):
            # a surname the table lacks (执行主席钦永年、乙、…): an item between two enumeration
            # commas, before another name
            return cand
        return None

    def name_before(self, text: str, end: int) -> str | None:
        """A name ending at ``end`` (某某某|总书记): three characters if they make a name, else two."""
        for L in (3, 2):
            cand = text[max(0, end - L):end]
            if len(cand) == L and self.is_name(cand):
                return cand
        return None

    def split_run(self, run: str, known: set[str] = frozenset()) -> list[str] | None:
        """Split a run of names printed without separators (``邵可欣钱永安``)."""
        run = re.sub(r"\s+", "", run)
        best: list[str] | None = None
        best_score = None

        def walk(i: int, acc: list[str]):
            nonlocal best, best_score
            if i == len(run):
                score = (sum(p in known for p in acc), sum(len(p) == 3 for p in acc), -len(acc))
                if best_score is None or score > best_score:
                    best, best_score = list(acc), score
                return
            for L in (2, 3, 4):
                piece = run[i:i + L]
                if len(piece) == L and (piece in known or self.is_name(piece)):
                    acc.append(piece)
                    walk(i + L, acc)
                    acc.pop()

        if len(run) <= 16:
            walk(0, [])
        return best

    def reverse_titled(self, text: str) -> list[tuple[str, int, str]]:
        """Names printed before their title (某某某总书记): (name, start, title)."""
        out = []
        for m in re.finditer("|".join(_REVERSE_TITLES), text):
            name = self.name_before(text, m.start())
            at = m.start() - len(name) if name else 0
            if name and m.group() == "同志" and (name.endswith(("位", "名")) or at > 0 and self.dictionary_word(text[at - 1:at + 1])):
                continue  # 乙两位同志, 相关负责同志: a count, a word (相关) run into the name's place
            if name and (m.group() != "同志" or len(name) == 3):
                out.append((name, at, m.group()))
        return out
