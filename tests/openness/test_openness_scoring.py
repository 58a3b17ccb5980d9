"""Arithmetic of the scorecard on hand-made profiles: area means with n/a left out,
the seven schemes of the paper's Table 7, and ranks."""

from __future__ import annotations

import pytest
from tests.openness.openness_helpers import profile_data

from licenselens.openness import SCHEMES, profile_from_dict, rank, score

#: the paper's Table 7 as the issue states it (model basics, access, training, data)
TABLE_7 = {
    "ours": (1, 1, 1, 1), "osd": (0.5, 0.5, 0, 0), "osaid": (1, 0.5, 0, 1),
    "liesenfeld": (1, 0.5, 0, 1), "liu": (0.5, 0, 0.5, 1), "eiras": (0.5, 0, 0, 1),
    "mof": (1, 0.5, 0, 1),
}

MIXED = {
    "basics.weights": "open", "basics.code": "semi-open", "basics.paper": "closed",
    "basics.architecture": "n/a", "basics.tokenizer": "open",
    "access.hardware": "open", "access.software": "n/a", "access.api": "closed",
    "training.pretraining": "n/a", "training.finetuning": "n/a", "training.rl": "n/a",
    "data.pretraining": "semi-open", "data.finetuning": "open", "data.rl": "n/a",
    "data.filtering": "closed",
}


def test_schemes_are_table_7():
    assert {k: s.weights for k, s in SCHEMES.items()} == {
        k: tuple(float(w) for w in v) for k, v in TABLE_7.items()}


def test_area_means_leave_na_out_and_every_scheme_weighs_them():
    card = score(profile_from_dict(profile_data(ratings=MIXED)))
    # basics: weights 1, code 0.5, paper 0, tokenizer 1, license (MIT, open) 1; architecture n/a
    basics = (1 + 0.5 + 0 + 1 + 1) / 5
    access = (1 + 0) / 2
    data = (0.5 + 1 + 0) / 3
    assert card.areas["basics"] == pytest.approx(basics)
    assert card.areas["access"] == pytest.approx(access)
    assert card.areas["training"] is None
    assert card.areas["data"] == pytest.approx(data)
    for key, (wb, wa, _wt, wd) in TABLE_7.items():
        assert card.totals[key] == pytest.approx(wb * basics + wa * access + wd * data), key
    assert card.totals["liu"] == pytest.approx(0.5 * basics + 1 * data)
    assert any("'training' has no rated component" in w for w in card.warnings)


def test_an_area_does_not_weigh_more_for_having_more_components():
    # data has four components, access three: both all open -> both score 1
    card = score(profile_from_dict(profile_data(default="open")))
    assert card.areas == {"basics": 1.0, "access": 1.0, "training": 1.0, "data": 1.0}
    assert {k: card.totals[k] for k in TABLE_7} == {k: float(sum(v)) for k, v in TABLE_7.items()}


def test_numeric_ratings_read_as_words():
    data = profile_data()
    data["components"]["access"]["api"] = {"rating": 0.5, "note": "as a number"}
    data["components"]["access"]["hardware"] = {"rating": 0, "note": "as a number"}
    card = score(profile_from_dict(data))
    assert card.ratings[("access", "api")].rating == "semi-open"
    assert card.areas["access"] == pytest.approx((0.5 + 0 + 1) / 3)


def test_rank_orders_by_total_and_shares_ties():
    cards = [score(profile_from_dict(profile_data(m, ratings=r), source=m)) for m, r in (
        ("low", {"basics.weights": "closed", "data.rl": "closed"}),
        ("top-b", {}), ("top-a", {}), ("mid", {"data.rl": "closed"}))]
    ranked = rank(cards, "ours")
    assert [(n, c.model) for n, c in ranked] == [(1, "top-a"), (1, "top-b"), (3, "mid"),
                                                  (4, "low")]
    # under OSD data does not count: "mid" ties with the top two
    osd = {c.model: n for n, c in rank(cards, "osd")}
    assert osd == {"top-a": 1, "top-b": 1, "mid": 1, "low": 4}
    with pytest.raises(KeyError):
        rank(cards, "nonsense")


def test_json_form_reports_components_scores_and_license_source():
    card = score(profile_from_dict(profile_data(ratings=MIXED)))
    d = card.to_dict(["ours", "osd"], {"ours": 1, "osd": 2})
    assert set(d["scores"]) == {"ours", "osd"} and d["ranks"] == {"ours": 1, "osd": 2}
    assert d["components"]["basics"]["architecture"] == {
        "rating": "n/a", "value": None, "source": "", "note": "test rating of basics.architecture"}
    assert d["license"]["from"] == "identifier" and d["license"]["id"] == "MIT"
    assert d["areas"]["training"] is None
