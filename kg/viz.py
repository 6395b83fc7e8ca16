"""The interactive network page: vis-network (the library pyvis wraps), fully offline.

pyvis's own template pulls vis-network and Bootstrap from CDNs and its
``add_edge``/``from_nx`` check for duplicates edge by edge (quadratic), so we
build the node and edge lists ourselves in pyvis's data format and inline the
vis-network bundle that pyvis ships. Every text from a page goes into the page
as JSON with ``<``, ``>`` and ``&`` escaped, or through ``html.escape``; vis-network
renders string tooltips as text, not HTML.
"""
from __future__ import annotations

import html
import importlib.util
import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

if TYPE_CHECKING:  # numpy is imported where the layout needs it
    import numpy as np


LAYOUT_ABOVE = 300  # nodes: above this, positions are precomputed and physics is off
PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
           "#bab0ac"]


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    spec = importlib.util.find_spec("pyvis")
    lib = Path(list(spec.submodule_search_locations)[0]) / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def _json_for_script(obj) -> str:
    return (json.dumps(obj, ensure_ascii=False, sort_keys=True)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


DENSE_SPECTRAL_MAX = 1000  # components up to this size are embedded with dense LAPACK (eigh)


def _spectral(adj) -> "np.ndarray":
    """2-D spectral embedding of a connected component: the 2nd and 3rd leading eigenvectors
    of the normalised adjacency D^-1/2 A D^-1/2.

    Deterministic: up to DENSE_SPECTRAL_MAX nodes, dense ``eigh``; above, ARPACK (``eigsh``)
    from a fixed start vector. ARPACK restarts from random vectors drawn from a generator whose
    state persists across calls, so for a small component with repeated eigenvalues (a clique)
    it returned a different basis from call to call; dense ``eigh`` does not. Each vector's sign
    is then fixed (largest entry positive), since an eigenvector is only defined up to sign."""
    import numpy as np
    import scipy.sparse as sp

    n = adj.shape[0]
    deg = np.asarray(adj.sum(axis=1)).ravel()
    dinv = sp.diags(1.0 / np.sqrt(np.maximum(deg, 1e-12)))
    m = dinv @ adj @ dinv
    if n <= DENSE_SPECTRAL_MAX:
        vals, vecs = np.linalg.eigh(m.toarray())
    else:
        from scipy.sparse.linalg import eigsh

        vals, vecs = eigsh(m, k=3, which="LA", v0=np.ones(n), tol=1e-4)
    order = np.argsort(-vals, kind="stable")
    xy = vecs[:, order[1:3]].copy()
    xy = np.round(xy, 9)  # rounding noise must not pick the sign
    for j in range(xy.shape[1]):
        k = int(np.argmax(np.abs(xy[:, j])))
        if xy[k, j] < 0:
            xy[:, j] = -xy[:, j]
    span = np.ptp(xy, axis=0)
    return (xy - xy.min(axis=0)) / np.where(span > 0, span, 1.0) * 2 - 1


def static_layout(g: nx.Graph) -> dict:
    """Positions for a large network, cheap enough for thousands of nodes.

    The adjacency is built once (scipy sparse); each connected component is laid out
    on its own (spectral embedding for large ones, a circle for small ones; both
    deterministic) and the components are packed on a grid, largest first. A force
    layout (spring) costs 15 s at 5,000 nodes here."""
    import numpy as np
    from scipy.sparse.csgraph import connected_components

    nodes = sorted(g)
    adj = nx.to_scipy_sparse_array(g, nodelist=nodes, weight=None, format="csr")
    _, labels = connected_components(adj, directed=False)
    comps = {}
    for i, lab in enumerate(labels):
        comps.setdefault(lab, []).append(i)
    ordered = sorted(comps.values(), key=lambda c: (-len(c), c[0]))
    pos: dict = {}
    cols = max(1, int(len(ordered) ** 0.5))
    x = y = row_h = 0.0
    for k, comp in enumerate(ordered):
        n = len(comp)
        size = max(1.0, n ** 0.5)
        if n > 20:
            local = _spectral(adj[comp][:, comp])
        elif n > 1:
            ang = np.linspace(0, 2 * np.pi, n, endpoint=False)
            local = np.column_stack([np.cos(ang), np.sin(ang)])
        else:
            local = np.zeros((1, 2))
        for i, (px, py) in zip(comp, local):
            pos[nodes[i]] = (x + size * (float(px) + 1) / 2, y + size * (float(py) + 1) / 2)
        x += size * 1.2
        row_h = max(row_h, size)
        if (k + 1) % cols == 0:
            x, y, row_h = 0.0, y + row_h * 1.2, 0.0
    return pos


def network_data(g: nx.Graph, color_by: str = "jurisdiction",
                 pagerank: dict | None = None) -> tuple[list[dict], list[dict], dict]:
    """Nodes and edges in vis-network's (and pyvis's) format; node size by PageRank (``pagerank``,
    where the caller has computed it already)."""
    groups = sorted({g.nodes[v].get(color_by) or "?" for v in g})
    colour = {grp: PALETTE[i % len(PALETTE)] for i, grp in enumerate(groups)}
    big = g.number_of_nodes() > LAYOUT_ABOVE
    pos = static_layout(g) if big else {}
    if pagerank is None:
        pagerank = nx.pagerank(g, weight="weight") if g.number_of_edges() else {v: 1.0 for v in g}
    nodes = []
    top_pr = max(pagerank.values(), default=1.0) or 1.0
    scale = 2000 / max(1.0, max((max(p) for p in pos.values()), default=1.0))
    for v in sorted(g):
        d = g.nodes[v]
        tip = "\n".join([d["name"], *d.get("posts", [])[:4], f"events: {d.get('events', 0)}",
                         "campaigns: " + "、".join(d.get("campaigns", [])[:3])])
        node = {"id": v, "label": d["name"], "title": tip, "color": colour[d.get(color_by) or "?"],
                "value": round(10 + 40 * pagerank[v] / top_pr, 2), "group": d.get(color_by) or "?"}
        if big:
            node["x"], node["y"] = round(pos[v][0] * scale, 1), round(pos[v][1] * scale, 1)
        nodes.append(node)
    edges = [{"from": a, "to": b, "value": d["weight"],
              "title": f"shared events: {d['weight']} (chaired: {d['chaired_with']}, both spoke: {d['spoke_with']})"}
             for a, b, d in sorted(g.edges(data=True))]
    note = "node size: PageRank" + ("; positions precomputed, physics off" if big else "")
    meta = {"legend": colour, "physics": not big, "note": note, "nodes": len(nodes), "edges": len(edges)}
    return nodes, edges, meta


PAGE = """<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>{title}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<style>{css}
body{{font-family:sans-serif;margin:0}} #bar{{padding:6px 10px;background:#f4f4f4;border-bottom:1px solid #ccc}}
#net{{width:100%;height:88vh}} .key{{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px}}</style>
<script>{js}</script></head><body>
<div id="bar"><b>{title}</b> &middot; {nodes} persons, {edges} ties &middot; {note}
&middot; period: <select id="period" onchange="if(this.value)location.href=this.value">{options}</select>
<span id="legend">{legend}</span></div>
<div id="net"></div>
<script>
var nodes = new vis.DataSet({nodes_json});
var edges = new vis.DataSet({edges_json});
var options = {{"physics": {{"enabled": {physics}, "stabilization": {{"iterations": 150}}}},
  "nodes": {{"shape": "dot", "scaling": {{"min": 8, "max": 48}}, "font": {{"size": 14}}}},
  "edges": {{"scaling": {{"min": 1, "max": 10}}, "color": {{"opacity": 0.5}}}},
  "interaction": {{"hover": true, "tooltipDelay": 100}}, "layout": {{"randomSeed": 42}}}};
var network = new vis.Network(document.getElementById("net"), {{nodes: nodes, edges: edges}}, options);
document.body.setAttribute("data-nodes", String(nodes.length));
network.once("afterDrawing", function () {{
  document.body.setAttribute("data-drawn", String(network.body.nodeIndices.length));
}});
</script></body></html>
"""


def page_parts(g: nx.Graph, pagerank: dict | None = None) -> dict:
    """What a period's page shows of its graph (nodes, edges, legend, counts), computed once: a
    plain JSON value, so a build can cache it and draw the page again with another period menu."""
    nodes, edges, meta = network_data(g, pagerank=pagerank)
    return {"nodes_json": _json_for_script(nodes), "edges_json": _json_for_script(edges), "meta": meta}


def page_html(parts: dict, title: str, periods: list[tuple[str, str]], current: str) -> str:
    """HTML for one period from its ``page_parts``. ``periods`` is [(label, href)] for the
    period selector."""
    meta = parts["meta"]
    js, css = vis_assets()
    options = "".join(f'<option value="{html.escape(href)}"{" selected" if label == current else ""}>'
                      f"{html.escape(label)}</option>" for label, href in periods)
    legend = "".join(f'<span class="key" style="background:{c}"></span>{html.escape(k)}'
                     for k, c in meta["legend"].items())
    return PAGE.format(title=html.escape(title), css=css, js=js.replace("</script", "<\\/script"),
                       nodes=meta["nodes"], edges=meta["edges"], note=html.escape(meta["note"]),
                       options=options, legend=legend, nodes_json=parts["nodes_json"],
                       edges_json=parts["edges_json"], physics="true" if meta["physics"] else "false")


def render_page(g: nx.Graph, title: str, periods: list[tuple[str, str]], current: str) -> str:
    """HTML for one period. ``periods`` is [(label, href)] for the period selector."""
    return page_html(page_parts(g), title, periods, current)
