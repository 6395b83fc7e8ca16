"""``kg serve``: a SPARQL 1.1 endpoint (query protocol, and Oxigraph's web query page) over the built graph.

It runs the ``oxigraph`` server from PyPI in read-only mode over a store loaded
from ``graph.ttl``; any SPARQL client or notebook can point at
``http://127.0.0.1:PORT/query``. The library's ``.rq`` files run there as they
are (send ``queries/_prefixes.rq`` first); parameters are a CLI feature
(``kg query --param``), since the SPARQL protocol has no bindings.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path


def oxigraph_binary() -> str:
    exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(exe).exists():
        raise FileNotFoundError("the oxigraph server is not installed (pip install oxigraph)")
    return exe


def load(graph: Path, location: Path) -> None:
    """Bulk-load a Turtle file into an Oxigraph store folder."""
    location.mkdir(parents=True, exist_ok=True)
    subprocess.run([oxigraph_binary(), "load", "--location", str(location), "--file", str(graph)],
                   check=True, capture_output=True)


def start(graph: Path, port: int = 7878, host: str = "127.0.0.1", location: Path | None = None,
          timeout: float = 30.0) -> tuple[subprocess.Popen, str, Path]:
    """Load the graph and start a read-only endpoint; returns (process, query URL, store folder)."""
    location = Path(location or tempfile.mkdtemp(prefix="kg-oxigraph-"))
    load(Path(graph), location)
    proc = subprocess.Popen([oxigraph_binary(), "serve-read-only", "--location", str(location),
                             "--bind", f"{host}:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://{host}:{port}/query"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"oxigraph exited: {proc.stderr.read().decode(errors='replace')[-500:]}")
        try:
            with urllib.request.urlopen(f"http://{host}:{port}/", timeout=1):
                return proc, url, location
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.1)
    proc.terminate()
    raise TimeoutError(f"oxigraph did not answer on {host}:{port} within {timeout:.0f} s")
