"""Scale paths on small corpora: parallel equals serial, the record cache, Dask."""
import datetime as dt
import json
import shutil
import sys
from pathlib import Path

import pytest

from kg.pipeline import RecordCache, build

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    from gen_corpus import generate

    d = tmp_path_factory.mktemp("gen") / "c"
    generate(d, 0.1, seed=3, start=dt.date(2021, 1, 30))  # two issues: January and February
    return d


def test_parallel_output_is_byte_identical(small_corpus):
    serial = build(small_corpus, validate=False)
    parallel = build(small_corpus, validate=False, jobs=2)
    assert len(serial.records) > 40 and len(serial.report["totals"]["months"]) == 2
    same_outputs(parallel, serial)


def same_outputs(a, b):
    assert set(a.files) == set(b.files)
    for name in a.files:
        if name != "report.json":
            assert a.files[name] == b.files[name], name


def test_cache_hits_and_invalidation(small_corpus, tmp_path, monkeypatch):
    corpus = tmp_path / "c"
    shutil.copytree(small_corpus, corpus)
    cache = tmp_path / "cache"
    first = build(corpus, validate=False, cache_dir=cache)
    n = len(first.records)
    assert first.report["cache"] == {"folder": str(cache), "hits": 0, "extracted": n, "months hits": 0,
                                     "buckets hits": 0, "coattendance hits": 0, "network hits": 0, "shacl hits": 0}
    # add one page: only it is extracted
    extra = corpus / "extra-2021-12-30.txt"
    extra.write_text((ROOT / "corpus/sample/kaihua-2021-09-19.txt").read_text(encoding="utf-8"), encoding="utf-8")
    second = build(corpus, validate=False, cache_dir=cache)
    assert second.report["cache"]["hits"] == n and second.report["cache"]["extracted"] == 1
    assert second.files["graph.ttl"] != first.files["graph.ttl"]
    # the months it did not touch come from the cache, as do the buckets of merged subjects
    # that its subjects do not fall in; the outputs are those of a clean build
    assert second.report["cache"]["months hits"] == 2
    # the new page brings new months: the old months' network pages are drawn again from the
    # cache, with the longer period menu
    assert len(second.report["totals"]["months"]) > 2 and second.report["cache"]["network hits"] == 2
    buckets = len(list((cache / "buckets").iterdir()))
    assert 0 < second.report["cache"]["buckets hits"] < buckets
    same_outputs(second, build(corpus, validate=False))
    # a changed page is extracted again
    page = sorted(p for p in corpus.glob("*.txt") if p != extra)[0]
    page.write_text(page.read_text(encoding="utf-8") + "\n\n县委书记柯立安出席。", encoding="utf-8")
    third = build(corpus, validate=False, cache_dir=cache)
    assert third.report["cache"]["extracted"] == 1 and third.report["cache"]["months hits"] == 2
    same_outputs(third, build(corpus, validate=False))
    # a changed extractor invalidates every record
    import kg.extract.core as core

    monkeypatch.setattr(core, "EXTRACTOR_VERSION", core.EXTRACTOR_VERSION + "-changed")
    again = build(corpus, validate=False, cache_dir=cache)
    assert again.report["cache"]["hits"] == 0
    assert again.files["graph.ttl"] == build(corpus, validate=False).files["graph.ttl"]


def test_a_page_added_to_a_month_rebuilds_that_month_only(small_corpus, tmp_path):
    """One more page in the second month: the first month's graph and network page come from the
    cache, the outputs are byte-identical to a clean build's, and unused entries are pruned."""
    corpus = tmp_path / "c"
    shutil.copytree(small_corpus, corpus)
    cache = tmp_path / "cache"
    first = build(corpus, validate=False, cache_dir=cache)
    months = first.report["totals"]["months"]
    rows = (corpus / "manifest.csv").read_text(encoding="utf-8").splitlines()
    last = [r for r in rows[1:] if months[-1] in r.split(",")[2]][-1]
    name = last.split(",")[0]
    new = "zz-" + name  # sorts last: the posts the network nodes list keep their order
    (corpus / new).write_text((corpus / name).read_text(encoding="utf-8") + "\n（本版编辑：增补）\n", encoding="utf-8")
    (corpus / "manifest.csv").write_text("\n".join(rows + [last.replace(name, new, 1)]) + "\n", encoding="utf-8")
    entries = {k: len(list((cache / k).iterdir())) for k in ("months", "network")}
    second = build(corpus, validate=False, cache_dir=cache)
    assert second.report["cache"]["extracted"] == 1 and second.report["cache"]["months hits"] == len(months) - 1
    assert second.report["cache"]["network hits"] >= 1
    # co-attendance is counted again in the months of the new page's events alone; the other
    # months' counts come from the cache and are summed for "all months"
    def event_months(records):
        return {e["date"][:7] for r in records for e in r["events"] if e.get("date")}
    touched = event_months(r for r in second.records if r["document"] == new)
    assert touched and second.report["cache"]["coattendance hits"] == len(event_months(first.records) - touched)
    same_outputs(second, build(corpus, validate=False))
    # the second month's old entries and the old "all" network are gone; as many entries as before
    assert {k: len(list((cache / k).iterdir())) for k in ("months", "network")} == entries


