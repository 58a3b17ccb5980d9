"""Issue: "unknown is reported as free".  Where nothing could be read, every
output says `unknown`, never `free`: JSON, the terminal block, reports, badges."""

from __future__ import annotations

import json

import pytest

import licenselens
from licenselens.cli import main
from licenselens.report import format_text, render_badge, render_report
from licenselens.results import DIMENSIONS

NOT_LICENSES = {
    "empty.txt": "",
    "readme.txt": "This project converts images to thumbnails. Run make to build it.\n",
    "onliner.txt": "see the website\n",
}


@pytest.fixture
def inputs(tmp_path):
    paths = []
    for name, text in NOT_LICENSES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    (tmp_path / "binary.bin").write_bytes(b"\x00\x01\x02" * 100)
    return paths + [str(tmp_path / "binary.bin")]


def test_json_says_unknown_for_every_dimension(inputs, capsys):
    assert main(["classify", "--json", *inputs]) == 0
    for obj in json.loads(capsys.readouterr().out):
        assert obj["tier"] == "unknown"
        assert {obj["restrictions"][d]["verdict"] for d in DIMENSIONS} == {"unknown"}


def test_unrecognised_identifiers_say_unknown():
    for q in ("asdfqwer", "other", "see LICENSE"):
        r = licenselens.identify(q)
        assert r.tier == "unknown"
        assert all(r.restrictions[d].verdict == "unknown" for d in DIMENSIONS), q


def test_terminal_block_never_says_free_for_unknown():
    r = licenselens.classify_text("")
    block = format_text(r)
    assert "free" not in block
    assert block.count("unknown") >= 5  # the tier and four verdicts


def test_reports_mark_unknown_verdicts(inputs):
    results = [licenselens.classify(p) for p in inputs]
    md = render_report(results, "md")
    assert "free" not in md.split("Legend:")[0]
    assert "? unknown" in md
    html = render_report(results, "html")
    assert "v-unknown" in html


def test_badge_of_an_unknown_input_says_unknown():
    r = licenselens.identify("asdfqwer")
    endpoint = json.loads(render_badge(r, format="endpoint"))
    assert endpoint["message"] == "unknown"
    assert "free" not in render_badge(r)


def test_partly_unknown_verdicts_give_a_tier_only_when_it_is_certain():
    p = licenselens.DEFAULT_POLICY
    three = {"use": "restricted", "modify": "unknown", "redistribute": "prohibited",
             "commercial": "prohibited"}
    assert p.tier(three) == "closed"
    one = {"use": "free", "modify": "unknown", "redistribute": "free", "commercial": "prohibited"}
    assert p.tier(one) == "semi-open"  # R is 1 or 2 whatever modify is
    two = {"use": "unknown", "modify": "unknown", "redistribute": "free",
           "commercial": "prohibited"}
    assert p.tier(two) == "unknown"  # R could be 1 (semi-open) or 3 (closed)
    none = {"use": "free", "modify": "free", "redistribute": "free", "commercial": "free"}
    assert p.tier(none) == "open"
