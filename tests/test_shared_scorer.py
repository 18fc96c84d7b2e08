"""The built warehouses scored by the judge's own tool, ../shared/tools/score.py, run as is.

tests/test_meetings.py and tests/test_articles.py reimplement its rules to explain each miss;
this file runs the real scorer too, so a change in how it reads the warehouse (it is replaced
between sessions) shows here. Thresholds sit a little under what the build reaches, so a
general fix that costs one field is a trade that can be made; never exact per-page outputs.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DEV_GOLD, PROJECT_DIR, SHARED_GOLD

SCORER = PROJECT_DIR.parent / "shared" / "tools" / "score.py"


def shared_score(database: Path, gold: Path, tmp_path: Path, only: str | None = None) -> dict:
    if not SCORER.is_file():
        pytest.skip("../shared/tools/score.py is not here")
    out = tmp_path / f"score-{only or 'all'}.json"
    args = [sys.executable, str(SCORER), "--db", str(database), "--gold", str(gold)]
    args += ["--json", str(out)]
    if only:
        args += ["--only", only]
    run = subprocess.run(args, capture_output=True, text=True, timeout=300)
    print(run.stdout[-3000:])
    assert out.is_file(), run.stderr
    return json.loads(out.read_text())


def fraction(result: dict, ok: str, total: str) -> float:
    return result[ok] / result[total] if result[total] else 1.0


def test_seed_pages_score_in_full(shared_warehouse, tmp_path):
    result = shared_score(shared_warehouse, SHARED_GOLD, tmp_path)
    assert result["article_fields_ok"] >= result["article_fields"] - 1
    assert result["meeting_f1"] >= 0.95
    assert fraction(result, "meeting_fields_ok", "meeting_fields") >= 0.9


# (id prefixes, article fields, meeting F1, meeting fields, merged): the develop pages (a, b)
# are held close to what they reach; the check pages (c) and all sixty a little lower.
DEV_FLOORS = [
    ("a,b", 0.98, 0.95, 0.95, 0.85),
    ("c", 0.9, 0.6, 0.85, 0.6),
    (None, 0.95, 0.88, 0.92, 0.85),
]


@pytest.mark.parametrize(("only", "articles", "f1", "fields", "merged"), DEV_FLOORS)
def test_dev_pages_reach_their_floors(dev_warehouse, tmp_path, only, articles, f1, fields, merged):
    result = shared_score(dev_warehouse, DEV_GOLD, tmp_path, only)
    assert result["articles_found"] == result["articles_gold"]
    assert fraction(result, "article_fields_ok", "article_fields") >= articles
    assert result["meeting_f1"] >= f1
    assert fraction(result, "meeting_fields_ok", "meeting_fields") >= fields
    assert fraction(result, "merged_ok", "merged") >= merged
