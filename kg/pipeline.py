"""The main job: corpus folder -> extraction records, graph, month graphs, network, report.

Every stage is a plain function. ``build`` streams: each page's record is written
as soon as it is extracted, and only a slim copy (who, which post, which event)
stays in memory for identity and the network; the graph is built a month at a
time into sorted N-Triples files that are merged on disk. Everything goes into a
staging folder that ``write`` swaps into place in one step, so an interrupted
build leaves the previous output whole.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import shutil
import sys
import time
import traceback
import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import Corpus, Problem, discover, read_page
from .extract import Extractor, PageMeta
from .identity import DECISIONS, load_decisions
from .identity import resolve as resolve_identity
from .io import install, new_stage
from .network import CSV_FIELDS, centrality_rows, coattendance_periods
from .rdf import GraphBuilder, build_graph, merge_nt, nt_to_turtle, write_nt
from .validate import validate as shacl_validate
from .viz import render_page

SAMPLE = Path(__file__).resolve().parent.parent / "corpus" / "sample"


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


_WORKER: list = []


def extract_payload(payload: tuple[str, dict]) -> dict:
    """Extract one page in any process (a pool worker, a Dask worker): ``(text, meta)`` -> record
    or ``{"__failed__": traceback}``. The extractor is loaded once per process."""
    if not _WORKER:
        _WORKER.append(Extractor.load())
    text, meta = payload
    issue = meta.get("issue_date")
    try:
        return _WORKER[0].extract(text, PageMeta(meta["document"], dt.date.fromisoformat(issue) if issue else None,
                                                 meta["home"], meta.get("parent"), meta.get("province"),
                                                 meta.get("paper")))
    except Exception:  # noqa: BLE001 - reported per page, never fatal
        return {"__failed__": traceback.format_exc()}


DASK_BATCH = 512  # payloads in flight on a Dask cluster at once (bounds the records held)


def run_payloads(payloads: list[tuple[str, dict]], jobs: int = 1, dask: str | None = None):
    """Records for payloads, in order, as they come: serially, on ``jobs`` local processes, or on
    a Dask cluster."""
    if not payloads:
        return
    if dask:
        from dask.distributed import Client

        with Client(dask) as client:
            for i in range(0, len(payloads), DASK_BATCH):
                yield from client.gather(client.map(extract_payload, payloads[i:i + DASK_BATCH], pure=False))
        return
    if jobs > 1:
        import multiprocessing as mp

        with mp.get_context("spawn").Pool(jobs) as pool:
            yield from pool.imap(extract_payload, payloads, chunksize=max(1, min(64, len(payloads) // (jobs * 8))))
        return
    for p in payloads:
        yield extract_payload(p)


class RecordCache:
    """Extraction records cached by page checksum, page metadata and extractor version."""

    def __init__(self, folder: Path | None, version: str):
        self.folder = Path(folder) if folder else None
        self.version = version
        self.hits = 0

    def key(self, sha: str, meta: dict) -> str:
        blob = json.dumps([sha, meta, self.version], ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def has(self, key: str) -> bool:
        return self.folder is not None and (self.folder / f"{key}.json").exists()

    def get(self, key: str) -> dict | None:
        if self.folder is None:
            return None
        path = self.folder / f"{key}.json"
        if path.exists():
            try:
                rec = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                return None
            self.hits += 1
            return rec
        return None

    def put(self, key: str, rec: dict) -> None:
        if self.folder is not None:
            from .io import atomic_write

            atomic_write(self.folder / f"{key}.json", json.dumps(rec, ensure_ascii=False))


def extract_corpus(corpus: Corpus, extractor: Extractor, progress=None, jobs: int = 1, dask: str | None = None,
                   cache: RecordCache | None = None, keep=None) -> tuple[list, list[dict]]:
    """One record per readable page; a page that fails is reported with its traceback, never fatal.

    Records are handed to ``keep`` in corpus order as they are made, and what it returns is
    collected (by default the record itself); a build keeps only a slim copy."""
    cache = cache or RecordCache(None, extractor.version)
    keep = keep or (lambda rec: rec)
    pages, todo, slots = [], [], []
    seen_sha: dict[str, str] = {}
    for src in corpus.pages:
        entry = {"file": src.file, "status": "ok"}
        pages.append(entry)
        got = read_page(src, corpus.problems)
        if got is None:
            entry["status"] = "skipped"
            continue
        text, prov = got
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
        if not hit:
            todo.append((text, meta))
    if not _WORKER:
        _WORKER.append(extractor)  # serial runs reuse the build's extractor
    t0 = time.perf_counter()
    fresh = run_payloads(todo, jobs, dask)
    kept = []
    for entry, prov, key, hit, src, meta in slots:
        rec = cache.get(key) if hit else None
        if rec is None:
            if hit:  # an unreadable cache file: extract the page again
                rec = extract_payload((read_page(src, [])[0], meta))
            else:
                rec = next(fresh)
            if "__failed__" in rec:
                entry["status"] = "failed"
                entry["traceback"] = rec["__failed__"]
                corpus.problems.append(Problem(entry["file"], "extractor failed; see traceback in report",
                                               level="error"))
                continue
            cache.put(key, rec)
        else:
            entry["cached"] = True
        rec["source"] = prov
        entry["counts"] = {k: len(rec[k]) for k in ("persons", "journalists", "posts", "events", "campaigns",
                                                    "promotes")}
        if not any(a.get("body_chars") for a in rec["articles"]):
            corpus.problems.append(Problem(entry["file"], "no article found on the page (no body text)"))
        kept.append(keep(rec))
        if progress:
            progress(entry["file"])
    per_page = (time.perf_counter() - t0) / max(1, len(todo))
    for entry in pages:
        entry["seconds"] = 0.0 if entry.get("cached") or entry["status"] != "ok" else round(per_page, 4)
    return kept, pages


def centrality_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def network_pages(nets: dict) -> dict[str, str]:
    """One page per period (``nets``: "all" and each month -> co-attendance graph), linked by a selector."""
    months = [m for m in nets if m != "all"]
    periods = [("all", "network.html")] + [(m, f"network/{m}.html") for m in months]
    files = {"network.html": render_page(nets["all"], "Co-attendance network: all months", periods, "all")}
    for m in months:
        sub = [(label, "../" + href if not href.startswith("network/") else href.split("/", 1)[1])
               for label, href in periods]
        files[f"network/{m}.html"] = render_page(nets[m], f"Co-attendance network: {m}", sub, m)
    return files


VALIDATE_MAX_TRIPLES = 30_000  # pyshacl takes ~8 s per 100k triples here; above this, a sample is validated


def validate_graph(n_triples: int, graph_nt: Path, record_paths: list[Path], identity) -> dict:
    """SHACL-validate the graph, or (for a large graph) the graph of a deterministic sample of pages:
    the first pages by name, as many as make about VALIDATE_MAX_TRIPLES triples."""
    from rdflib import Graph

    if n_triples <= VALIDATE_MAX_TRIPLES:
        return {**shacl_validate(Graph().parse(graph_nt, format="nt")), "pages_validated": len(record_paths)}
    k = max(1, len(record_paths) * VALIDATE_MAX_TRIPLES // n_triples)
    sample = sorted((_load(p) for p in record_paths), key=lambda r: r["document"])[:k] if k < 200 else None
    if sample is None:  # many pages: pick by name first, read only those
        sample = [_load(p) for p in sorted(record_paths, key=lambda p: p.name)]
        sample = sorted(sample, key=lambda r: r["document"])[:k]
    return {**shacl_validate(build_graph(sample, identity).to_rdflib()), "pages_validated": k}


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


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


def record_json(rec: dict) -> str:
    return json.dumps(rec, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def build_months(folder: Path, months: dict[str, list[tuple]], identity) -> int:
    """The graph, a month at a time: each month's records -> its sorted N-Triples (kept in
    ``.nt/``) and ``months/YYYY-MM.ttl``; then the months are merged on disk into ``graph.ttl``.
    At most one month's triples are in memory. Returns the number of triples in the whole graph."""
    nt_dir = folder / ".nt"
    nt_dir.mkdir()
    (folder / "months").mkdir()
    parts = []
    for month, recs in sorted(months.items()):
        b = GraphBuilder(identity=identity)
        for _, path in sorted(recs):
            b.add(_load(path))
        lines = b.graph().sorted()
        del b
        part = nt_dir / f"{month}.nt"
        write_nt(lines, part)
        parts.append(part)
        if month != "undated":
            nt_to_turtle(part, folder / "months" / f"{month}.ttl")
        del lines
    n = merge_nt(parts, nt_dir / "graph.nt")
    nt_to_turtle(nt_dir / "graph.nt", folder / "graph.ttl")
    return n


