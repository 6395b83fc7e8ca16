"""Administrative divisions (province > city > county) from the cpca package's adcode table.

We read cpca's bundled ``adcodes.csv`` directly (without importing cpca, which
pulls in pandas): the table maps the 2020 national division codes (GB/T 2260)
to names, so the hierarchy comes from the code itself (330824 开化县 lies in
330800 衢州市 in 330000 浙江省).
"""
from __future__ import annotations

import csv
import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# rows of the national table that are grouping labels, not places
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
SUFFIXES = ("特别行政区", "自治州", "自治县", "自治旗", "地区", "盟", "省", "市", "县", "区", "旗")


@dataclass(frozen=True)
class Place:
    name: str
    adcode: str
    level: str  # province | city | county

    @property
    def short(self) -> str:
        for s in SUFFIXES:
            if self.name.endswith(s) and len(self.name) - len(s) >= 2:
                return self.name[: -len(s)]
        return self.name

    @property
    def suffix(self) -> str:
        return self.name[len(self.short):]


class Gazetteer:
    """Name -> place lookups and the parent chain."""

    def __init__(self, places: list[Place]):
        self.by_code = {p.adcode: p for p in places}
        self.by_name: dict[str, list[Place]] = {}
        for p in places:
            self.by_name.setdefault(p.name, []).append(p)
        self._body_places: dict[tuple[str, str], str] = {}  # a county's few hundred bodies recur on every page

    @classmethod
    def load(cls, path: Path | None = None) -> "Gazetteer":
        if path is None:
            spec = importlib.util.find_spec("cpca")
            if spec is None or not spec.submodule_search_locations:
                raise RuntimeError("the cpca package (administrative divisions) is not installed")
            path = Path(list(spec.submodule_search_locations)[0]) / "resources" / "adcodes.csv"
        places = []
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if row["name"] in PLACEHOLDERS:
                    continue
                code = row["adcode"][:6]
                level = "province" if code.endswith("0000") else "city" if code.endswith("00") else "county"
                places.append(Place(row["name"], code, level))
        return cls(places)

    def lookup(self, name: str, within: str | None = None) -> Place | None:
        """The place called ``name``; with ``within`` (a province or city name), the one inside it."""
        cands = self.by_name.get(name, [])
        if within and len(cands) > 1:
            for anc in self.by_name.get(within, []):
                prefix = anc.adcode[: 2 if anc.level == "province" else 4]
                inside = [c for c in cands if c.adcode.startswith(prefix)]
                if inside:
                    return inside[0]
        return cands[0] if cands else None

    def parent(self, place: Place) -> Place | None:
        if place.level == "province":
            return None
        code = place.adcode[:4] + "00" if place.level == "county" else place.adcode[:2] + "0000"
        p = self.by_code.get(code)
        if p is None and place.level == "county":  # county-level city directly under a province
            p = self.by_code.get(place.adcode[:2] + "0000")
        return p

    def body_place(self, org: str, home: str) -> str:
        """The place a body belongs to: the longest place name it starts with (national bodies:
        全国), else the paper's home."""
        found = self._body_places.get((org, home))
        if found is None:
            found = self._body_places[(org, home)] = self._body_place(org, home)
        return found

    def _body_place(self, org: str, home: str) -> str:
        if org.startswith(("中共中央", "中央", "国务院", "全国", "党中央")):
            return "全国"
        for L in range(min(len(org), 12), 1, -1):
            if self.lookup(org[:L]):
                return org[:L]
        return home


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer.load()


def person_jurisdictions(rec: dict, gazetteer: Gazetteer | None = None) -> dict[str, str]:
    """Each person's jurisdiction in an extraction record: the place of their first post's body.
    Persons without a post belong to the paper's home (the caller's default). The graph, the
    network and identity resolution all key persons by it, so they agree on who is who."""
    gz = gazetteer or default_gazetteer()
    home = rec.get("home") or ""
    out: dict[str, str] = {}
    for p in rec.get("posts", []):
        if p["person"] not in out:
            out[p["person"]] = gz.body_place(p["org"], home)
    return out


@dataclass(frozen=True)
class Jurisdiction:
    """The paper's home place and the levels above it, used to resolve 县委/市委/省委."""

    home: str
    city: str | None = None
    province: str | None = None
    county: str | None = None

    @classmethod
    def resolve(cls, home: str, parent: str | None = None, province: str | None = None,
                gazetteer: Gazetteer | None = None) -> "Jurisdiction":
        gz = gazetteer or default_gazetteer()
        place = gz.lookup(home, within=parent or province)
        level = place.level if place else ("province" if home.endswith("省") else
                                           "city" if home.endswith("市") else "county")
        if place is not None:
            up = gz.parent(place)
            if level == "county":
                parent = parent or (up.name if up else None)
                if up is not None and up.level == "province":
                    province = province or up.name
                elif up is not None:
                    top = gz.parent(up)
                    province = province or (top.name if top else None)
            elif level == "city":
                province = province or (up.name if up else None)
        if level == "county":
            return cls(home=home, county=home, city=parent, province=province)
        if level == "city":
            return cls(home=home, city=home, province=province)
        return cls(home=home, province=home)

    def counties(self, gazetteer: Gazetteer | None = None) -> tuple[str, ...]:
        """The districts and counties of a city paper's home (柯城区, 龙游县 in 衢州市), whose
        articles say 区委 or 县委 of the one they report on; none for other papers."""
        if self.county or not self.city:
            return ()
        return _counties_of(self.city, self.province, gazetteer or default_gazetteer())

    def for_level(self, level_char: str) -> str | None:
        """The full place name for a level abbreviation: 县 / 区 -> county, 市 -> city, 省 -> province."""
        if level_char in "县区":
            return self.county
        if level_char == "市":
            # a county-level city's paper (江山日报: 市委, 市长) means the county-level city; the
            # city above it is named in full there (衢州市委)
            return self.county if self.county and self.county.endswith("市") else self.city
        if level_char == "省":
            return self.province
        return None


@lru_cache(maxsize=64)
def _counties_of(city: str, province: str | None, gz: Gazetteer) -> tuple[str, ...]:
    place = gz.lookup(city, within=province)
    if place is None or place.level != "city":
        return ()
    # county-level cities (江山市) are left out: in the city's paper 市委 stays the city's own
    return tuple(sorted(p.name for p in gz.by_code.values()
                        if p.level == "county" and p.adcode[:4] == place.adcode[:4] and p.name.endswith(("县", "区"))))
