import networkx as nx
import pytest

from kg.network import centrality, coattendance, exact_betweenness
from kg.viz import render_page


def rec(events, home="开化县"):
    return {"document": "x.txt", "home": home, "posts": [], "promotes": [],
            "events": [{"date": d, "participants": [{"person": p, "role": r} for p, r in ps]} for d, ps in events]}


def test_known_answer_star_and_weights():
    r = rec([("2021-01-01", [("甲", "chair"), ("乙", "attendee"), ("丙", "attendee")]),
             ("2021-01-02", [("甲", "chair"), ("乙", "speaker")]),
             ("2021-02-01", [("甲", "attendee"), ("丁", "attendee")])])
    g = coattendance([r])
    assert g["开化县/甲"]["开化县/乙"] == {"weight": 2, "chaired_with": 2, "spoke_with": 0}
    m, note = centrality(g)
    assert m["开化县/甲"]["degree"] == 3 and m["开化县/甲"]["weighted_degree"] == 4
    # of the three pairs among the others, 乙-丁 and 丙-丁 route through 甲 (乙-丙 met directly): 2/3
    assert m["开化县/甲"]["betweenness"] == pytest.approx(2 / 3)
    assert m["开化县/丙"]["betweenness"] == 0
    assert note == "betweenness exact"
    assert set(coattendance([r], "2021-02")) == {"开化县/甲", "开化县/丁"}


def test_exact_betweenness_is_networkx_brandes():
    """rustworkx's figures are networkx's own, on a graph with several components, isolated
    nodes and string keys, and the same from run to run."""
    g = nx.relabel_nodes(nx.gnm_random_graph(120, 400, seed=3), lambda v: f"县/{v:03d}")
    g.add_nodes_from(["县/孤"])
    g.add_edges_from([("县/甲", "县/乙"), ("县/乙", "县/丙")])
    want = nx.betweenness_centrality(g, normalized=True)
    got = exact_betweenness(g)
    assert got.keys() == want.keys()
    assert all(got[v] == pytest.approx(want[v], abs=1e-12) for v in g)
    assert got["县/乙"] == pytest.approx(1 / (len(g) - 1) / (len(g) - 2) * 2)
    assert exact_betweenness(g) == got


def test_page_escapes_hostile_names():
    evil = "<img src=x onerror=alert(1)>"
    g = coattendance([rec([("2021-01-01", [(evil, "chair"), ("乙", "attendee")])])])
    page = render_page(g, "t", [("all", "network.html")], "all")
    assert evil not in page
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in page
    # everything is inline: no script or stylesheet is fetched from anywhere
    assert "<script src" not in page and "<link" not in page
    assert "default-src 'none'" in page


def test_month_nodes_show_posts_and_campaigns_as_printed_by_that_month():
    """A month's network shows what the papers had printed up to that month; "all" shows everything,
    posts in the order first printed."""
    from kg.network import coattendance_periods

    def page(doc, issue, post, campaigns, event_date):
        r = rec([(event_date, [("甲", "chair"), ("乙", "attendee")])])
        r.update(document=doc, issue_date=issue, posts=[{"person": "甲", "org": "开化县", "role": post}],
                 promotes=[{"person": "甲", "campaign": c} for c in campaigns])
        return r

    nets = coattendance_periods([page("c.txt", "2021-03-02", "县委书记", ["五水共治", "五水共治"], "2021-03-01"),
                                 page("a.txt", "2021-01-05", "县长", ["五水共治"], "2021-01-04"),
                                 page("b.txt", "2021-02-03", "县长", ["数字化改革", "数字化改革"], "2021-02-02")])
    node = {p: nets[p].nodes["开化县/甲"] for p in nets}
    assert node["2021-01"]["posts"] == ["开化县县长"] and node["2021-01"]["campaigns"] == ["五水共治"]
    assert node["2021-02"]["posts"] == ["开化县县长"] and node["2021-02"]["campaigns"] == ["数字化改革", "五水共治"]
    assert node["2021-03"]["campaigns"] == ["五水共治", "数字化改革"]
    # document order: a.txt (县长) before c.txt (县委书记)
    assert node["2021-03"]["posts"] == node["all"]["posts"] == ["开化县县长", "开化县县委书记"]
    assert node["all"]["main_post"] == "开化县县长"


def test_the_months_counts_add_up_to_all_months_whatever_their_order(sample_build):
    """"All months" is the sum of each month's counts: networks made from counts kept and read back
    (a rebuild's cache), or counted in another order, are the networks counted at once, node for
    node and edge for edge, in the same order."""
    from kg.network import Counts, coattendance_periods, count_months

    records = sample_build.records
    whole = coattendance_periods(records)
    months = [p for p in whole if p != "all"]
    assert len(months) >= 2 and whole["all"].number_of_edges() > 0
    kept = {m: Counts.loads(c.dumps()) for m, c in count_months(list(reversed(records)), months={months[0]}).items()}
    assert list(kept) == [months[0]]
    again = coattendance_periods(records, counts=kept)

    def shape(nets):
        return {p: (list(g.nodes(data=True)), list(g.edges(data=True))) for p, g in nets.items()}
    assert shape(again) == shape(whole)
    only = coattendance_periods(records, only={"all", months[-1]}, counts=kept)
    assert shape(only) == {p: shape(whole)[p] for p in ("all", months[-1])}
    with pytest.raises(ValueError):
        Counts.loads(__import__("marshal").dumps(["not", "counts"]))