def test_dask_cluster_gives_the_same_records(small_corpus):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        res = build(small_corpus, validate=False, dask=cluster.scheduler_address)
    serial = build(small_corpus, validate=False)
    assert res.files["graph.ttl"] == serial.files["graph.ttl"]
    assert [json.loads(res.files[k]) for k in sorted(res.files) if k.startswith("extractions/")] == \
        [json.loads(serial.files[k]) for k in sorted(serial.files) if k.startswith("extractions/")]


def test_an_altered_cache_entry_is_extracted_again(tmp_path):
    """A cached record whose bytes no longer match its checksum is not copied into the outputs."""
    from kg.pipeline import SAMPLE

    cache = tmp_path / "cache"
    clean = build(SAMPLE, validate=False, cache_dir=cache)
    victim = max(cache.glob("*[0-9a-f].json"), key=lambda p: p.stat().st_size)
    victim.write_bytes(victim.read_bytes().replace(b'"persons":', b'"persons":  ', 1))  # still valid JSON
    again = build(SAMPLE, validate=False, cache_dir=cache)
    assert again.report["cache"]["extracted"] == 1 and again.report["cache"]["hits"] == len(clean.records) - 1
    # (not against ``clean``: its records are hard links to the cache files, one of them just altered)
    same_outputs(again, build(SAMPLE, validate=False))


def test_an_incomplete_month_entry_is_rebuilt_and_replaced(tmp_path):
    from kg.pipeline import SAMPLE

    cache = tmp_path / "cache"
    clean = build(SAMPLE, validate=False, cache_dir=cache)
    entry = sorted((cache / "months").iterdir())[0]
    (entry / "local.ttl").unlink()
    again = build(SAMPLE, validate=False, cache_dir=cache)
    assert again.report["cache"]["months hits"] == len(list((cache / "months").iterdir())) - 1
    assert (entry / "local.ttl").is_file()  # stored whole again
    same_outputs(again, clean)


def test_a_small_rebuild_starts_one_helper_not_the_pool(small_corpus, tmp_path, monkeypatch):
    """With one page added, the month and the buckets are redone in the build's own process
    (starting the pool's workers would cost more than the work); the new page is extracted by
    one helper process while the cached records are placed, and the helper then draws the
    network pages to draw again while the graph is built."""
    import kg.pipeline as pipeline

    corpus = tmp_path / "c"
    shutil.copytree(small_corpus, corpus)
    cache = tmp_path / "cache"
    monkeypatch.setattr(pipeline, "AUTO_JOBS_MIN_PAGES", 10)  # the small corpus counts as large
    started = []
    real_pool = pipeline.process_pool
    monkeypatch.setattr(pipeline, "process_pool", lambda jobs: started.append(jobs) or real_pool(jobs))
    first = build(corpus, validate=False, cache_dir=cache)
    assert started == [pipeline.auto_jobs(0, 50)] and pipeline.auto_jobs(0, 50) > 1
    rows = (corpus / "manifest.csv").read_text(encoding="utf-8").splitlines()
    name = rows[-1].split(",")[0]
    new = name.replace(".txt", "-2.txt")
    (corpus / new).write_text((corpus / name).read_text(encoding="utf-8") + "\n（本版编辑：增补）\n", encoding="utf-8")
    (corpus / "manifest.csv").write_text("\n".join(rows + [rows[-1].replace(name, new, 1)]) + "\n", encoding="utf-8")
    started.clear()
    import kg.network

    drawn_here, counted = [], []
    real_draw, real_count = kg.network.centrality_rows, pipeline.coattendance_periods
    monkeypatch.setattr(kg.network, "centrality_rows", lambda g, p: drawn_here.append(p) or real_draw(g, p))
    monkeypatch.setattr(pipeline, "coattendance_periods", lambda records, identity=None, only=None, counts=None:
                        counted.append(only) or real_count(records, identity, only, counts))
    second = build(corpus, validate=False, cache_dir=cache)
    assert started == [1] and second.report["cache"]["extracted"] == 1
    # the helper, once the new page is extracted, draws the two network pages to draw again
    # (its month's and all months'), from the graphs this process counted once
    assert drawn_here == [] and counted == [{"all", first.report["totals"]["months"][-1]}]
    # nothing new: the helper, started before that was known, is stopped unused
    started.clear()
    third = build(corpus, validate=False, cache_dir=cache)
    assert started == [1] and third.report["cache"]["extracted"] == 0 and counted[1:] == []
    assert len(second.records) == len(first.records) + 1
    same_outputs(second, build(corpus, validate=False))


