"""The paper's selection score on a table the test writes: ln(x+1), min-max, sum, rank."""

from __future__ import annotations

import json
import math

import pytest

from licenselens import InputError
from licenselens.openness import Stats, StatsError, impact_scores, read_stats

ROWS = [("alpha", 120, 50_000, 3), ("beta", 0, 10, 0), ("gamma", 4_000, 2_000_000, 250),
        ("delta", 120, 50_000, 3)]


def expected(rows):
    logs = {k: [math.log(r[k] + 1) for r in rows] for k in (1, 2, 3)}
    out = {}
    for i, r in enumerate(rows):
        total = 0.0
        for k in (1, 2, 3):
            lo, hi = min(logs[k]), max(logs[k])
            total += (logs[k][i] - lo) / (hi - lo)
        out[r[0]] = total
    return out


def test_csv_arithmetic_and_ranks(tmp_path):
    f = tmp_path / "stats.csv"
    f.write_text("model,likes,downloads last month,child models\n"
                 + "".join(f"{m},{a},{b},{c}\n" for m, a, b, c in ROWS), encoding="utf-8")
    got = impact_scores(f)
    want = expected(ROWS)
    assert {i.model: i.score for i in got} == pytest.approx(want)
    assert [i.model for i in got] == ["gamma", "alpha", "delta", "beta"]
    assert [i.rank for i in got] == [1, 2, 2, 4]  # alpha and delta tie
    assert got[0].score == pytest.approx(3.0) and got[-1].score == 0.0
    assert [i.model for i in impact_scores(f, top=2)] == ["gamma", "alpha"]


def test_json_input_gives_the_same(tmp_path):
    f = tmp_path / "stats.json"
    f.write_text(json.dumps([{"model": m, "likes": a, "downloads": b, "children": c}
                             for m, a, b, c in ROWS]), encoding="utf-8")
    assert {i.model: i.score for i in impact_scores(f)} == pytest.approx(expected(ROWS))


def test_a_constant_column_adds_nothing():
    rows = [Stats("a", 5, 10, 7), Stats("b", 50, 10, 7)]
    assert [(i.model, i.score) for i in impact_scores(rows)] == [("b", 1.0), ("a", 0.0)]


@pytest.mark.parametrize("body,message", [
    ("model,likes,downloads\nx,1,2\n", "missing 'children'"),
    ("model,likes,downloads,children\nx,-1,2,3\n", ">= 0"),
    ("model,likes,downloads,children\nx,many,2,3\n", "not a number"),
    ("model,likes,downloads,children\nx,1,2,3\nx,1,2,3\n", "appears twice"),
    ("model,likes,downloads,children\n", "no rows"),
    ("[1, 2]", "must be a mapping"),
    ("{not json", "not valid JSON"),
])
def test_bad_tables(tmp_path, body, message):
    f = tmp_path / "bad.csv"
    f.write_text(body, encoding="utf-8")
    with pytest.raises(StatsError, match=message) as exc:
        impact_scores(f)
    assert str(f) in str(exc.value)


def test_missing_table(tmp_path):
    with pytest.raises(InputError):
        read_stats(tmp_path / "none.csv")
