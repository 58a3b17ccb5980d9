"""Charts: well-formed, deterministic SVG; readable PNG when matplotlib is installed."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

import pytest
from tests.openness.openness_helpers import profile_data

from licenselens.openness import SCHEMES, ChartError, profile_from_dict, score
from licenselens.openness.charts import bar_chart_svg, radar_svg, write_charts

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def cards():
    specs = [("Open & <Free>", {}), ("Half \"quoted\"", {"data.rl": "closed", "basics.code": "closed"}),
             ("Shut", {f"{a}.{c}": "closed" for a, cs in (("access", ("hardware", "software",
                                                                      "api")),) for c in cs})]
    return [score(profile_from_dict(profile_data(m, ratings=r), source=m)) for m, r in specs]


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_bar_chart_is_wellformed_and_ranked(cards, scheme):
    svg = bar_chart_svg(cards, scheme)
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    bars = [r for r in root.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]
    assert len(bars) == len(cards)
    widths = [float(b.get("width")) for b in bars]
    assert widths == sorted(widths, reverse=True)  # best first
    labels = [t.text for t in root.iter(f"{SVG}text")]
    assert any(t and t.endswith("Open & <Free>") for t in labels)  # escaped, then read back
    assert svg == bar_chart_svg(cards, scheme)  # deterministic


def test_radar_is_wellformed_with_four_axes(cards):
    root = ET.fromstring(radar_svg(cards[2]))
    texts = [t.text for t in root.iter(f"{SVG}text")]
    for label in ("Model basics", "Access and", "reproducibility", "Training methodology",
                  "Data"):
        assert label in texts
    assert f"{cards[2].areas['access']:.2f}" in texts
    polygons = list(root.iter(f"{SVG}polygon"))
    assert len(polygons) == 5  # four grid rings and the model


def test_write_charts_svg(cards, tmp_path):
    written = write_charts(cards, tmp_path / "charts", ["ours", "osd"])
    names = sorted(p.name for p in written)
    assert names == ["bar-osd.svg", "bar-ours.svg", "radar-half-quoted.svg",
                     "radar-open-free.svg", "radar-shut.svg"]
    for p in written:
        ET.parse(p)


def test_write_charts_png(cards, tmp_path):
    pytest.importorskip("matplotlib", reason="PNG charts need the 'charts' extra (matplotlib)")
    import matplotlib.image

    written = write_charts(cards, tmp_path, ["ours"], fmt="png")
    assert sorted(p.suffix for p in written) == [".png"] * 4
    for p in written:
        assert p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        img = matplotlib.image.imread(p)
        assert img.shape[0] > 100 and img.shape[1] > 100


def test_png_without_matplotlib_is_a_clear_error(cards, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(ChartError, match="licenselens\\[charts\\]"):
        write_charts(cards, tmp_path, ["ours"], fmt="png")
