"""The charts committed under docs/ are what docs/gen_openness_chart.py renders now."""

from __future__ import annotations

import runpy
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_committed_charts_are_current():
    gen = DOCS / "gen_openness_chart.py"
    if not gen.is_file():
        pytest.skip("docs/ is not part of this installation")
    charts = runpy.run_path(str(gen))["render"]()
    for name, svg in charts.items():
        ET.fromstring(svg)
        assert (DOCS / name).read_text(encoding="utf-8") == svg, (
            f"docs/{name} is stale: run PYTHONPATH=src python docs/gen_openness_chart.py")
    page = (DOCS / "openness.md").read_text(encoding="utf-8")
    for name in charts:
        assert f"]({name})" in page
