"""kg serve: a standard SPARQL client gets the same rows over HTTP as `kg query`."""
import socket

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

from kg.pipeline import write
from kg.query import resolve, run
from kg.store import OxigraphStore
from kg.serve import oxigraph_binary, start

try:
    oxigraph_binary()
    HAVE = True
except FileNotFoundError:
    HAVE = False


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.skipif(not HAVE, reason="oxigraph server not installed")
def test_endpoint_answers_like_kg_query(sample_build, tmp_path):
    out = tmp_path / "out"
    write(sample_build, out)
    proc, url, _ = start(out / "graph.ttl", free_port(), location=tmp_path / "store")
    try:
        local = OxigraphStore.load(out / "graph.ttl")
        # library queries whose parameters are optional run over the protocol as they are
        for name in ("multi-jurisdiction", "active-officials", "campaign-promoters"):
            path = resolve(name)
            text = (path.parent / "_prefixes.rq").read_text(encoding="utf-8") + path.read_text(encoding="utf-8")
            client = SPARQLWrapper(url)
            client.setQuery(text)
            client.setReturnFormat(JSON)
            res = client.query().convert()
            want_cols, want_rows = run(local, path, {})
            http_rows = [[b.get(c, {}).get("value") for c in want_cols] for b in res["results"]["bindings"]]
            assert set(want_cols) <= set(res["head"]["vars"])
            assert http_rows == want_rows and want_rows, name
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.skipif(not HAVE, reason="oxigraph server not installed")
def test_load_into_graph_store(sample_build, tmp_path, monkeypatch):
    import subprocess
    import time
    import urllib.request

    import kg.load

    out = tmp_path / "out"
    write(sample_build, out)
    port = free_port()
    proc = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path / "rw"),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        monkeypatch.setattr(kg.load, "CHUNK_BYTES", 50_000)  # force several requests
        n = kg.load.load(out / "graph.ttl", f"http://127.0.0.1:{port}/store")
        assert n > 1
        client = SPARQLWrapper(f"http://127.0.0.1:{port}/query")
        client.setQuery("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        client.setReturnFormat(JSON)
        count = int(client.query().convert()["results"]["bindings"][0]["n"]["value"])
        assert count == len(OxigraphStore.load(out / "graph.ttl"))
        kg.load.load(out / "graph.ttl", f"http://127.0.0.1:{port}/store")  # PUT replaces: same count
        assert int(client.query().convert()["results"]["bindings"][0]["n"]["value"]) == count
    finally:
        proc.terminate()
        proc.wait(timeout=10)