def test_a_helper_started_early_serves_the_rebuild_and_is_stopped(small_corpus, tmp_path, monkeypatch):
    """``kg.helper.start`` (what the CLI calls before importing the stages) starts a helper only
    for a rebuild on worker processes; the build takes it as its helper instead of starting one,
    and stops it by its end."""
    import kg.helper
    import kg.pipeline as pipeline

    corpus = tmp_path / "c"
    shutil.copytree(small_corpus, corpus)
    cache = tmp_path / "cache"
    assert kg.helper.start(cache) is None  # no cache yet
    build(corpus, validate=False, cache_dir=cache)
    assert kg.helper.start(cache) is None  # a cache, but of a small corpus
    monkeypatch.setattr(kg.helper, "AUTO_JOBS_MIN_PAGES", 10)
    monkeypatch.setattr(pipeline, "AUTO_JOBS_MIN_PAGES", 10)
    assert kg.helper.start(cache, jobs=1) is None and kg.helper.start(cache, dask="tcp://x:1") is None
    rows = (corpus / "manifest.csv").read_text(encoding="utf-8").splitlines()
    name = rows[-1].split(",")[0]
    new = name.replace(".txt", "-2.txt")
    (corpus / new).write_text((corpus / name).read_text(encoding="utf-8") + "\n（本版编辑：增补）\n", encoding="utf-8")
    (corpus / "manifest.csv").write_text("\n".join(rows + [rows[-1].replace(name, new, 1)]) + "\n", encoding="utf-8")
    early = kg.helper.start(cache)
    assert early is not None
    started = []
    real_pool = pipeline.process_pool
    monkeypatch.setattr(pipeline, "process_pool", lambda jobs: started.append(jobs) or real_pool(jobs))
    again = build(corpus, validate=False, cache_dir=cache, helper=early)
    assert started == [] and again.report["cache"]["extracted"] == 1
    assert early._state == "TERMINATE"
    same_outputs(again, build(corpus, validate=False))


def test_validation_results_are_cached_by_what_was_validated(tmp_path):
    from kg.pipeline import SAMPLE

    corpus = tmp_path / "c"
    shutil.copytree(SAMPLE, corpus)
    cache = tmp_path / "cache"
    first = build(corpus, cache_dir=cache)
    again = build(corpus, cache_dir=cache)
    assert (first.report["cache"]["shacl hits"], again.report["cache"]["shacl hits"]) == (0, 1)
    assert again.report["shacl"] == first.report["shacl"] and first.report["shacl"]["conforms"] is True
    # a changed page changes the graph: validated again
    page = sorted(corpus.glob("*.txt"))[0]
    page.write_text(page.read_text(encoding="utf-8") + "\n\n县委书记柯立安出席。", encoding="utf-8")
    third = build(corpus, cache_dir=cache)
    assert third.report["cache"]["shacl hits"] == 0 and "validate" in third.report["timings"]


def test_a_month_graph_edited_in_place_is_rebuilt_not_served(tmp_path):
    """Cached month graphs are hard-linked into the output: one edited there (and so in the
    cache) is built again, and the edit reaches neither the next build nor the cache."""
    from kg.pipeline import SAMPLE

    cache = tmp_path / "cache"
    first = build(SAMPLE, validate=False, cache_dir=cache)
    month = sorted(first.folder.glob("months/*.ttl"))[0]
    with open(month, "ab") as fh:  # in place, as an editor that keeps hard links writes
        fh.write(b"<urn:x> <urn:y> <urn:z> .\n")
    again = build(SAMPLE, validate=False, cache_dir=cache)
    assert again.report["cache"]["months hits"] == len(first.report["totals"]["months"]) - 1
    assert b"urn:x" not in (again.folder / "months" / month.name).read_bytes()
    same_outputs(again, build(SAMPLE, validate=False))
    third = build(SAMPLE, validate=False, cache_dir=cache)
    assert third.report["cache"]["months hits"] == len(first.report["totals"]["months"])


