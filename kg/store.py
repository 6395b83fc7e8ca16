"""One query interface over two RDF stores: rdflib (small graphs, pure Python) and
Oxigraph (pyoxigraph: loads and queries one to two orders of magnitude faster).

Both bind parameters as RDF terms, never as query text: rdflib through
``initBindings``, Oxigraph through SEP-0007 ``substitutions``. Oxigraph substitutes
only projected variables and its ``BOUND()`` does not see them, so library queries
project their parameters and test optional ones with ``COALESCE``; the echo
columns are dropped by ``kg.query``.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef, Variable

OXIGRAPH_ABOVE = 2_000_000  # bytes of Turtle: above this, ``open_store(backend="auto")`` uses Oxigraph


class RdflibStore:
    name = "rdflib"

    def __init__(self, graph: Graph):
        self.graph = graph

    @classmethod
    def load(cls, path: Path) -> "RdflibStore":
        g = Graph()
        g.parse(str(path), format="turtle")
        return cls(g)

    def __len__(self) -> int:
        return len(self.graph)

    def select(self, text: str, bindings: dict[str, Literal | URIRef]) -> tuple[list[str], list[list]]:
        res = self.graph.query(text, initBindings={Variable(k): v for k, v in bindings.items()})
        cols = [str(v) for v in res.vars]
        return cols, [[None if r[i] is None else str(r[i]) for i in range(len(cols))] for r in res]


class OxigraphStore:
    name = "oxigraph"

    def __init__(self, store: ox.Store):
        self.store = store

    @classmethod
    def load(cls, path: Path) -> "OxigraphStore":
        store = ox.Store()
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
        return cls(store)

    @classmethod
    def from_turtle(cls, data: str) -> "OxigraphStore":
        store = ox.Store()
        store.load(data.encode("utf-8"), format=ox.RdfFormat.TURTLE)
        return cls(store)

    def __len__(self) -> int:
        return len(self.store)

    @staticmethod
    def _term(v):
        if isinstance(v, URIRef):
            return ox.NamedNode(str(v))
        if v.language:
            return ox.Literal(str(v), language=v.language)
        if v.datatype:
            return ox.Literal(str(v), datatype=ox.NamedNode(str(v.datatype)))
        return ox.Literal(str(v))

    def select(self, text: str, bindings: dict[str, Literal | URIRef]) -> tuple[list[str], list[list]]:
        res = self.store.query(text, substitutions={ox.Variable(k): self._term(v) for k, v in bindings.items()})
        cols = [v.value for v in res.variables]
        return cols, [[None if sol[c] is None else sol[c].value for c in cols] for sol in res]


def open_store(path: Path | str, backend: str = "auto"):
    """A store over a Turtle file: ``rdflib``, ``oxigraph`` or ``auto`` (by size)."""
    path = Path(path)
    if backend == "auto":
        backend = "oxigraph" if path.stat().st_size > OXIGRAPH_ABOVE else "rdflib"
    return (OxigraphStore if backend == "oxigraph" else RdflibStore).load(path)
