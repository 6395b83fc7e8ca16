"""SHACL validation of the built graph against ``ontology/shapes.ttl`` (pyshacl)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from rdflib import Graph

SHAPES = Path(__file__).resolve().parent.parent / "ontology" / "shapes.ttl"
ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "kg.ttl"


@lru_cache(maxsize=1)
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def validate(graph: Graph) -> dict:
    """{'conforms': bool, 'violations': n, 'messages': [first 20 result messages]}."""
    from pyshacl import validate as shacl

    conforms, _, text = shacl(graph, shacl_graph=shapes(), inference="none", advanced=False,
                              allow_warnings=True)
    messages = re.findall(r"Message: (.*)", text)
    focus = re.findall(r"Focus Node: (.*)", text)
    return {"conforms": bool(conforms), "violations": len(messages),
            "messages": [f"{f}: {m}" for f, m in zip(focus, messages)][:20]}
