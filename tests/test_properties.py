"""Property tests: the cleaner, the date resolver and the extractor on arbitrary text."""
import datetime as dt

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.clean import clean_text
from kg.dates import find_dates

# Page-like text: Chinese characters, the punctuation and digits of the papers, line breaks,
# spaces, plus anything at all now and then.
VOCAB = list("县委书记长副主持召开会议出席讲话指出强调参加本报讯记者月日上午下午“”《》（）、，。；：")
CJK_TEXT = st.lists(st.one_of(st.sampled_from(VOCAB + ["\n", "\n\n", " ", "9", "1", "0", "#"]),
                              st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),
                              st.characters()), max_size=300).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=300), CJK_TEXT)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(ANY_TEXT)
@example("0\x0c#县\x0c\x0c县")  # a heading line run into a block's text (found by hypothesis, session 24)
def test_cleaning_never_crashes_and_is_idempotent(text):
    once = clean_text(text)
    assert clean_text(once) == once


@SETTINGS
@given(ANY_TEXT, st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)))
def test_date_resolver_never_crashes(text, issue):
    for d in find_dates(text, issue):
        assert text[d.start:d.end]
        assert d.date <= issue + dt.timedelta(days=7) or "年" in text[d.start:d.end]


@SETTINGS
@given(ANY_TEXT)
@example("\ud800县委书记")  # a lone surrogate: OpenCC, which must encode the page as UTF-8, raised
@example("縣委書記\udfff主持召開會議")  # and in a traditional page, whose evidence is restored
def test_extractor_never_crashes_and_evidence_points_at_its_quote(extractor, text):
    from conftest import meta

    rec = extractor.extract(text, meta())
    clean = clean_text(text)
    rows = [p.get("evidence") for p in rec["posts"]] + [p.get("evidence") for p in rec["promotes"]]
    rows += [x.get("evidence") for e in rec["events"] for x in e["participants"]]
    for ev in rows:
        assert clean[ev["sentence_start"]:ev["sentence_start"] + len(ev["quote"])] == ev["quote"]
        assert ev["sentence_start"] <= ev["start"] <= ev["end"] <= len(clean)


def test_cleaning_real_pages_is_idempotent():
    from pathlib import Path

    root = Path(__file__).resolve().parent
    pages = sorted((root.parent / "corpus" / "sample").glob("*.txt")) + sorted((root / "fixtures").glob("*.txt"))
    for page in pages:
        once = clean_text(page.read_text(encoding="utf-8"))
        assert clean_text(once) == once, page.name
