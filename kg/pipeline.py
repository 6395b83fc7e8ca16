"""The main job: corpus folder -> extraction records, graph, month graphs, network, report.

Every stage is a plain function. ``build`` streams: each page's record is written
as soon as it is extracted, and only a slim copy (who, which post, which event)
stays in memory for identity and the network; the graph is built a month at a
time into sorted N-Triples files that are merged on disk. Everything goes into a
staging folder that ``write`` swaps into place in one step, so an interrupted
build leaves the previous output whole.
"""
from __future__ import annotations

import gc
import hashlib
import json
import marshal
import os
import shutil
import sys
import time
import weakref
from bisect import bisect_right
from collections.abc import Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from .corpus import SAMPLE, Corpus, Problem, discover, read_page
from .helper import AUTO_JOBS_MIN_PAGES, cached_records
from .extract import Extractor
from .identity import DECISIONS, load_decisions
from .identity import resolve as resolve_identity
from .io import atomic_write, give_back_memory, install, link_or_copy, new_stage, stamp
from .network import Counts, centrality_csv, coattendance_periods, count_months
from .rdf import N_BUCKETS, GraphBuilder, build_graph, concat_turtle, cut_graph, merge_runs, nt_to_turtle
from .worker import extract_payload, period_outputs, use_extractor, warm, warm_drawing, warm_stages
from .stagecache import FlatCache, StageCache, digest, file_digest, package_digest
from .validate import validate as shacl_validate
from .viz import page_html


class OutputFiles(Mapping):
    """The files of a build, read on demand from its folder: relative path -> text."""

    def __init__(self, folder: Path, owner=None):
        self.folder = folder
        self.owner = owner  # keeps the build (and so its staging folder) alive while its files are read

    def _paths(self):
        return sorted(p.relative_to(self.folder).as_posix() for p in self.folder.rglob("*")
                      if p.is_file() and p.relative_to(self.folder).parts[0] not in (".cache", ".gitkeep"))

    def __getitem__(self, rel: str) -> str:
        path = self.folder / rel
        if not path.is_file():
            raise KeyError(rel)
        return path.read_text(encoding="utf-8")

    def __iter__(self):
        return iter(self._paths())

    def __len__(self) -> int:
        return len(self._paths())


@dataclass
class BuildResult:
    """A finished build: its folder (a staging folder until ``write`` installs it), its extraction
    files in corpus order, and its report."""

    folder: Path
    record_files: list[str] = field(default_factory=list)
    report: dict = field(default_factory=dict)
    staged: bool = True

    def __post_init__(self):
        # a build that is never written leaves no staging folder behind
        self._cleanup = weakref.finalize(self, shutil.rmtree, str(self.folder), True)

    @property
    def files(self) -> OutputFiles:
        return OutputFiles(self.folder, self)

    @property
    def records(self) -> list[dict]:
        return [json.loads((self.folder / f).read_text(encoding="utf-8")) for f in self.record_files]

    @property
    def ok(self) -> bool:
        return bool(self.record_files)

    @property
    def skipped(self) -> int:
        return sum(1 for p in self.report.get("pages", []) if p["status"] != "ok")

    def discard(self) -> None:
        if self.staged:
            self._cleanup()


DASK_BATCH = 512  # payloads in flight on a Dask cluster at once (bounds the records held)