def test_the_graph_merged_in_buckets_is_the_graph_built_whole(small_corpus):
    """graph.ttl (month graphs merged bucket by bucket, page-local parts appended) holds exactly
    the triples of the graph built from all records at once."""
    import pyoxigraph as ox

    from kg.identity import resolve
    from kg.pipeline import slim
    from kg.rdf import build_graph, nt_text

    res = build(small_corpus, validate=False)
    records = res.records
    assert len({r["issue_date"][:7] for r in records}) == 2  # persons and events met in both months
    whole = build_graph(records, resolve([slim(r) for r in records]))
    want = {q.triple for q in ox.parse(nt_text(whole.sorted()).encode("utf-8"), ox.RdfFormat.N_TRIPLES)}
    got = {q.triple for q in ox.parse(path=str(res.folder / "graph.ttl"), format=ox.RdfFormat.TURTLE)}
    assert got == want and res.report["totals"]["triples"] == len(want)


def _add_page(corpus: Path, name: str, text: str, like: str, issue_date: str) -> None:
    """A page under ``name`` in the manifest row of page ``like``, issued on ``issue_date``."""
    rows = (corpus / "manifest.csv").read_text(encoding="utf-8").splitlines()
    row = next(r for r in rows[1:] if r.split(",")[0] == like).split(",")
    row[0], row[2] = name, issue_date
    (corpus / name).write_text(text, encoding="utf-8")
    (corpus / "manifest.csv").write_text("\n".join(rows + [",".join(row)]) + "\n", encoding="utf-8")


def test_a_late_report_of_an_earlier_event_redraws_that_month(small_corpus, tmp_path):
    """Network pages are cached by the records they are made of: a page issued in March that
    reports January's meetings changes January's page (its events) though no page was issued
    then, and leaves February's as it was; the outputs are a clean build's."""
    corpus = tmp_path / "c"
    shutil.copytree(small_corpus, corpus)
    cache = tmp_path / "cache"
    first = build(corpus, validate=False, cache_dir=cache)
    assert first.report["totals"]["months"] == ["2021-01", "2021-02"]
    jan = next(r for r in first.records if r["issue_date"].startswith("2021-01") and r["events"])
    assert all(e["date"].startswith("2021-01") for e in jan["events"] if e.get("date"))
    _add_page(corpus, "late-2021-03-01.txt", (corpus / jan["document"]).read_text(encoding="utf-8")
              + "\n（本版编辑：增补）\n", jan["document"], "2021-03-01")
    second = build(corpus, validate=False, cache_dir=cache)
    late = next(r for r in second.records if r["document"] == "late-2021-03-01.txt")
    assert {e["date"][:7] for e in late["events"] if e.get("date")} == {"2021-01"}
    # "all" and January drawn again; February from the cache
    assert second.report["cache"]["network hits"] == 1
    same_outputs(second, build(corpus, validate=False))


def test_an_unreadable_cached_network_page_is_drawn_again(small_corpus, tmp_path):
    corpus = tmp_path / "c"
    shutil.copytree(small_corpus, corpus)
    cache = tmp_path / "cache"
    build(corpus, validate=False, cache_dir=cache)
    for value in (cache / "network").glob("*/value.json"):
        value.write_text("{", encoding="utf-8")
    again = build(corpus, validate=False, cache_dir=cache)
    assert again.report["cache"]["network hits"] == 0
    same_outputs(again, build(corpus, validate=False))
    assert build(corpus, validate=False, cache_dir=cache).report["cache"]["network hits"] == 3


