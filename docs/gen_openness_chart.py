"""Render the charts of docs/openness.md from the profiles shipped with licenselens.

    PYTHONPATH=src python docs/gen_openness_chart.py

writes docs/openness-ours.svg (ranked totals under the paper's own weighting) and
docs/openness-radar-olmo.svg; tests/openness/test_openness_docs.py checks that the
committed files match what this script renders.
"""

from __future__ import annotations

from pathlib import Path

from licenselens.openness import load_packaged, packaged_profiles, score
from licenselens.openness.charts import bar_chart_svg, radar_svg

DOCS = Path(__file__).resolve().parent


def render() -> dict[str, str]:
    """File name -> SVG text of every chart the page shows."""
    cards = [score(p) for p in packaged_profiles()]
    return {"openness-ours.svg": bar_chart_svg(cards, "ours"),
            "openness-radar-olmo.svg": radar_svg(score(load_packaged("olmo")))}


def main() -> None:
    """Write the charts next to this script."""
    for name, svg in render().items():
        (DOCS / name).write_text(svg, encoding="utf-8")
        print(f"wrote docs/{name}")


if __name__ == "__main__":
    main()
