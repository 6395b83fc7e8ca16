"""A rebuild's helper process, started before the build imports its stages.

A rebuild of a large corpus finds its few new pages among many cached ones, and extracts them
on a helper process while it links the cached records into place (``kg.pipeline``). The
helper's start is the rebuild's longest wait: a new Python, the extractor and jieba's
dictionary and tagger (0.75 s here). The CLI starts it first thing, from this module, which
imports nothing of the package, and hands it to the build: the helper loads while the build
imports its stages (0.3 s) and reads the corpus."""
from __future__ import annotations

import os

AUTO_JOBS_MIN_PAGES = 200  # below this, starting processes costs more than it saves


def cached_records(names) -> int:
    """How many records a record cache holds, from its folder's file names (``KEY.json`` each,
    and ``pages.json``)."""
    return sum(1 for n in names if n.endswith(".json")) - ("pages.json" in names)


def _warm() -> None:
    from .worker import warm

    warm()


def start(cache_dir, jobs: int = 0, dask: str | None = None):
    """A process pool of one, loading the extractor, when a build with these settings will want a
    helper: worker processes (``jobs`` other than 1, more than one core, no Dask cluster) and a
    record cache of at least AUTO_JOBS_MIN_PAGES records (a rebuild); else None."""
    if cache_dir is None or dask or jobs == 1 or (jobs == 0 and (os.cpu_count() or 1) < 2):
        return None
    try:
        names = set(os.listdir(cache_dir))
    except OSError:
        return None
    if cached_records(names) < AUTO_JOBS_MIN_PAGES:
        return None
    import multiprocessing as mp

    pool = mp.get_context("spawn").Pool(1)
    pool.apply_async(_warm)
    return pool