def test_unreadable_cached_counts_are_counted_again(small_corpus, tmp_path):
    """Co-attendance counts kept in the cache that cannot be read (cut short) are counted again
    from the records when all months' network is drawn again, and kept anew."""
    corpus = tmp_path / "c"
    shutil.copytree(small_corpus, corpus)
    cache = tmp_path / "cache"
    build(corpus, validate=False, cache_dir=cache)
    kept = sorted((cache / "coattendance").glob("*/counts.marshal"))
    assert len(kept) >= 2
    for entry in kept:
        entry.write_bytes(entry.read_bytes()[:10])
    extra = corpus / "extra-2021-12-30.txt"
    extra.write_text((ROOT / "corpus/sample/kaihua-2021-09-19.txt").read_text(encoding="utf-8"), encoding="utf-8")
    again = build(corpus, validate=False, cache_dir=cache)
    assert again.report["cache"]["coattendance hits"] == 0
    same_outputs(again, build(corpus, validate=False))
    # nothing to draw: no counts read, but the current ones stay
    assert build(corpus, validate=False, cache_dir=cache).report["cache"]["coattendance hits"] == 0
    again = sorted((cache / "coattendance").glob("*/counts.marshal"))
    assert len(again) >= len(kept) and all(len(p.read_bytes()) > 10 for p in again)


def test_a_lost_bucket_is_merged_again(small_corpus, tmp_path):
    """The merged buckets are files in one folder, with their triple counts in one index: a
    bucket whose file is gone, or which the index lacks, is merged again, and the outputs are
    those of a clean build; entries no build uses any more are removed."""
    corpus = tmp_path / "c"
    shutil.copytree(small_corpus, corpus)
    cache = tmp_path / "cache"
    build(corpus, validate=False, cache_dir=cache)
    folder = cache / "buckets"
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    assert sorted(index) == sorted(p.name for p in folder.iterdir() if p.name != "index.json")
    first, second, *_ = sorted(index)
    (folder / first).unlink()
    (folder / "index.json").write_text(json.dumps({k: v for k, v in index.items() if k != second}), encoding="utf-8")
    (folder / ("f" * 64)).write_text("left by code that is gone", encoding="utf-8")
    again = build(corpus, validate=False, cache_dir=cache)
    assert again.report["cache"]["buckets hits"] == len(index) - 2
    same_outputs(again, build(corpus, validate=False))
    assert json.loads((folder / "index.json").read_text(encoding="utf-8")) == index
    assert sorted(p.name for p in folder.iterdir()) == sorted([*index, "index.json"])


def test_a_copied_cache_is_checked_by_content_once(tmp_path):
    """Cached records are trusted by their file's size and modification time, as taken when
    their checksum was; a cache folder copied without its times has new ones, so its records
    are hashed, served (nothing is extracted again), and their new stamps kept."""
    from kg.pipeline import SAMPLE

    cache = tmp_path / "cache"
    build(SAMPLE, validate=False, cache_dir=cache)
    copy = tmp_path / "copy"
    shutil.copytree(cache, copy, copy_function=shutil.copy)  # new modification times

    def infos():  # key -> its info, from the cache's one file of infos
        return RecordCache(copy, "")._load_infos()

    stale = infos()
    assert sorted(stale) == sorted(p.stem for p in copy.glob("*[0-9a-f].json"))
    again = build(SAMPLE, validate=False, cache_dir=copy)
    assert again.report["cache"]["extracted"] == 0 and again.report["cache"]["hits"] == len(stale)
    for key, info in infos().items():
        record = (copy / f"{key}.json").stat()
        assert info["stamp"] != stale[key]["stamp"] and info["stamp"] == [record.st_size, record.st_mtime_ns]
        assert info["sha256"] == stale[key]["sha256"]


@pytest.mark.parametrize("lost", ["deleted", "truncated", "another Python's"])
def test_lost_infos_are_made_again_from_the_records(tmp_path, lost):
    """The cache's file of infos is an index over its records: without it (or with one cut
    short, or one that another Python wrote in its own marshal format), a rebuild extracts
    nothing, makes each info again from its record (the same info), and writes the file again."""
    import marshal

    from kg.pipeline import SAMPLE

    cache = tmp_path / "cache"
    clean = build(SAMPLE, validate=False, cache_dir=cache)
    kept = RecordCache(cache, "")._load_infos()
    assert len(kept) == len(clean.records)
    infos = cache / RecordCache.INFOS
    if lost == "deleted":
        infos.unlink()
    elif lost == "truncated":
        infos.write_bytes(infos.read_bytes()[:1000])
    else:
        infos.write_bytes(marshal.dumps({"format": RecordCache.FORMAT, "python": [2, 7],
                                         "infos": {k: "not an info" for k in kept}}))
    again = build(SAMPLE, validate=False, cache_dir=cache)
    assert again.report["cache"]["extracted"] == 0 and again.report["cache"]["hits"] == len(clean.records)
    assert RecordCache(cache, "")._load_infos() == kept
    same_outputs(again, clean)