def run_payloads(payloads: list[tuple[str, dict]], jobs: int = 1, dask: str | None = None, pool=None):
    """Records for payloads, in order, as they come: serially, on local processes (``pool``, or
    ``jobs`` new ones), or on a Dask cluster."""
    if not payloads:
        return
    if dask:
        from dask.distributed import Client

        with Client(dask) as client:
            for i in range(0, len(payloads), DASK_BATCH):
                yield from client.gather(client.map(extract_payload, payloads[i:i + DASK_BATCH], pure=False))
        return
    if pool is None and jobs > 1:
        with process_pool(jobs) as pool:
            yield from run_payloads(payloads, pool=pool)
        return
    if pool is not None and (not isinstance(pool, LazyPool) or pool.worth(len(payloads), AUTO_JOBS_MIN_PAGES)):
        workers = getattr(pool, "_processes", 2)
        yield from pool.imap(extract_payload, payloads, chunksize=max(1, min(32, len(payloads) // (workers * 8))))
        return
    for p in payloads:
        yield extract_payload(p)


def process_pool(jobs: int):
    """Local worker processes (spawned: no state inherited; each loads the extractor once)."""
    import multiprocessing as mp

    return mp.get_context("spawn").Pool(jobs)


class LazyPool:
    """A process pool started on first use: a rebuild that changes a page or two does its little
    work in this process and never pays for starting workers (each imports the package and
    loads jieba: about 2 s here, against 5 ms to extract a page).

    Stages ask ``worth(n)`` before handing it ``n`` tasks: yes once the pool is running, or when
    ``--jobs`` was given (``forced``), or when ``n`` reaches the stage's own threshold."""

    def __init__(self, jobs: int, forced: bool = False, helper=None):
        self._processes = jobs
        self.forced = forced
        self._pool = None
        self._helper = helper  # one started already (``kg.helper.start``), or None

    @property
    def started(self) -> bool:
        return self._pool is not None

    def worth(self, n: int, threshold: int = 2) -> bool:
        return n > 1 and (self.started or self.forced or n >= threshold)

    def _get(self):
        if self._pool is None:
            self._pool = process_pool(self._processes)
        return self._pool

    def imap(self, *args, **kw):
        return self._get().imap(*args, **kw)

    def map(self, *args, **kw):
        return self._get().map(*args, **kw)

    def apply_async(self, *args, **kw):
        return self._get().apply_async(*args, **kw)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def helper(self):
        """One more process (a pool of one), started on first call: a rebuild's few new pages
        are extracted there, and then its few network pages drawn, while this process works on."""
        if self._helper is None:
            self._helper = process_pool(1)
        return self._helper

    @property
    def has_helper(self) -> bool:
        return self._helper is not None

    def close(self) -> None:
        """Stop the workers and the helper (a build's last steps need none: their memory is given back)."""
        for proc in (self._pool, self._helper):
            if proc is not None:
                proc.terminate()
                proc.join()
        self._pool = self._helper = None


def auto_jobs(jobs: int, pages: int) -> int:
    """``jobs`` as asked; 0 means one process per core for a corpus of many pages, else one."""
    if jobs > 0:
        return jobs
    return max(1, os.cpu_count() or 1) if pages >= AUTO_JOBS_MIN_PAGES else 1


class RecordCache:
    """Extraction records cached by page checksum, page metadata and extractor version.

    An entry is the record as the build writes it (``KEY.json``: the cache and the build's
    output share the file, a hard link where the file system allows), and what a build needs of
    it without reading it (its info: the slim copy, counts, whether it has body text, the
    checksum and stamp of the file), so a rebuild links cached records into place instead of
    parsing and writing them again. The infos of all entries are kept in one file
    (``infos.marshal``), read in one go and written once per build: a file per info cost a
    temporary file, a write and a rename per page, and a rebuild opened them all. A record
    whose info is missing there (a build stopped before writing it, or a file another Python
    wrote) has it made again from the record's file. ``pages.json`` keeps what each page file
    held, so unchanged pages are not read again."""

    FORMAT = 5  # of an entry (5: infos in marshal's format); part of the key

    def __init__(self, folder: Path | None, version: str):
        self.folder = Path(folder) if folder else None
        self.version = version
        self.hits = 0
        # the entries there, listed once: a rebuild of 56,000 pages asks for each twice
        self._dir = str(self.folder) if self.folder else ""
        self._names = set(os.listdir(self._dir)) if self.folder and self.folder.is_dir() else set()
        self._pages: dict | None = None  # pages.json, read on first use
        self._seen: dict[str, dict] = {}  # this build's pages: path -> stamp (and what was read)
        self._infos: dict[str, dict] | None = None  # infos.marshal, read on first use: key -> info
        self._new: dict[str, dict] = {}  # infos made or changed by this build

    def key(self, sha: str, meta: dict) -> str:
        blob = orjson.dumps([sha, meta, self.version, self.FORMAT], option=orjson.OPT_SORT_KEYS)
        return hashlib.sha256(blob).hexdigest()

    def path(self, key: str) -> str:
        return os.path.join(self._dir, key + ".json")

    def has(self, key: str) -> bool:
        return key + ".json" in self._names

    PAGES = "pages.json"  # what the last build found in each page file, by path
    # The entries' infos, in marshal's format: read whole in 0.17 s for 5,600 records here,
    # against 0.47 s to parse a line of JSON per record and intern the strings of its slim copy
    # (marshal keeps which strings were interned, and writes a string shared by many records
    # once). Python's own format, not a stable one: the file names the Python that wrote it.
    INFOS = "infos.marshal"

    def known_page(self, path) -> dict | None:
        """What an earlier build read in the page file at ``path`` (checksum, encoding, size,
        masthead date), where the file's size and modification time are still those it had
        then: the page need not be read and hashed again. None otherwise (the stamp is kept
        for ``note_page``)."""
        if self.folder is None:
            return None
        if self._pages is None:
            self._pages = self._read(os.path.join(self._dir, self.PAGES)) or {}
        path = os.path.abspath(path)
        try:
            now = stamp(path)
        except OSError:
            return None
        got = self._pages.get(path)
        if got is not None and got.get("stamp") == now:
            self._seen[path] = got
            return got
        self._seen[path] = {"stamp": now}
        return None

    def note_page(self, path, prov: dict, masthead) -> None:
        """Keep what was read in a page file (after ``known_page`` found nothing usable)."""
        if self.folder is not None and self._pages is not None:
            entry = self._seen.get(os.path.abspath(path))
            if entry is not None:
                entry.update(prov, masthead=masthead.isoformat() if masthead else None)

    def save_pages(self) -> None:
        """Keep the pages of this build (written only when something changed)."""
        if self.folder is not None and self._pages is not None and self._seen != self._pages:
            atomic_write(os.path.join(self._dir, self.PAGES),
                         orjson.dumps({k: v for k, v in self._seen.items() if "sha256" in v}))

    def _load_infos(self) -> dict[str, dict]:
        if self._infos is None:
            self._infos = {}
            try:
                with open(os.path.join(self._dir, self.INFOS), "rb") as fh:
                    got = marshal.loads(fh.read())
                if got.get("format") == self.FORMAT and got.get("python") == list(sys.version_info[:2]):
                    self._infos = got["infos"]
            except (OSError, ValueError, EOFError, TypeError, AttributeError, KeyError):
                pass  # none, or not ours: infos are made again from the records
        return self._infos

    def save_infos(self) -> None:
        """Write the infos of every entry there (when this build made or changed some), and let
        go of them (at 100 MB, the slim copies of 56,000 records)."""
        if self.folder is not None and self._new:
            infos = {k: v for k, v in {**self._load_infos(), **self._new}.items() if k + ".json" in self._names}
            atomic_write(os.path.join(self._dir, self.INFOS),
                         marshal.dumps({"format": self.FORMAT, "python": list(sys.version_info[:2]),
                                        "infos": dict(sorted(infos.items()))}))
        self._infos, self._new = {}, {}

    def size(self) -> int:
        """About how many records are cached (entries listed when the cache was opened)."""
        return cached_records(self._names)

    def get(self, key: str) -> dict | None:
        """The whole cached record, or None."""
        return self._read(self.path(key)) if self.folder is not None else None

    def info(self, key: str) -> dict | None:
        """What is kept of a cached record (slim copy, ``record_summary``, checksum and stamp of
        its file), or None where the entry cannot be used."""
        if self.folder is None:
            return None
        got = self._load_infos().get(key)
        return got if isinstance(got, dict) else self._recover(key)

    def _recover(self, key: str) -> dict | None:
        """A record's info made again from its file (kept from here on), or None where the file
        cannot be read or is not a record."""
        path = self.path(key)
        try:
            now = stamp(path)
            with open(path, "rb") as fh:
                data = fh.read()
            rec = orjson.loads(data)
            info = {"slim": slim(rec), **record_summary(rec)}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        info.update(sha256=hashlib.sha256(data).hexdigest(), stamp=now)
        self._note(key, info)
        return info

    def _read(self, path: str):
        try:
            return _load(path)
        except (OSError, ValueError):
            return None

    def verified(self, key: str, info: dict) -> bool:
        """Does the cached record file hold the bytes whose checksum ``info`` keeps? Known
        without reading it when its size and modification time are those it had when the
        checksum was taken (kept in ``info``), as git's index does, and as month graphs are
        checked; else it is read and hashed, and on a match the new stamp is kept (a cache
        folder copied without its times is hashed once). A record edited in place through its
        link in an output changes its stamp, so it is hashed, found altered, and extracted again."""
        path = self.path(key)
        try:
            now = stamp(path)
            if info.get("stamp") == now:
                return True
            with open(path, "rb") as fh:
                if hashlib.sha256(fh.read()).hexdigest() != info.get("sha256"):
                    return False
        except OSError:
            return False
        self._note(key, {**info, "stamp": now})
        return True

    def put(self, key: str, rec: dict, data: bytes, summary: dict, written: str | None = None,
            light: dict | None = None) -> None:
        """Keep a record (``data``: it as written by ``record_bytes``), with its slim copy
        (``light``, where the caller has made it), its ``record_summary``, the checksum of
        ``data`` and the stamp of the file. ``written``: a file that holds ``data`` already (the
        build's output), linked as the entry."""
        if self.folder is None:
            return
        path = self.path(key)
        if written is None or not self._link(written, path):
            atomic_write(path, data)
        self._note(key, {"slim": light if light is not None else slim(rec), **summary,
                         "sha256": hashlib.sha256(data).hexdigest(), "stamp": stamp(path)})
        self._names.add(key + ".json")

    def _link(self, src: str, path: str) -> bool:
        """``path`` as a hard link to ``src`` (the entry appears whole: ``src`` is written), replacing
        what is there; False where this file system cannot link."""
        try:
            if not self._names:
                self.folder.mkdir(parents=True, exist_ok=True)
            try:
                os.link(src, path)
            except FileExistsError:  # an entry another build made meanwhile: replaced whole
                tmp = os.path.join(self._dir, f".{os.path.basename(path)}.{os.getpid()}")
                if os.path.lexists(tmp):
                    os.unlink(tmp)
                os.link(src, tmp)
                os.replace(tmp, path)
        except OSError:
            return False
        return True

    def _note(self, key: str, info: dict) -> None:
        self._new[key] = info


COUNTED = ("persons", "journalists", "posts", "events", "campaigns", "promotes")


def record_summary(rec: dict) -> dict:
    """A record's counts for the report, and whether it has body text."""
    return {"counts": {k: len(rec[k]) for k in COUNTED}, "body": any(a.get("body_chars") for a in rec["articles"])}


def extract_corpus(corpus: Corpus, extractor: Extractor, progress=None, jobs: int = 1, dask: str | None = None,
                   cache: RecordCache | None = None, keep=None, pool=None, keep_cached=None) -> tuple[list, list[dict]]:
    """One record per readable page; a page that fails is reported with its traceback, never fatal.

    Records are handed to ``keep(rec, data)`` as they are made, in corpus order (but for a few
    new pages among many cached ones, which come last) (``data``: the record as ``record_bytes``
    writes it, when made); it returns what to collect (by default the record itself; a build
    keeps only a slim copy) and the file it wrote ``data`` to, if any, which the cache then
    takes as its entry. With ``keep_cached``, a cached record is not parsed: ``keep_cached(the
    cached record file's path, its info)`` is called instead, once the file is known to hold
    the bytes whose checksum is kept with it (``RecordCache.verified``); both then collect the
    record's ``slim`` copy, which the cache keeps with the record as it is (not made twice)."""
    cache = cache or RecordCache(None, extractor.version)
    keep = keep or (lambda rec, data=None: (rec, None))
    pages, todo, slots = [], [], []
    seen_sha: dict[str, str] = {}
    may_help = isinstance(pool, LazyPool) and not pool.started and cache.size() >= AUTO_JOBS_MIN_PAGES
    if may_help:
        # A rebuild: new pages, if any, are likely few (those of the latest issue). A helper
        # process starts loading the extractor now (about 1 s, mostly jieba), while this one
        # reads the pages to find which are new: it is stopped if none or many are.
        pool.helper().apply_async(warm)
    for src in corpus.pages:
        entry = {"file": src.file, "status": "ok"}
        pages.append(entry)
        known = cache.known_page(src.path)
        undated = src.issue_date is None
        got = read_page(src, corpus.problems, known)
        if got is None:
            entry["status"] = "skipped"
            continue
        text, prov = got
        if known is None:
            cache.note_page(src.path, prov, src.issue_date if undated else None)
        entry.update(encoding=prov["encoding"], sha256=prov["sha256"], bytes=prov["bytes"])
        if prov["sha256"] in seen_sha:
            corpus.problems.append(Problem(src.file, f"duplicate of {seen_sha[prov['sha256']]}; skipped",
                                           level="error"))
            entry["status"] = "duplicate"
            continue
        seen_sha[prov["sha256"]] = src.file
        meta = {"document": src.file, "issue_date": src.issue_date.isoformat() if src.issue_date else None,
                "home": src.home, "parent": src.parent, "province": src.province, "paper": src.paper}
        key = cache.key(prov["sha256"], meta)
        hit = cache.has(key)  # read when its turn comes: records are not held
        slots.append((entry, prov, key, hit, src, meta))
        if not hit and text is None:  # known unchanged, but its record is not cached (a new extractor)
            why: list[Problem] = []  # its other problems are reported already
            got = read_page(src, why)
            if got is None:  # unreadable since it was stat'ed
                corpus.problems.extend(why)
                entry["status"] = "skipped"
                slots.pop()
                continue
            text = got[0]
        if not hit:
            todo.append((text, meta))
    cache.save_pages()
    use_extractor(extractor)  # serial runs reuse the build's extractor
    t0 = time.perf_counter()
    # A few new pages among many cached ones (new pages of the latest issue): the helper
    # extracts them while this process checks and places the cached records, and they are
    # taken last. Too few for the pool's workers to pay.
    ahead = (may_help and 0 < len(todo) and not pool.worth(len(todo), AUTO_JOBS_MIN_PAGES)
             and len(slots) - len(todo) >= AUTO_JOBS_MIN_PAGES)
    if ahead:
        fresh = pool.helper().imap(extract_payload, todo)
        # then, while this process places the cached records, the helper readies its next
        # task: the graph of the new pages' month
        pool.helper().apply_async(warm_stages)
    else:
        if may_help:  # no new page, or many: the helper is not needed (the pool's work, or none)
            pool.close()
        fresh = run_payloads(todo, jobs, dask, pool)
    kept = _collect(slots, fresh, ahead, cache, keep, keep_cached, corpus, progress)
    per_page = (time.perf_counter() - t0) / max(1, len(todo))
    for entry in pages:
        entry["seconds"] = 0.0 if entry.get("cached") or entry["status"] != "ok" else round(per_page, 4)
    return kept, pages


def _collect(slots, fresh, defer: bool, cache, keep, keep_cached, corpus, progress) -> list:
    """``extract_corpus``'s second half: each page's record, cached or fresh (``fresh``: the
    records of the pages not cached, in order), handed to ``keep``/``keep_cached``; what they
    return, in corpus order. With ``defer``, the fresh ones are taken after all cached ones."""
    kept: list = [None] * len(slots)  # None for a page whose extraction failed

    def account(entry, counts, body):
        entry["counts"] = counts
        if not body:
            corpus.problems.append(Problem(entry["file"], "no article found on the page (no body text)"))
        if progress:
            progress(entry["file"])

    order = [i for i, slot in enumerate(slots) if slot[3] or not defer] + \
        [i for i, slot in enumerate(slots) if not slot[3] and defer]
    for i in order:
        entry, prov, key, hit, src, meta = slots[i]
        info = cache.info(key) if hit and keep_cached is not None else None
        if info is not None:
            if cache.verified(key, info):
                entry["cached"] = True
                cache.hits += 1
                kept[i] = keep_cached(cache.path(key), info)
                account(entry, info["counts"], info["body"])
                continue
        rec = cache.get(key) if hit and info is None else None
        made = rec is None
        if made:
            if hit:  # an unreadable or altered cache entry: extract the page again
                rec = extract_payload((read_page(src, [])[0], meta))
            else:
                rec = next(fresh)
            if "__failed__" in rec:
                entry["status"] = "failed"
                entry["traceback"] = rec["__failed__"]
                corpus.problems.append(Problem(entry["file"], "extractor failed; see traceback in report",
                                               level="error"))
                continue
        else:
            entry["cached"] = True
            cache.hits += 1
        rec["source"] = prov
        summary = record_summary(rec)
        data = record_bytes(rec) if made else None
        kept[i], written = keep(rec, data)
        if made:
            cache.put(key, rec, data, summary, written, light=kept[i] if keep_cached is not None else None)
        account(entry, summary["counts"], summary["body"])
    return [k for k in kept if k is not None]


def period_page(period: str, parts: dict, names: list[str]) -> tuple[str, str]:
    """A period's network page (path in the build, HTML), with a menu of every period."""
    links = [("all", "network.html")] + [(m, f"network/{m}.html") for m in names if m != "all"]
    if period == "all":
        return "network.html", page_html(parts, "Co-attendance network: all months", links, "all")
    links = [(label, "../" + href if not href.startswith("network/") else href.split("/", 1)[1])
             for label, href in links]
    return f"network/{period}.html", page_html(parts, f"Co-attendance network: {period}", links, period)


def record_digests(months: dict[str, list[tuple]]) -> dict[str, bytes]:
    """Each placed record's SHA-256 (document -> digest): the record cache's checksum where it
    had one (already checked against the file), else the file's."""
    return {doc: bytes.fromhex(sha) if sha else file_digest(path)
            for recs in months.values() for (_, doc), path, sha in recs}


def network_periods(records) -> dict[str, set[str]]:
    """The periods that get a network page ("all", and each month in which some event is dated),
    each with the documents whose events it counts."""
    periods: dict[str, set[str]] = {"all": {rec["document"] for rec in records}}
    for rec in records:
        for ev in rec["events"]:
            if ev.get("date"):
                periods.setdefault(ev["date"][:7], set()).add(rec["document"])
    return {"all": periods.pop("all"), **dict(sorted(periods.items()))}


def period_keys(periods: dict[str, set[str]], months: dict[str, list[tuple]], shas: dict[str, bytes],
                identity) -> dict[str, str]:
    """Cache keys of the periods' network pages, from what ``coattendance_periods`` makes each of:
    the records whose events fall in the period, and (for the posts and campaigns the nodes
    show) every record issued up to the period's month; with the identity decisions and the code.
    A page added to the latest month leaves the keys of the months before it as they were, and
    no graph has to be made to know that (a key from the finished graph would need all of them made)."""
    issued = sorted(m for m in months if m != "undated")
    h = hashlib.sha256(digest(package_digest(), identity_digest(identity)).encode())
    upto = [h.hexdigest()]  # upto[i]: every record issued in the first i months
    for m in issued:
        for (_, doc), _, _ in sorted(months[m]):
            h.update(shas[doc])
        upto.append(h.hexdigest())
    for (_, doc), _, _ in sorted(months.get("undated", [])):
        h.update(shas[doc])
    keys = {"all": digest("all", h.hexdigest())}
    for p, docs in periods.items():
        if p != "all":
            keys[p] = digest(p, upto[bisect_right(issued, p)], sorted(shas[d].hex() for d in docs))
    return keys


def count_keys(periods: dict[str, set[str]], shas: dict[str, bytes], identity) -> dict[str, str]:
    """Cache keys of the months' co-attendance counts: the records with events in the month
    (``periods``, by content: ``shas``), the identity decisions, the code, and the Python (the
    counts are kept in marshal's format)."""
    return {m: digest(package_digest(), identity_digest(identity), list(sys.version_info[:2]), m,
                      sorted(shas[d].hex() for d in docs)) for m, docs in periods.items() if m != "all"}


def month_counts(records, identity, keys: dict[str, str], cache: StageCache) -> dict[str, Counts]:
    """The co-attendance counts of the months in ``keys`` (``count_months``; ``count_keys``): from
    the cache where it has them, the others counted, and kept. "All months" is their sum, so a
    page added to one month has that month counted again, not the whole corpus (0.4 s of a
    10 MB rebuild)."""
    counts = {}
    for m, key in keys.items():
        blob = cache.read(key, "counts.marshal")
        if blob is not None:
            try:
                counts[m] = Counts.loads(blob)
            except (ValueError, EOFError, TypeError):
                pass  # unreadable: counted again, and kept anew
    fresh = count_months(records, identity, set(keys) - set(counts))
    for m, c in fresh.items():
        cache.store(keys[m], data={"counts.marshal": c.dumps()})
    return {**counts, **fresh}


NETWORK_POOL_MIN = 4  # fewer pages to draw again (a page added to the latest month: two) are drawn here


def network_outputs(names: list[str], nets: dict, folder: Path, pool=None, cache: StageCache | None = None,
                    keys: dict[str, str] | None = None, remake=None, made: dict | None = None) -> None:
    """Write centrality.csv and the network page of every period in ``names`` into ``folder``,
    period by period (on the worker processes when there are some); a page is written as soon
    as it is made. ``nets``: the co-attendance graphs of the periods to compute; ``made``: the
    ``period_outputs`` of periods computed elsewhere.

    With a ``cache`` and ``keys`` (``period_keys``), a period missing from ``nets`` takes its rows
    (as lines of CSV) and what its page shows from the cache (``remake(period)`` gives its graph
    should the entry be unreadable). The period menu is not part of the entry, so a new month leaves the other
    months' entries valid: their pages are only written again with the longer menu."""
    cache = cache or StageCache(None, "network")
    keys = keys or {}
    nets = dict(nets)  # graphs are dropped from this copy as their pages are written

    def missing(p):
        if remake is None:
            raise KeyError(f"network period {p}: neither given nor cached")
        return remake(p)

    step = 4 * getattr(pool, "_processes", 2) if pool is not None and pool.worth(len(nets), NETWORK_POOL_MIN) else 1
    with open(folder / "centrality.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write(centrality_csv([], header=True))
        for i in range(0, len(names), step):
            done = {}
            for p in names[i:i + step]:
                if made and p in made:
                    done[p] = made.pop(p)
                    if p in keys:
                        cache.store(keys[p], value={"csv": done[p][0], "page": done[p][1]})
                elif p not in nets:
                    value = cache.load(keys[p]) if p in keys else None
                    if isinstance(value, dict) and "csv" in value and "page" in value:
                        done[p] = (value["csv"], value["page"])
                    else:
                        nets[p] = missing(p)
            # a few periods in flight at a time: Pool.map would pickle every period's graph at once
            tasks = [(p, nets.pop(p)) for p in names[i:i + step] if p not in done]
            outs = pool.map(period_outputs, tasks, chunksize=1) if pool is not None and \
                pool.worth(len(tasks), NETWORK_POOL_MIN) else [period_outputs(t) for t in tasks]
            for (p, _), out in zip(tasks, outs):
                if p in keys:
                    cache.store(keys[p], value={"csv": out[0], "page": out[1]})
                done[p] = out
            for p in names[i:i + step]:
                lines, parts = done.pop(p)
                fh.write(lines)
                rel, html = period_page(p, parts, names)
                (folder / rel).parent.mkdir(parents=True, exist_ok=True)
                (folder / rel).write_text(html, encoding="utf-8")


VALIDATE_MAX_TRIPLES = 15_000  # pyshacl takes ~10 s per 100k triples here; above this, a sample is validated


def validate_graph(n_triples: int, graph_ttl: Path, record_paths: list[Path], identity) -> dict:
    """SHACL-validate the graph, or (for a large graph) the graph of a deterministic sample of pages:
    the first pages by name, as many as make about VALIDATE_MAX_TRIPLES triples."""
    from rdflib import Graph

    if n_triples <= VALIDATE_MAX_TRIPLES:
        g = Graph().parse(graph_ttl, format="turtle")
        return {**shacl_validate(g), "pages_validated": len(record_paths)}
    k = max(1, len(record_paths) * VALIDATE_MAX_TRIPLES // n_triples)
    sample = [_load(p) for p in sorted(record_paths, key=lambda p: p.name)[:k]]  # only the sample is read
    return {**shacl_validate(build_graph(sample, identity).to_rdflib()), "pages_validated": k}


def validation_key(n_triples: int, graph_ttl: Path, record_paths: list[Path], identity) -> str:
    """A digest of what ``validate_graph`` reads (the graph, or the sample's records and the
    identity decisions) and of the code and shapes: the same key, the same result."""
    if n_triples <= VALIDATE_MAX_TRIPLES:
        return digest(package_digest(), "graph", file_digest(graph_ttl))
    k = max(1, len(record_paths) * VALIDATE_MAX_TRIPLES // n_triples)
    sample = sorted(record_paths, key=lambda p: p.name)[:k]
    return digest(package_digest(), "sample", identity_digest(identity), b"".join(file_digest(p) for p in sample))


def _load(path) -> dict:
    with open(path, "rb") as fh:
        return orjson.loads(fh.read())


def slim(rec: dict) -> dict:
    """What identity resolution and the network need from a record (names, posts, event rosters,
    promotions), with strings interned: a 100 MB corpus's slim records fit in a few hundred MB."""
    i = sys.intern
    return {"document": rec["document"], "home": i(rec.get("home") or ""), "issue_date": rec.get("issue_date"),
            "persons": [i(p["name"] if isinstance(p, dict) else p) for p in rec.get("persons", [])],
            "posts": [{"person": i(p["person"]), "org": i(p["org"]), "role": i(p["role"])}
                      for p in rec.get("posts", [])],
            "promotes": [{"person": i(r["person"]), "campaign": i(r["campaign"])} for r in rec.get("promotes", [])],
            "events": [{"date": e.get("date"), "participants": [{"person": i(x["person"]), "role": i(x["role"])}
                                                                 for x in e.get("participants", [])]}
                       for e in rec.get("events", [])]}


JSON_OUT = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS | orjson.OPT_APPEND_NEWLINE


def record_bytes(rec: dict) -> bytes:
    """A record as written: JSON (UTF-8), keys sorted, indented (orjson: 0.04 ms a record here,
    against 0.5 ms for the standard library, which wrote the records of a 10 MB corpus in 3 s)."""
    return orjson.dumps(rec, option=JSON_OUT)


def month_graph(task: tuple) -> dict:
    """One month's records -> its graph files: the lines about subjects merged across months, cut
    into the fixed buckets of ``cut_graph`` and written bucket after bucket
    (``nt_dir/MONTH.merged.nt``), the page-local lines as Turtle (``nt_dir/MONTH.local.ttl``),
    and (for a dated month) the month's whole graph as Turtle (its merged subjects, then its
    page-local ones). Returns the number of page-local triples, and each bucket's byte offset
    in the merged file and digest (empty for an empty bucket). A plain function of its task,
    so months can be built on worker processes."""
    month, paths, nt_dir, ttl_path, identity = task
    b = GraphBuilder(identity=identity)
    for path in paths:
        b.add(_load(path))
    parts = cut_graph(b.finish())
    del b
    offsets, digests, pos = [], [], 0
    with open(nt_dir / f"{month}.merged.nt", "wb") as fh:
        for run in parts.buckets:
            offsets.append(pos)
            digests.append(hashlib.sha256(run).hexdigest()[:32] if run else "")
            fh.write(run)
            pos += len(run)
    offsets.append(pos)
    nt_to_turtle(parts.local, nt_dir / f"{month}.local.ttl")
    if ttl_path is not None:
        # the month's file: its merged subjects, then its page-local Turtle as written above
        # (each triple serialised once)
        nt_to_turtle(parts.merged, nt_dir / f"{month}.merged.ttl")
        concat_turtle([nt_dir / f"{month}.merged.ttl", nt_dir / f"{month}.local.ttl"], ttl_path)
    n_local = parts.n_local
    del parts
    give_back_memory()
    return {"local": n_local, "offsets": offsets, "digests": digests}


def merge_bucket(task: tuple) -> int:
    """One bucket of the whole graph: its runs in each month's merged file (``(path, start,
    end)``) merged (``merge_runs``) and written as Turtle. Returns the number of triples."""
    parts, ttl_path = task
    runs = []
    for path, start, end in parts:
        with open(path, "rb") as fh:
            fh.seek(start)
            runs.append(fh.read(end - start))
    run, n = merge_runs(runs)
    nt_to_turtle(run, ttl_path)
    return n


def identity_digest(identity) -> str:
    if getattr(identity, "_digest", None) is None:  # computed once per build
        identity._digest = digest(sorted([*k, v] for k, v in identity.canonical_of.items()), identity.merges)
    return identity._digest


MERGE_POOL_MIN = N_BUCKETS // 4  # fewer buckets to merge again (a page or two added) are merged here


def build_months(folder: Path, months: dict[str, list[tuple]], identity, pool=None,
                 cache: StageCache | None = None, bucket_cache: FlatCache | None = None,
                 shas: dict[str, bytes] | None = None, helper=None, meanwhile=None) -> int:
    """The graph, a month at a time: each month's records -> its merged subjects in buckets (in
    ``.nt/``), its page-local triples as Turtle, and ``months/YYYY-MM.ttl``; then, bucket by
    bucket, the months' runs are merged and written as Turtle, and ``graph.ttl`` is those
    buckets followed by each month's page-local Turtle. One month's triples are in memory per
    process. ``months``: month -> [((issue date, document), record file, the file's SHA-256 in
    hex where known, else None)].

    With caches, a month whose records (by content), identity decisions and code are unchanged
    is not built again, and a bucket whose runs in every month are unchanged is not merged
    again: their files come from the caches (``shas``: ``record_digests(months)``, where the
    caller has it). Returns the number of triples.

    With a ``helper`` (a process pool of one, idle), the months to build, too few for ``pool``,
    are built there while this process runs ``meanwhile()``."""
    nt_dir = folder / ".nt"
    nt_dir.mkdir()
    (folder / "months").mkdir()
    cache = cache or StageCache(None, "months")
    bucket_cache = bucket_cache or FlatCache(None, "buckets")
    who = identity_digest(identity) if cache.folder else ""
    if cache.folder and shas is None:
        shas = record_digests(months)
    todo, info, keys = [], {}, {}
    for month, recs in sorted(months.items()):
        paths = [path for _, path, _ in sorted(recs)]
        ttl = None if month == "undated" else folder / "months" / f"{month}.ttl"
        files = {"merged.nt": nt_dir / f"{month}.merged.nt", "local.ttl": nt_dir / f"{month}.local.ttl"}
        if ttl is not None:
            files["month.ttl"] = ttl
        if cache.folder:
            keys[month] = digest(package_digest(), who, month, b"".join(shas[doc] for (_, doc), _, _ in sorted(recs)))
            value = cache.load(keys[month])
            if value is not None and cache.fetch(keys[month], files, checked={"month.ttl"}):
                info[month] = value
                continue
        todo.append(((month, paths, nt_dir, ttl, identity), files))
    tasks = [t for t, _ in todo]
    if pool is not None and pool.worth(len(tasks)):
        # largest first, so the last task to finish is a small one
        order = sorted(range(len(tasks)), key=lambda i: -len(tasks[i][1]))
        done = dict(zip(order, pool.imap(month_graph, [tasks[i] for i in order])))
        made = [done[i] for i in range(len(tasks))]
    elif helper is not None and tasks:
        pending = helper.map_async(month_graph, tasks, chunksize=1)
        if meanwhile is not None:
            meanwhile()
        made = pending.get()
    else:
        made = [month_graph(t) for t in tasks]
    for (task, files), value in zip(todo, made):
        info[task[0]] = value
        if cache.folder:
            cache.store(keys[task[0]], files, value, checked={"month.ttl"})
    order = sorted(months)
    parts, counts, merges, bucket_keys = [], {}, [], {}
    code = package_digest()
    for k in range(N_BUCKETS):
        runs = [(m, info[m]["digests"][k]) for m in order if info[m]["digests"][k]]
        if not runs:
            continue
        ttl = nt_dir / f"graph.{k}.ttl"
        parts.append(ttl)
        if bucket_cache.folder:
            # (joined as text: JSON, as ``digest`` takes its parts, cost 0.05 s over 512 buckets)
            runs_text = ";".join(f"{m}:{d}" for m, d in runs)
            bucket_keys[k] = hashlib.sha256(f"{code}|{k}|{runs_text}".encode()).hexdigest()
            value = bucket_cache.fetch(bucket_keys[k], ttl)
            if isinstance(value, int):
                counts[k] = value  # its number of triples
                continue
        merges.append((k, ([(nt_dir / f"{m}.merged.nt", *info[m]["offsets"][k:k + 2]) for m, _ in runs], ttl)))
    jobs = [t for _, t in merges]
    if pool is not None and pool.worth(len(jobs), MERGE_POOL_MIN):
        made = pool.map(merge_bucket, jobs, chunksize=8)
    else:
        made = [merge_bucket(t) for t in jobs]
    for (k, (_, ttl)), n in zip(merges, made):
        counts[k] = n
        if bucket_cache.folder:
            bucket_cache.store(bucket_keys[k], ttl, n)
    concat_turtle(parts + [nt_dir / f"{m}.local.ttl" for m in order], folder / "graph.ttl")
    return sum(counts.values()) + sum(info[m]["local"] for m in order)


def build(corpus_dir: Path | str | Corpus = SAMPLE, progress=None, validate: bool = True, jobs: int = 0,
          dask: str | None = None, cache_dir: Path | str | None = None, out_dir: Path | str | None = None,
          helper=None) -> BuildResult:
    """Build every output of a corpus into a staging folder (beside ``out_dir`` when given);
    ``write`` then installs it. Nothing outside the staging folder changes, but for the record cache.

    ``corpus_dir`` is a folder, or a ``Corpus`` already discovered (the CLI sizes its progress bar with it).
    ``jobs``: local processes for extraction and the month graphs (0: one per core for a large corpus).
    ``helper``: a process pool of one started already (``kg.helper.start``), for a rebuild's new
    pages; stopped by the build's end, used or not."""
    folder = new_stage(Path(out_dir) if out_dir else None)
    try:
        return _build(folder, corpus_dir, progress, validate, jobs, dask, cache_dir, helper)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    finally:
        gc.unfreeze()  # what _stages froze is the cycle collector's again
        if helper is not None:  # stopped already where the build used it
            helper.terminate()
            helper.join()


def _build(folder: Path, corpus_dir, progress, validate, jobs, dask, cache_dir, helper=None) -> BuildResult:
    timings = {}
    t0 = time.perf_counter()
    corpus = corpus_dir if isinstance(corpus_dir, Corpus) else discover(Path(corpus_dir))
    corpus_dir = corpus.root
    extractor = Extractor.load()
    timings["load"] = time.perf_counter() - t0
    forced = jobs > 1
    jobs = 1 if dask else auto_jobs(jobs, len(corpus.pages))
    with ExitStack() as stack:
        pool = stack.enter_context(LazyPool(jobs, forced, helper)) if jobs > 1 else None
        return _stages(folder, corpus, corpus_dir, extractor, progress, validate, jobs, dask, cache_dir, pool,
                       timings)


def _stages(folder, corpus, corpus_dir, extractor, progress, validate, jobs, dask, cache_dir, pool,
            timings) -> BuildResult:
    t = time.perf_counter()
    cache = RecordCache(Path(cache_dir) if cache_dir else None, extractor.version)
    (folder / "extractions").mkdir()
    placed: dict[str, str] = {}
    months: dict[str, list[tuple]] = {}

    base = str(folder)

    def place(doc: str, issue: str | None, sha: str | None = None) -> str:  # where a record goes, its month
        rel = f"extractions/{os.path.splitext(os.path.basename(doc))[0]}.json"  # the page's stem
        placed[doc] = rel
        dest = os.path.join(base, rel)  # a string: a Path per record cost more than the link
        months.setdefault((issue or "undated")[:7], []).append(((issue or "", doc), dest, sha))
        return dest

    def keep(rec, data=None):  # write the record now (the cache links to it); keep its slim copy
        dest = place(rec["document"], rec.get("issue_date"))
        with open(dest, "wb") as fh:  # a new file in the staging folder, which a failed build removes
            fh.write(data or record_bytes(rec))
        return slim(rec), dest

    def keep_cached(path: Path, info):  # a cached record: linked (or copied) as it is, never parsed
        s = info["slim"]  # its strings interned (marshal keeps that), as for a fresh record
        dest = place(s["document"], s.get("issue_date"), info["sha256"])  # checked against the file's bytes
        link_or_copy(path, dest)
        return s

    # The slim records only accumulate while they are collected, and hold no reference cycles:
    # the cycle collector is paused meanwhile, and then told that they will stay (gc.freeze),
    # so that its full passes do not walk them again and again (0.3 s of a 10 MB rebuild went
    # to five such passes). ``build`` unfreezes them at its end.
    collecting = gc.isenabled()
    gc.disable()
    try:
        records, pages = extract_corpus(corpus, extractor, progress, jobs, dask, cache, keep, pool, keep_cached)
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    # a rebuild's helper (started while its few new pages were extracted) builds their month
    helper = pool.helper() if isinstance(pool, LazyPool) and pool.has_helper and not pool.started else None
    if helper is None:
        cache.save_infos()  # and let go of them; a rebuild writes them while its helper builds a month
    record_files = [placed[p["file"]] for p in pages if p["file"] in placed]  # corpus order
    timings["extract"] = time.perf_counter() - t
    t = time.perf_counter()
    decisions = load_decisions(Path(corpus_dir) / DECISIONS, corpus.problems)
    identity = resolve_identity(records, decisions)
    caches = {kind: (FlatCache if kind == "buckets" else StageCache)(Path(cache_dir) if cache_dir else None, kind)
              for kind in ("months", "buckets", "coattendance", "network", "shacl")}
    shas = record_digests(months) if cache_dir else None
    early, plan = [], {}

    def plan_network(records=records):  # which periods have a network page, which are to draw again
        periods = network_periods(records)
        keys = period_keys(periods, months, shas, identity) if shas is not None else {}
        drawn = {p for p in periods if p in keys and caches["network"].has(keys[p])}  # pages in the cache
        ckeys = count_keys(periods, shas, identity) if shas is not None else {}
        caches["coattendance"].keep(ckeys.values())  # counts not needed by this build stay for the next
        plan.update(periods=periods, keys=keys, drawn=drawn, todraw=[p for p in periods if p not in drawn],
                    ckeys=ckeys)

    def to_draw(recs) -> dict:  # the co-attendance graphs of the periods to draw
        todraw, ckeys = plan["todraw"], plan["ckeys"]
        counts = None
        if ckeys:  # the months' counts, from the cache where it has them
            wanted = ckeys if "all" in todraw else {m: ckeys[m] for m in todraw}
            counts = month_counts(recs, identity, wanted, caches["coattendance"])
        return coattendance_periods(recs, identity, set(todraw), counts)

    def few_to_draw() -> bool:  # a page or two to draw again: the helper's work, not the pool's
        return 0 < len(plan["todraw"]) < NETWORK_POOL_MIN

    def draw_ahead(records=records):  # a few pages: counted here, drawn on the helper
        if few_to_draw():
            early.append(helper.map_async(period_outputs, list(to_draw(records).items()), chunksize=1))

    # A rebuild: its helper, idle once the new pages are extracted, builds the month of the new
    # pages while this process plans and counts co-attendance, then draws the few network pages
    # to draw again (that month's, and all months') while this process merges the buckets.
    def meanwhile():
        plan_network()
        if few_to_draw():
            helper.apply_async(warm_drawing)  # after the month graph, before the drawings
        draw_ahead()
        cache.save_infos()

    n_triples = build_months(folder, months, identity, pool, caches["months"], caches["buckets"], shas,
                             helper, meanwhile if helper is not None else None) if records else 0
    if not plan:  # no month was built on the helper
        plan_network()
        if helper is not None:
            draw_ahead()
    cache.save_infos()  # (where not written yet)
    periods, keys, drawn, todraw = plan["periods"], plan["keys"], plan["drawn"], plan["todraw"]
    timings["graph"] = time.perf_counter() - t
    shacl = {"conforms": None, "violations": None, "messages": ["not validated"]}
    shacl_args = (n_triples, folder / "graph.ttl", [folder / f for f in record_files], identity)
    shacl_key = validation_key(*shacl_args) if validate and records and caches["shacl"].folder else None
    cached = caches["shacl"].load(shacl_key) if shacl_key else None
    if cached is not None:
        shacl = cached
    to_validate = validate and records and cached is None
    # with worker processes, SHACL runs on one of them while this process computes the network
    pending = pool.apply_async(validate_graph, shacl_args) if to_validate and pool is not None and pool.started else None
    if to_validate and pending is None:
        t = time.perf_counter()
        shacl = validate_graph(*shacl_args)
        timings["validate"] = time.perf_counter() - t
    t = time.perf_counter()
    nets = to_draw(records) if not early and todraw else {}
    n_records = len(records)
    # the slim records are freed before the pages are drawn, but for a rebuild, which keeps them
    # in case a cached page cannot be read after all
    held = [records] if drawn else []
    del records
    network_outputs(list(periods), nets, folder, pool, caches["network"], keys,
                    remake=lambda p: coattendance_periods(held[0], identity, only={p})[p],
                    made=dict(zip(todraw, early[0].get())) if early else None)
    timings["network"] = time.perf_counter() - t
    if pending is not None:
        t = time.perf_counter()
        shacl = pending.get()
        timings["validate (wait)"] = time.perf_counter() - t
    if shacl_key and cached is None:
        caches["shacl"].store(shacl_key, value=shacl)
    if isinstance(pool, LazyPool):
        pool.close()  # idle from here on: 0.65 GB at 100 MB, and the report is written next
    shutil.rmtree(folder / ".nt", ignore_errors=True)
    for c in caches.values():
        c.prune()  # what this build did not use belongs to pages or code that are gone
    month_names = sorted(m for m in months if m != "undated")
    report = {
        "corpus": str(corpus_dir),
        "extractor_version": extractor.version,
        "pages": pages,
        "totals": {"pages": len(pages), "built": n_records, "skipped": sum(p["status"] != "ok" for p in pages),
                   "triples": n_triples, "months": month_names,
                   **{k: sum(p.get("counts", {}).get(k, 0) for p in pages)
                      for k in ("persons", "posts", "events", "campaigns", "promotes")}},
        "problems": [p.as_dict() for p in corpus.problems],
        "identity": identity.merges,
        "shacl": shacl,
        "timings": {k: round(v, 3) for k, v in timings.items()},
        "cache": {"folder": str(cache_dir) if cache_dir else None, "hits": cache.hits,
                  **{f"{kind} hits": c.hits for kind, c in caches.items()},
                  "extracted": sum(1 for p in pages if p["status"] in ("ok", "failed") and not p.get("cached"))},
    }
    (folder / "report.json").write_bytes(orjson.dumps(report, option=JSON_OUT))
    return BuildResult(folder, record_files, report)


def write(res: BuildResult, out_dir: Path | str) -> None:
    """Install a build as ``out_dir`` in one atomic swap. The first write moves the staging folder;
    writing the same result again elsewhere copies it."""
    out_dir = Path(out_dir).absolute()
    if res.staged:
        install(res.folder, out_dir)
        res._cleanup.detach()
        res.folder, res.staged = out_dir, False
    else:
        install(res.folder, out_dir, keep_stage=True)
