"""PNG charts through matplotlib (the optional ``charts`` extra: ``pip install licenselens[charts]``).

The same charts as :mod:`licenselens.openness.charts`, drawn by matplotlib's
Agg backend without timestamps in the file, so reruns give the same bytes.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from .errors import ChartError
from .framework import AREAS, SCHEMES, colour
from .scoring import Scorecard, rank

_PNG_META = {"Software": None}


def _pyplot() -> Any:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise ChartError("PNG charts need matplotlib: pip install 'licenselens[charts]' "
                         "(SVG charts need nothing)") from exc
    return plt


def bar_chart_png(cards: list[Scorecard], scheme: str, path: str | Path) -> Path:
    """Write the ranked bar chart of ``scheme`` as PNG; returns the path."""
    plt = _pyplot()
    s = SCHEMES[scheme]
    ranked = rank(cards, scheme)
    labels = [f"{r}. {c.model}" for r, c in ranked][::-1]
    values = [c.totals[scheme] for _, c in ranked][::-1]
    fig, ax = plt.subplots(figsize=(8, 1.2 + 0.35 * max(len(values), 1)), dpi=100)
    try:
        ax.barh(labels, values,
                color=[colour(v / s.maximum if s.maximum else 0.0) for v in values])
        ax.set_xlim(0, s.maximum)
        ax.set_title(f"Openness under {s.label} (max {s.maximum:g})")
        for y, v in enumerate(values):
            ax.text(v + s.maximum * 0.01, y, f"{v:.2f}", va="center", fontsize=8)
        fig.tight_layout()
        fig.savefig(path, format="png", metadata=_PNG_META)
    finally:
        plt.close(fig)
    return Path(path)


def radar_png(card: Scorecard, path: str | Path) -> Path:
    """Write the four-area radar chart of one model as PNG; returns the path."""
    plt = _pyplot()
    angles = [math.pi / 2 - i * 2 * math.pi / len(AREAS) for i in range(len(AREAS))]
    vals = [card.areas[a.key] or 0.0 for a in AREAS]
    fig = plt.figure(figsize=(4.5, 4.5), dpi=100)
    try:
        ax = fig.add_subplot(projection="polar")
        ax.plot(angles + angles[:1], vals + vals[:1], color="#2e7d32", linewidth=2)
        ax.fill(angles + angles[:1], vals + vals[:1], color="#2e7d32", alpha=0.35)
        ax.set_xticks(angles)
        ax.set_xticklabels([a.label for a in AREAS], fontsize=8)
        ax.set_ylim(0, 1)
        ax.set_yticks([0.25, 0.5, 0.75, 1.0])
        ax.set_title(f"{card.model}: openness by area", fontsize=10)
        fig.tight_layout()
        fig.savefig(path, format="png", metadata=_PNG_META)
    finally:
        plt.close(fig)
    return Path(path)