def test_many_new_pages_go_to_the_pool_not_the_helper(small_corpus, tmp_path, monkeypatch):
    """With a large cache, the helper starts before the new pages are known; when many are
    missing it is stopped and the pool extracts them."""
    import kg.pipeline as pipeline

    monkeypatch.setattr(pipeline, "AUTO_JOBS_MIN_PAGES", 10)
    corpus = tmp_path / "c"
    shutil.copytree(small_corpus, corpus)
    rows = (corpus / "manifest.csv").read_text(encoding="utf-8").splitlines()
    later = rows[1 + (len(rows) - 1) // 2:]
    assert len(later) >= 20
    held = tmp_path / "held"
    held.mkdir()
    for r in later:
        shutil.move(corpus / r.split(",")[0], held)
    (corpus / "manifest.csv").write_text("\n".join(rows[:len(rows) - len(later)]) + "\n", encoding="utf-8")
    cache = tmp_path / "cache"
    build(corpus, validate=False, cache_dir=cache)
    for f in held.iterdir():
        shutil.move(f, corpus)
    (corpus / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    started = []
    real_pool = pipeline.process_pool
    monkeypatch.setattr(pipeline, "process_pool", lambda jobs: started.append(jobs) or real_pool(jobs))
    again = build(corpus, validate=False, cache_dir=cache)
    assert started == [1, pipeline.auto_jobs(0, 50)] and again.report["cache"]["extracted"] == len(later)
    same_outputs(again, build(corpus, validate=False))


def test_unchanged_pages_are_not_read_again(tmp_path, monkeypatch):
    """What a build read in each page file is kept with the records (by the file's size and
    modification time): a rebuild reads and hashes only new or changed pages, and reports the
    same provenance, issue dates (a masthead's too) and problems as a build that read them all."""
    from kg.pipeline import SAMPLE

    corpus = tmp_path / "c"
    shutil.copytree(SAMPLE, corpus)
    # a page with no manifest row and no date in its name: its issue date is its masthead's
    text = (corpus / "kaihua-2021-09-19.txt").read_text(encoding="utf-8")
    (corpus / "undated.txt").write_text("开化报 2021年10月8日 星期五\n\n" + text + "\n县委书记柯立安出席。\n",
                                        encoding="utf-8")
    cache = tmp_path / "cache"
    first = build(corpus, validate=False, cache_dir=cache)
    reads = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self.name) or real(self))
    (corpus / "new-2021-12-30.txt").write_text(text + "\n（本版编辑：增补）\n", encoding="utf-8")
    again = build(corpus, validate=False, cache_dir=cache)
    assert [r for r in reads if r.endswith(".txt")] == ["new-2021-12-30.txt"]
    clean = build(corpus, validate=False)
    for report in (first.report, again.report):
        want = [p for p in clean.report["pages"] if p["file"] != "new-2021-12-30.txt"]
        got = [p for p in report["pages"] if p["file"] != "new-2021-12-30.txt"]
        assert [{k: p.get(k) for k in ("file", "sha256", "encoding", "bytes", "status")} for p in got] == \
            [{k: p.get(k) for k in ("file", "sha256", "encoding", "bytes", "status")} for p in want]
    assert again.report["problems"] == clean.report["problems"]
    undated = next(r for r in again.records if r["document"] == "undated.txt")
    assert undated["issue_date"] == "2021-10-08"
    same_outputs(again, clean)


def test_the_benchmark_corpus_does_not_follow_the_extractors_surnames(tmp_path, monkeypatch):
    """The generator draws names from its own frozen table (bench/surnames.txt), so a seed's corpus is
    the one bench/RESULTS.md has measured since a2d5fe2 (1 MB: 560 pages), however the extractor's
    table grows: a surname added to kg/data/surnames.txt changed every corpus before."""
    import gen_corpus
    from kg.lexicon import Lexicon, default_lexicon

    grown = Lexicon(**{**default_lexicon().__dict__, "surnames": default_lexicon().surnames | set("丒丳乹")})
    monkeypatch.setattr("kg.lexicon.default_lexicon", lambda: grown)
    assert gen_corpus.generate(tmp_path / "c", 1.0, seed=1) == 560