def build(corpus_dir: Path | str | Corpus = SAMPLE, progress=None, validate: bool = True, jobs: int = 1,
          dask: str | None = None, cache_dir: Path | str | None = None, out_dir: Path | str | None = None) -> BuildResult:
    """Build every output of a corpus into a staging folder (beside ``out_dir`` when given);
    ``write`` then installs it. Nothing outside the staging folder changes, but for the record cache.

    ``corpus_dir`` is a folder, or a ``Corpus`` already discovered (the CLI sizes its progress bar with it)."""
    folder = new_stage(Path(out_dir) if out_dir else None)
    try:
        return _build(folder, corpus_dir, progress, validate, jobs, dask, cache_dir)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _build(folder: Path, corpus_dir, progress, validate, jobs, dask, cache_dir) -> BuildResult:
    timings = {}
    t0 = time.perf_counter()
    corpus = corpus_dir if isinstance(corpus_dir, Corpus) else discover(Path(corpus_dir))
    corpus_dir = corpus.root
    extractor = Extractor.load()
    timings["load"] = time.perf_counter() - t0
    t = time.perf_counter()
    cache = RecordCache(Path(cache_dir) if cache_dir else None, extractor.version)
    (folder / "extractions").mkdir()
    record_files: list[str] = []
    months: dict[str, list[tuple]] = {}

    def keep(rec):  # write the record now; keep its slim copy and where it lies
        rel = f"extractions/{Path(rec['document']).stem}.json"
        (folder / rel).write_text(record_json(rec), encoding="utf-8")
        record_files.append(rel)
        months.setdefault((rec.get("issue_date") or "undated")[:7], []).append(
            ((rec.get("issue_date") or "", rec["document"]), folder / rel))
        return slim(rec)

    records, pages = extract_corpus(corpus, extractor, progress, jobs, dask, cache, keep)
    timings["extract"] = time.perf_counter() - t
    t = time.perf_counter()
    decisions = load_decisions(Path(corpus_dir) / DECISIONS, corpus.problems)
    identity = resolve_identity(records, decisions)
    n_triples = build_months(folder, months, identity) if records else 0
    timings["graph"] = time.perf_counter() - t
    shacl = {"conforms": None, "violations": None, "messages": ["not validated"]}
    if validate and records:
        t = time.perf_counter()
        shacl = validate_graph(n_triples, folder / ".nt" / "graph.nt",
                               [folder / f for f in record_files], identity)
        timings["validate"] = time.perf_counter() - t
    shutil.rmtree(folder / ".nt", ignore_errors=True)
    t = time.perf_counter()
    nets = coattendance_periods(records, identity)
    (folder / "centrality.csv").write_text(
        centrality_csv([row for period, g in nets.items() for row in centrality_rows(g, period)]), encoding="utf-8")
    for rel, html in network_pages(nets).items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(html, encoding="utf-8")
    timings["network"] = time.perf_counter() - t
    month_names = sorted(m for m in months if m != "undated")
    report = {
        "corpus": str(corpus_dir),
        "extractor_version": extractor.version,
        "pages": pages,
        "totals": {"pages": len(pages), "built": len(records), "skipped": sum(p["status"] != "ok" for p in pages),
                   "triples": n_triples, "months": month_names,
                   **{k: sum(p.get("counts", {}).get(k, 0) for p in pages)
                      for k in ("persons", "posts", "events", "campaigns", "promotes")}},
        "problems": [p.as_dict() for p in corpus.problems],
        "identity": identity.merges,
        "shacl": shacl,
        "timings": {k: round(v, 3) for k, v in timings.items()},
        "cache": {"folder": str(cache_dir) if cache_dir else None, "hits": cache.hits,
                  "extracted": sum(1 for p in pages if p["status"] in ("ok", "failed") and not p.get("cached"))},
    }
    (folder / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                        encoding="utf-8")
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
