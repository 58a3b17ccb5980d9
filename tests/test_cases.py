"""The expected-results tables of tests/cases/*.yaml, run case by case.

Texts are built from the installed reference data (tests/conftest.py), never
stored in the repository; see the header of each YAML file for its fields.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import licenselens
from licenselens.results import DIMENSIONS

from .conftest import reference_text, rewrap

CASES = Path(__file__).with_name("cases")
TEXTS = yaml.safe_load((CASES / "texts.yaml").read_text(encoding="utf-8"))
IDS = yaml.safe_load((CASES / "identifiers.yaml").read_text(encoding="utf-8"))


def add_noise(text: str, noise: list[str]) -> str:
    """The text as real files carry it."""
    for kind in noise:
        if kind == "copyright":
            text = "Copyright (c) 2019-2024 Example Project Authors <team@example.org>\n\n" + text
        elif kind == "rewrap":
            text = rewrap(text, 66)
        elif kind == "crlf":
            text = text.replace("\n", "\r\n")
        elif kind == "markdown":
            text = "# License\n\n**" + text.replace("\n\n", "\n\n_", 1) + "**\n"
        elif kind == "indent":
            text = "\n".join("    " + line for line in text.splitlines())
        else:  # pragma: no cover - a typo in the table
            raise ValueError(f"unknown noise {kind!r}")
    return text


def check(r: licenselens.Result, expect: dict) -> None:
    got = r.to_dict()
    if "id" in expect:
        assert got["license"] is not None and got["license"]["id"] == expect["id"], got["warnings"]
    if "expression" in expect:
        assert got["expression"] == expect["expression"]
    if "tier" in expect:
        assert got["tier"] == expect["tier"], got["warnings"]
    if "osi" in expect:
        assert got["osi_approved"] is expect["osi"]
    if "verdicts" in expect:
        assert [got["restrictions"][d]["verdict"] for d in DIMENSIONS] == expect["verdicts"]
    if "commercial" in expect:
        assert got["restrictions"]["commercial"]["verdict"] == expect["commercial"]
    for dim in DIMENSIONS:  # rubric §4: every limit carries its clause
        v = got["restrictions"][dim]
        if v["verdict"] in ("conditional", "restricted", "prohibited") and got["tier"] != "unknown":
            assert v["evidence"], f"{dim} {v['verdict']} without evidence"


@pytest.mark.parametrize("case", TEXTS["cases"], ids=[c["key"] for c in TEXTS["cases"]])
def test_text_case(case):
    text = add_noise(reference_text(case["key"]), case.get("noise", []))
    check(licenselens.classify_text(text, source=case["key"]), case["expect"])


@pytest.mark.parametrize("case", TEXTS["pairs"], ids=["+".join(c["keys"]) for c in TEXTS["pairs"]])
def test_two_texts_in_one_file(case):
    text = "\n\n".join(reference_text(k) for k in case["keys"])
    check(licenselens.classify_text(text), case["expect"])


@pytest.mark.parametrize("case", IDS["cases"], ids=[c["q"] for c in IDS["cases"]])
def test_identifier_case(case):
    check(licenselens.identify(case["q"]), case["expect"])
