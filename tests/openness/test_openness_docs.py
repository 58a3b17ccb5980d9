"""The charts committed under docs/ are what docs/gen_openness_chart.py renders now."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_committed_charts_are_current():
    gen = DOCS / "gen_openness_chart.py"
    if not gen.is_file():
        pytest.skip("docs/ is not part of this installation")
    spec = importlib.util.spec_from_file_location("gen_openness_chart", gen)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for name, svg in mod.render().items():
        ET.fromstring(svg)
        assert (DOCS / name).read_text(encoding="utf-8") == svg, (
            f"docs/{name} is stale: run PYTHONPATH=src python docs/gen_openness_chart.py")
    page = (DOCS / "openness.md").read_text(encoding="utf-8")
    for name in mod.render():
        assert f"]({name})" in page
