"""Known-answer test: the extraction of the three sample pages, scored with the project's scorer."""
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGETS = {"persons": 0.95, "journalists": 0.90, "posts": 0.90, "participations": 0.85, "coattend": 0.90,
           "campaigns": 0.80, "promotes": 0.70}


def test_sample_meets_issue_targets(sample_build, tmp_path):
    out = tmp_path / "extractions"
    out.mkdir()
    for rec in sample_build.records:
        (out / Path(rec["document"]).with_suffix(".json").name).write_text(json.dumps(rec, ensure_ascii=False),
                                                                           encoding="utf-8")
    res = subprocess.run([sys.executable, str(HERE / "score_eval.py"), str(HERE / "gold"), str(out), "--json"],
                         capture_output=True, text=True, check=True)
    figures = json.loads(res.stdout)
    for cat, target in TARGETS.items():
        assert figures["categories"][cat]["f1"] >= target, (cat, figures["categories"][cat])
    assert figures["overall_f1"] >= 0.90
