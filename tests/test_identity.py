"""Identity across pages: a misprinted name is merged with an alias; a decisions file can forbid it."""
from rdflib import Graph, Literal
from rdflib.namespace import FOAF, SKOS

from kg.pipeline import build

PAGE = "本报讯（记者 王一） {d}上午，县委召开会议。县委书记{name}主持会议并讲话。县长骆明远出席会议。"
MANIFEST = "file,paper,issue_date,home,parent,province\n" + "".join(
    f"p{i}-2021-0{i}-10.txt,开化报,2021-0{i}-10,开化县,衢州市,浙江省\n" for i in (1, 2, 3))


def corpus(tmp_path, decisions=None):
    for i, name in ((1, "柯立安"), (2, "柯立安"), (3, "柯力安")):
        (tmp_path / f"p{i}-2021-0{i}-10.txt").write_text(PAGE.format(d=f"{i}月9日", name=name), encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(MANIFEST, encoding="utf-8")
    if decisions:
        (tmp_path / "decisions.csv").write_text(decisions, encoding="utf-8")
    return tmp_path


def persons(res):
    g = Graph().parse(data=res.files["graph.ttl"], format="turtle")
    return {str(g.value(p, FOAF.name)): sorted(str(a) for a in g.objects(p, SKOS.altLabel))
            for p in g.subjects(FOAF.name, None)}


def test_misprint_merged_with_alias(tmp_path):
    res = build(corpus(tmp_path))
    ps = persons(res)
    assert ps["柯立安"] == ["柯力安"] and "柯力安" not in ps
    assert res.report["identity"][0]["alias"] == "柯力安" and "开化县委书记" in res.report["identity"][0]["reason"]
    # the extraction records keep what was printed: identity is applied on top of them
    assert any(p["name"] == "柯力安" for r in res.records for p in r["persons"])
    assert "柯力安" not in res.files["centrality.csv"]


def test_decision_forbids_merge(tmp_path):
    res = build(corpus(tmp_path, "decision,name,other,jurisdiction,reason\nnever,柯立安,柯力安,,two people\n"))
    ps = persons(res)
    assert "柯立安" in ps and "柯力安" in ps and res.report["identity"] == []


def test_decision_forces_merge(tmp_path):
    res = build(corpus(tmp_path, "decision,name,other,jurisdiction,reason\nmerge,骆明远,骆明运,开化县,same man\n"))
    assert {"canonical": "骆明远", "alias": "骆明运", "jurisdiction": "开化县", "reason": "same man",
            "source": "decision"} in res.report["identity"]


def test_different_posts_are_not_merged(sample_build):
    # 黄高兵 (a company head) and 黄高松 (a county leader) differ by one character and are two people
    ps = persons(sample_build)
    assert "黄高兵" in ps and "黄高松" in ps
    g = Graph().parse(data=sample_build.files["graph.ttl"], format="turtle")
    assert not list(g.subjects(SKOS.changeNote, None))
    assert Literal("毛献明", lang="zh") in set(g.objects(None, FOAF.name))


def test_one_char_pairs_are_the_pairs_a_full_comparison_finds():
    import random

    from kg.identity import _one_char_apart, _one_char_pairs

    rng = random.Random(7)
    names = sorted({"".join(rng.choice("王李张刘陈杨明华伟芳") for _ in range(rng.choice((2, 3, 3, 4))))
                    for _ in range(400)})
    brute = [(i, j) for i in range(len(names)) for j in range(i + 1, len(names))
             if _one_char_apart(names[i], names[j])]
    assert len(brute) > 100 and _one_char_pairs(names) == brute
