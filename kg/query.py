"""Run named SPARQL queries over the built graph, parameters bound as RDF terms.

Parameters never touch the query text: ``--param person=毛献明`` becomes the
literal "毛献明" bound to ``?person`` (or ``?person_q`` where the query uses
``?person`` for an output column); a value shaped YYYY-MM-DD is an xsd:date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import XSD, Graph, Literal, Variable

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


def load_graph(graph_path: Path) -> Graph:
    g = Graph()
    g.parse(str(graph_path), format="turtle")
    return g


def term(value: str) -> Literal:
    return Literal(value, datatype=XSD.date) if DATE.match(value) else Literal(value)


def run(graph: Graph, query_path: Path, params: dict[str, str] | None = None) -> tuple[list[str], list[list]]:
    """Columns and rows (plain Python strings) of a library query.

    Parameters are bound with rdflib's ``initBindings``: the values join the query's
    algebra as pre-bound variables (visible to FILTER), never as query text."""
    text = query_path.read_text(encoding="utf-8")
    prefixes = query_path.parent / "_prefixes.rq"
    if prefixes.exists() and "PREFIX" not in text.upper().split("SELECT")[0]:
        text = prefixes.read_text(encoding="utf-8") + text
    bindings = {}
    for name, value in (params or {}).items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise ValueError(f"bad parameter name {name!r}")
        var = f"{name}_q" if re.search(rf"\?{name}_q\b", text) else name
        bindings[Variable(var)] = term(value)
    res = graph.query(text, initBindings=bindings)
    cols = [str(v) for v in res.vars]
    rows = [[None if row[i] is None else str(row[i]) for i in range(len(cols))] for row in res]
    return cols, rows
