"""Lexicons (titles, bodies, role cues, campaign cues, surnames) loaded from data files.

The tables live in ``kg/data`` (zavod-style lookups): the extractor's grammar is
code, its vocabulary is data. ``Lexicon.load()`` reads them once; the object is
immutable and cheap to pass around.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

DATA = resources.files("kg") / "data"


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _table(name: str) -> list[list[str]]:
    return [ln.split("\t") for ln in _lines(name)]


@dataclass(frozen=True)
class Lexicon:
    titles: dict[str, tuple[str, str]]  # title -> (kind, implied body)
    unit_heads: dict[str, tuple[str, ...]]  # title -> endings of the units it heads (院长 -> 医院, …)
    descriptors: tuple[str, ...]
    bodies: tuple[tuple[str, str], ...]  # (suffix, kind), longest first
    org_normalise: tuple[tuple[str, str], ...]
    title_normalise: dict[str, str]  # a title as a roster prints it -> as FORMAT.md writes it
    body_by_title: tuple[tuple[str, frozenset[str], str], ...]  # (body printed, titles, body meant)
    roles: dict[str, str]
    followers: tuple[str, ...]
    event_cues: tuple[str, ...]
    campaign_cues: dict[str, str]
    campaign_words: tuple[str, ...]
    campaign_trim: tuple[str, ...]
    campaign_follow: tuple[str, ...]
    known_campaigns: tuple[str, ...]
    physical_projects: tuple[str, ...]
    generic_programmes: frozenset[str]
    address_terms: frozenset[str]
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    digest: str = field(default="")

    @classmethod
    def load(cls) -> "Lexicon":
        titles, unit_heads = {}, {}
        for row in _table("titles.tsv"):
            titles[row[0]] = (row[1] if len(row) > 1 else "generic", row[2] if len(row) > 2 else "")
            if len(row) > 3 and row[3]:
                unit_heads[row[0]] = tuple(row[3].split("|"))
        bodies = sorted(((r[0], r[1]) for r in _table("bodies.tsv")), key=lambda x: -len(x[0]))
        surn = _lines("surnames.txt")
        digest = hashlib.sha256()
        for f in sorted(p.name for p in DATA.iterdir() if p.is_file()):
            digest.update(f.encode() + (DATA / f).read_bytes())
        roles = {r[0]: r[1] for r in _table("roles.tsv")}
        return cls(
            titles=titles,
            descriptors=tuple(sorted(_lines("descriptors.txt"), key=len, reverse=True)),
            unit_heads=unit_heads,
            bodies=tuple(bodies),
            org_normalise=tuple((r[0], r[1]) for r in _table("org_normalise.tsv")),
            title_normalise={r[0]: r[1] for r in _table("title_normalise.tsv")},
            body_by_title=tuple((r[0], frozenset(r[1].split("|")), r[2]) for r in _table("body_by_title.tsv")),
            roles=roles,
            followers=tuple(sorted(set(_lines("followers.txt")) | set(roles), key=len, reverse=True)),
            event_cues=tuple(_lines("event_cues.txt")),
            campaign_cues={r[0]: r[1] for r in _table("campaign_cues.tsv")},
            campaign_words=tuple(_lines("campaign_words.txt")),
            campaign_trim=tuple(sorted(set(_lines("campaign_trim.txt")), key=len, reverse=True)),
            campaign_follow=tuple(_lines("campaign_follow.txt")),
            known_campaigns=tuple(_lines("known_campaigns.txt")),
            physical_projects=tuple(_lines("physical_projects.txt")),
            generic_programmes=frozenset(_lines("generic_programmes.txt")),
            address_terms=frozenset(_lines("address_terms.txt")),
            surnames=frozenset(s for s in surn if len(s) == 1),
            compound_surnames=frozenset(s for s in surn if len(s) == 2),
            digest=digest.hexdigest()[:16],
        )

    def titles_by_length(self) -> list[str]:
        return sorted(self.titles, key=len, reverse=True)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The bundled lexicon, loaded once per process."""
    return Lexicon.load()
