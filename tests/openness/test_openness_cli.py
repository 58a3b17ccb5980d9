"""``licenselens openness`` end to end through add_parser/run on a parser built here
(the main CLI wires the same two functions)."""

from __future__ import annotations

import argparse
import json

import pytest
from tests.openness.openness_helpers import profile_data

from licenselens.openness.command import add_parser


def cli(argv, capsys):
    parser = argparse.ArgumentParser(prog="licenselens")
    sub = parser.add_subparsers(dest="command")
    add_parser(sub)
    args = parser.parse_args(["openness", *argv])
    status = args.func(args)
    out = capsys.readouterr()
    return status, out.out, out.err


@pytest.fixture
def two(write_profile):
    a = write_profile(profile_data("Model A", license_id="Apache-2.0"), "a.yaml")
    b = write_profile(profile_data("Model B", license_id="cc-by-nc-4.0",
                                   ratings={"data.pretraining": "closed"}), "b.yaml")
    return a, b


def test_text_output_ranks_every_scheme(two, capsys):
    status, out, err = cli([str(p) for p in two], capsys)
    assert status == 0 and err == ""
    assert "Model A" in out and "CC-BY-NC-4.0: semi-open (identifier)" in out
    for key in ("ours", "osd", "osaid", "liesenfeld", "liu", "eiras", "mof"):
        assert f"\n{key}: " in out


def test_json_one_scheme(two, capsys):
    status, out, _ = cli([*map(str, two), "--scheme", "osaid", "--json"], capsys)
    data = json.loads(out)
    assert status == 0 and [d["model"] for d in data] == ["Model A", "Model B"]
    assert set(data[0]["scores"]) == {"osaid"} and data[0]["ranks"] == {"osaid": 1}
    assert data[1]["ranks"] == {"osaid": 2} and data[1]["license"]["tier"] == "semi-open"
    assert data[0]["scores"]["osaid"] > data[1]["scores"]["osaid"]


def test_mof_json_has_mof_progress(tmp_path, capsys):
    f = tmp_path / "m.yml"
    f.write_text("framework: {name: Model Openness Framework, version: '1.0'}\n"
                 "release:\n  name: m\n  producer: p\n"
                 "  license: {distribution: {name: MIT}}\n"
                 "  components:\n  - {name: Model architecture}\n  - {name: Model card}\n",
                 encoding="utf-8")
    status, out, _ = cli([str(f), "--json"], capsys)
    data = json.loads(out)
    assert status == 0
    assert data[0]["mof_progress"] == {"I": 0.0, "II": 0.0, "III": pytest.approx(33.3)}


def test_charts_and_html(two, tmp_path, capsys):
    html = tmp_path / "out" / "report.html"
    html.parent.mkdir()
    status, _, _ = cli([*map(str, two), "--chart", str(tmp_path / "c"), "--html", str(html),
                        "--scheme", "ours"], capsys)
    assert status == 0
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == [
        "bar-ours.svg", "radar-model-a.svg", "radar-model-b.svg"]
    page = html.read_text(encoding="utf-8")
    assert page.count("<svg") == 3 and "Model B" in page


def test_packaged(capsys):
    status, out, _ = cli(["--packaged", "--scheme", "eiras"], capsys)
    assert status == 0 and "GPT-4" in out and "OLMo" in out


def test_impact(tmp_path, capsys):
    f = tmp_path / "s.csv"
    f.write_text("model,likes,downloads,children\na,1,10,0\nb,100,1000,5\nc,0,0,0\n",
                 encoding="utf-8")
    status, out, _ = cli(["impact", str(f), "--top", "2", "--json"], capsys)
    data = json.loads(out)
    assert status == 0 and [d["model"] for d in data] == ["b", "a"]
    assert data[0]["impact"] == pytest.approx(3.0) and data[0]["rank"] == 1
    status, out, _ = cli(["impact", str(f)], capsys)
    assert status == 0 and out.splitlines()[1].split()[:2] == ["1", "b"]


@pytest.mark.parametrize("argv,message", [
    ([], "give profile files"),
    (["impact"], "exactly one"),
    (["x.yaml", "--top", "3"], "--top applies only"),
])
def test_usage_errors_exit_2(argv, message, capsys):
    status, out, err = cli(argv, capsys)
    assert status == 2 and out == "" and message in err and err.count("\n") == 1


def test_invalid_profile_exits_2_with_one_line(write_profile, capsys):
    data = profile_data()
    data["components"]["data"]["rl"]["rating"] = "sort of"
    path = write_profile(data)
    status, out, err = cli([str(path)], capsys)
    assert status == 2 and out == ""
    assert err == f"licenselens openness: {path}: components.data.rl.rating: unknown rating " \
                  "'sort of' (use open, semi-open, closed or n/a)\n"


def test_missing_file_exits_1(tmp_path, capsys):
    status, _, err = cli([str(tmp_path / "nope.yaml")], capsys)
    assert status == 1 and "no such file" in err
