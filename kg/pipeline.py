"""The main job: corpus folder -> extraction records, graph, month graphs, network, report.

Every stage is a plain function; ``build`` computes everything in memory and
writes last, into a temp folder swapped into place, so an interrupted build
leaves the previous output whole.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import Corpus, Problem, discover, read_page
from .extract import Extractor, PageMeta
from .identity import DECISIONS, load_decisions
from .identity import resolve as resolve_identity
from .io import write_tree
from .network import CSV_FIELDS, centrality_rows, coattendance, months_of
from .rdf import GraphBuilder, build_graph, merge, to_turtle
from .validate import validate as shacl_validate
from .viz import render_page

SAMPLE = Path(__file__).resolve().parent.parent / "corpus" / "sample"


@dataclass
class BuildResult:
    records: list[dict] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)
    report: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return bool(self.records)

    @property
    def skipped(self) -> int:
        return sum(1 for p in self.report.get("pages", []) if p["status"] != "ok")


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


def run_payloads(payloads: list[tuple[str, dict]], jobs: int = 1, dask: str | None = None) -> list[dict]:
    """Records for payloads, in order: serially, on ``jobs`` local processes, or on a Dask cluster."""
    if not payloads:
        return []
    if dask:
        from dask.distributed import Client

        with Client(dask) as client:
            return client.gather(client.map(extract_payload, payloads, pure=False))
    if jobs > 1:
        import multiprocessing as mp

        with mp.get_context("spawn").Pool(jobs) as pool:
            return pool.map(extract_payload, payloads, chunksize=max(1, len(payloads) // (jobs * 8)))
    return [extract_payload(p) for p in payloads]


class RecordCache:
    """Extraction records cached by page checksum, page metadata and extractor version."""

    def __init__(self, folder: Path | None, version: str):
        self.folder = Path(folder) if folder else None
        self.version = version
        self.hits = 0

    def key(self, sha: str, meta: dict) -> str:
        blob = json.dumps([sha, meta, self.version], ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

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
                   cache: RecordCache | None = None) -> tuple[list[dict], list[dict]]:
    """One record per readable page; a page that fails is reported with its traceback, never fatal."""
    cache = cache or RecordCache(None, extractor.version)
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
        slots.append((entry, prov, key, cache.get(key)))
        if slots[-1][3] is None:
            todo.append((text, meta))
    if not _WORKER:
        _WORKER.append(extractor)  # serial runs reuse the build's extractor
    t0 = time.perf_counter()
    fresh = iter(run_payloads(todo, jobs, dask))
    records = []
    for entry, prov, key, rec in slots:
        if rec is None:
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
        records.append(rec)
        entry["counts"] = {k: len(rec[k]) for k in ("persons", "journalists", "posts", "events", "campaigns",
                                                    "promotes")}
        if not any(a.get("body_chars") for a in rec["articles"]):
            corpus.problems.append(Problem(entry["file"], "no article found on the page (no body text)"))
        if progress:
            progress(entry["file"])
    per_page = (time.perf_counter() - t0) / max(1, len(todo))
    for entry in pages:
        entry["seconds"] = 0.0 if entry.get("cached") or entry["status"] != "ok" else round(per_page, 4)
    return records, pages


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


def validate_graph(graph, records: list[dict], identity) -> dict:
    """SHACL-validate the graph, or (for a large graph) the graph of a deterministic sample of pages:
    the first pages by name, as many as make about VALIDATE_MAX_TRIPLES triples."""
    n = len(graph)
    if n <= VALIDATE_MAX_TRIPLES:
        return {**shacl_validate(graph.to_rdflib()), "pages_validated": len(records)}
    k = max(1, len(records) * VALIDATE_MAX_TRIPLES // n)
    sample = sorted(records, key=lambda r: r["document"])[:k]
    return {**shacl_validate(build_graph(sample, identity).to_rdflib()), "pages_validated": k}


def build(corpus_dir: Path | str | Corpus = SAMPLE, progress=None, validate: bool = True, jobs: int = 1,
          dask: str | None = None, cache_dir: Path | str | None = None) -> BuildResult:
    """Compute every output of a build (nothing is written here, but for the record cache).

    ``corpus_dir`` is a folder, or a ``Corpus`` already discovered (the CLI sizes its progress bar with it)."""
    timings = {}
    t0 = time.perf_counter()
    corpus = corpus_dir if isinstance(corpus_dir, Corpus) else discover(Path(corpus_dir))
    corpus_dir = corpus.root
    extractor = Extractor.load()
    timings["load"] = time.perf_counter() - t0
    t = time.perf_counter()
    cache = RecordCache(Path(cache_dir) if cache_dir else None, extractor.version)
    records, pages = extract_corpus(corpus, extractor, progress, jobs, dask, cache)
    timings["extract"] = time.perf_counter() - t
    res = BuildResult(records=records)
    files = res.files
    for rec in records:
        files[f"extractions/{Path(rec['document']).stem}.json"] = json.dumps(rec, ensure_ascii=False, indent=1,
                                                                              sort_keys=True) + "\n"
    t = time.perf_counter()
    decisions = load_decisions(Path(corpus_dir) / DECISIONS, corpus.problems)
    identity = resolve_identity(records, decisions)
    # each page goes once into its month's builder; the whole graph is their union
    by_month: dict[str, list[dict]] = {}
    for rec in records:
        by_month.setdefault((rec.get("issue_date") or "undated")[:7], []).append(rec)
    builders = {}
    for month, recs in sorted(by_month.items()):
        b = GraphBuilder(identity=identity)
        for rec in sorted(recs, key=lambda r: (r.get("issue_date") or "", r["document"])):
            b.add(rec)
        builders[month] = b
    graph = merge(list(builders.values()), identity).graph()
    files["graph.ttl"] = to_turtle(graph)
    for month, b in builders.items():
        if month != "undated":
            files[f"months/{month}.ttl"] = to_turtle(b.graph())
    timings["graph"] = time.perf_counter() - t
    shacl = {"conforms": None, "violations": None, "messages": ["not validated"]}
    if validate:
        t = time.perf_counter()
        shacl = validate_graph(graph, records, identity)
        timings["validate"] = time.perf_counter() - t
    t = time.perf_counter()
    nets = {"all": coattendance(records, identity=identity)}
    nets.update((m, coattendance(records, m, identity)) for m in months_of(records))
    files["centrality.csv"] = centrality_csv([row for period, g in nets.items() for row in centrality_rows(g, period)])
    files.update(network_pages(nets))
    timings["network"] = time.perf_counter() - t
    res.report = {
        "corpus": str(corpus_dir),
        "extractor_version": extractor.version,
        "pages": pages,
        "totals": {"pages": len(pages), "built": len(records), "skipped": sum(p["status"] != "ok" for p in pages),
                   "triples": len(graph), "months": sorted(m for m in by_month if m != "undated"),
                   **{k: sum(len(r[k]) for r in records) for k in ("persons", "posts", "events", "campaigns",
                                                                   "promotes")}},
        "problems": [p.as_dict() for p in corpus.problems],
        "identity": identity.merges,
        "shacl": shacl,
        "timings": {k: round(v, 3) for k, v in timings.items()},
        "cache": {"folder": str(cache_dir) if cache_dir else None, "hits": cache.hits,
                  "extracted": sum(1 for p in pages if p["status"] in ("ok", "failed") and not p.get("cached"))},
    }
    files["report.json"] = json.dumps(res.report, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    return res


def write(res: BuildResult, out_dir: Path | str) -> None:
    write_tree(Path(out_dir), res.files)
