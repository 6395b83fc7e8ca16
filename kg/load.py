"""``kg load``: put the built graph into a SPARQL 1.1 Graph Store (an Oxigraph server, Fuseki, GraphDB ...).

Uses the Graph Store HTTP Protocol: ``PUT`` replaces the target graph (default graph,
or ``--graph-iri``), ``POST`` adds to it. The Turtle is sent in chunks of whole
subjects (8 MB each) so that a graph of millions of triples never sits in one request.
"""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

CHUNK_BYTES = 8 * 1024 * 1024


def _chunks(ttl: str):
    """Turtle split between subjects (a line that does not start with white space starts one),
    each chunk carrying the prefix lines."""
    prefixes, buf, size = [], [], 0
    parts = ttl.split("\n")  # at "\n" only: str.splitlines would also cut at U+2028 or U+0085 inside a literal
    for line in [part + "\n" for part in parts[:-1]] + [parts[-1]]:
        if not line:
            continue
        if line.startswith(("@prefix", "PREFIX", "@base")):
            prefixes.append(line)
            continue
        if size >= CHUNK_BYTES and line[:1] not in (" ", "\t", "\n", ""):
            yield "".join(prefixes + buf)
            buf, size = [], 0
        buf.append(line)
        size += len(line.encode("utf-8"))
    if buf:
        yield "".join(prefixes + buf)


def load(graph: Path, endpoint: str, graph_iri: str | None = None, replace: bool = True, timeout: float = 300) -> int:
    """Send the Turtle file to the Graph Store endpoint; returns the number of requests made."""
    target = endpoint + ("&" if "?" in endpoint else "?") + (
        "graph=" + urllib.parse.quote(graph_iri, safe="") if graph_iri else "default")
    n = 0
    for i, chunk in enumerate(_chunks(Path(graph).read_text(encoding="utf-8"))):
        method = "PUT" if replace and i == 0 else "POST"
        req = urllib.request.Request(target, data=chunk.encode("utf-8"), method=method,
                                     headers={"Content-Type": "text/turtle; charset=utf-8"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                if resp.status >= 300:
                    raise RuntimeError(f"{method} {target}: HTTP {resp.status}")
        except urllib.error.HTTPError as exc:
            raise RuntimeError(f"{method} {target}: HTTP {exc.code} {exc.read()[:300]!r}") from exc
        n += 1
    return n
