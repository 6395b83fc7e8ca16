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
    def persistent(cls, path: Path, db: Path) -> "OxigraphStore":
        """An on-disk Oxigraph database of the Turtle file ``path`` in folder ``db``: bulk-loaded
        once, then reopened in a moment for as long as the file is unchanged (size and mtime
        recorded in ``db/source.json``). For graphs too large to reload for every question."""
        import json
        import shutil

        path, db = Path(path), Path(db)
        st = path.stat()
        stamp = {"graph": str(path.resolve()), "size": st.st_size, "mtime_ns": st.st_mtime_ns}
        marker = db / "source.json"
        if marker.exists():
            try:
                if json.loads(marker.read_text(encoding="utf-8")) == stamp:
                    return cls(ox.Store.read_only(str(db / "store")))
            except (ValueError, OSError):
                pass
        shutil.rmtree(db, ignore_errors=True)
        db.mkdir(parents=True)
        store = ox.Store(str(db / "store"))
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
        store.flush()
        marker.write_text(json.dumps(stamp), encoding="utf-8")  # written last: a half-loaded db is not reused
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


DATABASE_ABOVE = 200_000_000  # bytes of Turtle: above this, "auto" keeps an Oxigraph database beside the graph


def open_store(path: Path | str, backend: str = "auto", db: Path | str | None = None):
    """A store over a Turtle file: ``rdflib``, ``oxigraph`` or ``auto`` (by size). With ``db``
    (or ``auto`` and a very large graph: ``.oxigraph/`` beside it), an on-disk Oxigraph database
    that is loaded once and reused while the graph is unchanged."""
    path = Path(path)
    size = path.stat().st_size
    if db is None and backend == "auto" and size > DATABASE_ABOVE:
        db = path.parent / ".oxigraph"
    if db is not None:
        return OxigraphStore.persistent(path, Path(db))
    if backend == "auto":
        backend = "oxigraph" if size > OXIGRAPH_ABOVE else "rdflib"
    return (OxigraphStore if backend == "oxigraph" else RdflibStore).load(path)
