"""Run named SPARQL queries over the built graph, parameters bound as RDF terms.

Parameters never touch the query text: ``--param person=苗振宇`` becomes the
literal "苗振宇" bound to ``?person`` (or ``?person_q`` where the query uses
``?person`` for an output column); a value shaped YYYY-MM-DD is an xsd:date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import XSD, Literal

QUERIES = Path(__file__).resolve().parent.parent / "queries"
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class QueryInfo:
    name: str
    path: Path
    title: str
    answers: str
    params: str

    @classmethod
    def read(cls, path: Path) -> "QueryInfo":
        head = {}
        key = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                break
            m = re.match(r"#\s*(title|answers|params):\s*(.*)", line)
            if m:
                key = m.group(1)
                head[key] = m.group(2).strip()
            elif key:
                head[key] += " " + line.lstrip("# ").strip()
        return cls(path.stem, path, head.get("title", path.stem), head.get("answers", ""), head.get("params", ""))


def library(folder: Path = QUERIES) -> list[QueryInfo]:
    return [QueryInfo.read(p) for p in sorted(folder.glob("*.rq")) if not p.name.startswith("_")]


def resolve(query: str, folder: Path = QUERIES) -> Path:
    p = Path(query)
    if p.suffix == ".rq" and p.exists():
        return p
    cand = folder / f"{query}.rq"
    if cand.exists():
        return cand
    raise FileNotFoundError(f"no query named {query!r} (see `kg query --list`)")


def param_names(info: QueryInfo) -> list[str]:
    """Parameter names from a header line like ``org (e.g. ...), title (optional, ...)``."""
    return re.findall(r"(?:^|,\s*)([A-Za-z_]\w*)\s*\(", info.params)


def term(value: str) -> Literal:
    return Literal(value, datatype=XSD.date) if DATE.match(value) else Literal(value)


def run(store, query_path: Path, params: dict[str, str] | None = None) -> tuple[list[str], list[list]]:
    """Columns and rows (plain strings) of a library query on a store from ``kg.store``.

    A value shaped YYYY-MM-DD is bound as an xsd:date, anything else as a plain literal;
    a parameter ``x`` binds ``?x_q`` where the query has one (``?x`` being an output column)."""
    info = QueryInfo.read(query_path)
    text = query_path.read_text(encoding="utf-8")
    prefixes = query_path.parent / "_prefixes.rq"
    if prefixes.exists() and "PREFIX" not in text.upper().split("SELECT")[0]:
        text = prefixes.read_text(encoding="utf-8") + text
    def var(name: str) -> str:
        return f"{name}_q" if re.search(rf"\?{name}_q\b", text) else name

    bindings = {}
    for name, value in (params or {}).items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise ValueError(f"bad parameter name {name!r}")
        bindings[var(name)] = term(value)
    echo = {var(p) for p in param_names(info)}
    cols, rows = store.select(text, bindings)
    keep = [i for i, c in enumerate(cols) if c not in echo]
    return [cols[i] for i in keep], [[r[i] for i in keep] for r in rows]
