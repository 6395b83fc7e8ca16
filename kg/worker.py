"""What a worker process runs: extraction of one page, and the drawing of one network page. Kept
apart from ``kg.pipeline`` so that a worker (a pool's, a rebuild's helper, a Dask worker) imports
what its tasks need, not every stage (the extractor: 0.1 s, against 0.3 s for the pipeline)."""
from __future__ import annotations

import datetime as dt
import importlib
import traceback

from .extract import Extractor, PageMeta

_WORKER: list = []


def extractor() -> Extractor:
    """This process's extractor, loaded on first use."""
    if not _WORKER:
        _WORKER.append(Extractor.load())
    return _WORKER[0]


def use_extractor(ext: Extractor) -> None:
    """Have this process extract with ``ext`` (the build's own, for serial runs), unless it has one."""
    if not _WORKER:
        _WORKER.append(ext)


def warm() -> None:
    """Load the extractor and everything its first page would load (jieba's dictionary and
    tagger), so that a helper started before its pages are known has them ready."""
    extractor().names._tagger()


def warm_stages() -> None:
    """Import the stages (``kg.pipeline``), for the month graphs to come: a rebuild's helper does
    it between its pages and its month graph, idle time otherwise (0.19 s here)."""
    importlib.import_module(".pipeline", __package__)


def warm_drawing() -> None:
    """Import what drawing a network page imports on first use (SciPy for PageRank, the layout),
    by drawing a triangle: a rebuild's helper does it between its month graph and its drawings
    (0.18 s here, which its first drawing took longer)."""
    from .network import coattendance

    meeting = {"date": "2000-01-01", "participants": [{"person": p, "role": "attendee"} for p in "甲乙丙"]}
    period_outputs(("warm", coattendance([{"document": "warm", "home": "", "events": [meeting]}])))


def extract_payload(payload: tuple[str, dict]) -> dict:
    """Extract one page in any process (a pool worker, a Dask worker): ``(text, meta)`` -> record
    or ``{"__failed__": traceback}``. The extractor is loaded once per process."""
    text, meta = payload
    issue = meta.get("issue_date")
    try:
        return extractor().extract(text, PageMeta(meta["document"], dt.date.fromisoformat(issue) if issue else None,
                                                  meta["home"], meta.get("parent"), meta.get("province"),
                                                  meta.get("paper")))
    except Exception:  # noqa: BLE001 - reported per page, never fatal
        return {"__failed__": traceback.format_exc()}


def period_outputs(task: tuple) -> tuple[str, dict]:
    """One period's centrality rows (as centrality.csv's lines) and what its network page shows
    (``page_parts``): a plain function of its task, so periods can be computed on worker
    processes. ``task``: (period, graph)."""
    import numpy  # noqa: F401 - loaded before its BLAS is limited
    from threadpoolctl import threadpool_limits

    from .network import centrality, centrality_csv, centrality_rows
    from .viz import page_parts

    period, g = task
    # One BLAS thread: periods are drawn on the worker processes side by side, and OpenBLAS's
    # own threads on top of them fought over the cores (the layout's dense eigh of a 750-node
    # network: 0.27 s of CPU with two other processes busy, 0.09 s on one thread).
    with threadpool_limits(limits=1, user_api="blas"):
        measures, _ = centrality(g)  # PageRank once, for the rows and for the page's node sizes
        return (centrality_csv(centrality_rows(g, period, measures)),
                page_parts(g, {v: m["pagerank"] for v, m in measures.items()}))
