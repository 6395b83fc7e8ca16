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

import networkx as nx

from .network import centrality

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


def network_data(g: nx.Graph, color_by: str = "jurisdiction") -> tuple[list[dict], list[dict], dict]:
    measures, note = centrality(g)
    groups = sorted({g.nodes[v].get(color_by) or "?" for v in g})
    colour = {grp: PALETTE[i % len(PALETTE)] for i, grp in enumerate(groups)}
    big = g.number_of_nodes() > LAYOUT_ABOVE
    pos = nx.spring_layout(g, seed=42, iterations=30) if big and g.number_of_nodes() <= 2000 else (
        nx.random_layout(g, seed=42) if big else {})
    nodes = []
    top_pr = max((m["pagerank"] for m in measures.values()), default=1.0) or 1.0
    for v in sorted(g):
        d = g.nodes[v]
        tip = "\n".join([d["name"], *d.get("posts", [])[:4], f"events: {d.get('events', 0)}",
                         "campaigns: " + "、".join(d.get("campaigns", [])[:3])])
        node = {"id": v, "label": d["name"], "title": tip, "color": colour[d.get(color_by) or "?"],
                "value": round(10 + 40 * measures[v]["pagerank"] / top_pr, 2), "group": d.get(color_by) or "?"}
        if big:
            node["x"], node["y"] = round(float(pos[v][0]) * 2000, 1), round(float(pos[v][1]) * 2000, 1)
        nodes.append(node)
    edges = [{"from": a, "to": b, "value": d["weight"],
              "title": f"shared events: {d['weight']} (chaired: {d['chaired_with']}, both spoke: {d['spoke_with']})"}
             for a, b, d in sorted(g.edges(data=True))]
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
</script></body></html>
"""


def render_page(g: nx.Graph, title: str, periods: list[tuple[str, str]], current: str) -> str:
    """HTML for one period. ``periods`` is [(label, href)] for the period selector."""
    nodes, edges, meta = network_data(g)
    js, css = vis_assets()
    options = "".join(f'<option value="{html.escape(href)}"{" selected" if label == current else ""}>'
                      f"{html.escape(label)}</option>" for label, href in periods)
    legend = "".join(f'<span class="key" style="background:{c}"></span>{html.escape(k)}'
                     for k, c in meta["legend"].items())
    return PAGE.format(title=html.escape(title), css=css, js=js.replace("</script", "<\\/script"),
                       nodes=meta["nodes"], edges=meta["edges"], note=html.escape(meta["note"]),
                       options=options, legend=legend, nodes_json=_json_for_script(nodes),
                       edges_json=_json_for_script(edges), physics="true" if meta["physics"] else "false")
