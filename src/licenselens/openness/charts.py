"""Charts as SVG written by hand: a ranked bar chart per scheme, a radar per model.

No dependency and deterministic: the same scores give the same bytes.  PNG
copies come from :mod:`licenselens.openness.charts_png` (matplotlib, the
``charts`` extra).

>>> from .profile import example_profile, profile_from_dict
>>> from .scoring import score
>>> card = score(profile_from_dict(example_profile("Demo", "semi-open")))
>>> svg = bar_chart_svg([card], "ours")
>>> svg.startswith("<svg") and "Demo" in svg and svg == bar_chart_svg([card], "ours")
True
>>> "Model basics" in radar_svg(card)
True
"""

from __future__ import annotations

import math
import re
from html import escape as _html_escape
from pathlib import Path

from .charts_png import bar_chart_png, radar_png
from .framework import AREAS, SCHEMES, colour
from .scoring import Scorecard, rank

FONT = "DejaVu Sans, Verdana, Arial, sans-serif"
#: average glyph width of the font at 12 px, for laying out labels (px)
CHAR_WIDTH = 7.0
MAX_LABEL = 34


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as XML entities."""
    return _html_escape(text, quote=False)


def quoteattr(text: str) -> str:
    """An XML attribute value in double quotes, escaped."""
    return '"' + _html_escape(text, quote=True) + '"'


def _f(x: float) -> str:
    return f"{x:.1f}"


def _clip(text: str, n: int = MAX_LABEL) -> str:
    return text if len(text) <= n else text[: n - 1] + "\u2026"


def slug(name: str) -> str:
    """A file-name-safe form of a model name (``Llama 3.3 (70B)`` -> ``llama-3-3-70b``)."""
    s = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return s or "model"


def _text(x: float, y: float, body: str, size: int = 12, anchor: str = "start",
          weight: str = "normal", fill: str = "#222") -> str:
    return (f'<text x="{_f(x)}" y="{_f(y)}" font-size="{size}" text-anchor="{anchor}" '
            f'font-weight="{weight}" fill="{fill}">{escape(body)}</text>')


def _open(width: float, height: float, title: str) -> list[str]:
    return [f'<svg xmlns="http://www.w3.org/2000/svg" width="{_f(width)}" '
            f'height="{_f(height)}" viewBox="0 0 {_f(width)} {_f(height)}" role="img" '
            f'aria-label={quoteattr(title)} font-family={quoteattr(FONT)}>',
            f"<title>{escape(title)}</title>",
            f'<rect width="{_f(width)}" height="{_f(height)}" fill="#ffffff"/>']


def bar_chart_svg(cards: list[Scorecard], scheme: str) -> str:
    """A horizontal bar chart of the totals under ``scheme``, best first."""
    s = SCHEMES[scheme]
    ranked = rank(cards, scheme)
    labels = [f"{r}. {_clip(c.model)}" for r, c in ranked]
    label_w = max([CHAR_WIDTH * len(t) for t in labels] + [60.0]) + 16
    plot_w, row_h, top = 360.0, 22.0, 52.0
    width = label_w + plot_w + 70
    height = top + row_h * max(len(ranked), 1) + 34
    weights = ", ".join(f"{w:g}" for w in s.weights)
    title = f"Openness under {s.label} (weights {weights}; max {s.maximum:g})"
    out = _open(width, height, title)
    out.append(_text(12, 22, title, size=14, weight="bold"))
    out.append(_text(12, 40, "areas: model basics, access, training, data", size=11,
                     fill="#555"))
    x0 = label_w
    for i in range(5):
        x = x0 + plot_w * i / 4
        out.append(f'<line x1="{_f(x)}" y1="{_f(top - 4)}" x2="{_f(x)}" '
                   f'y2="{_f(height - 28)}" stroke="#ddd" stroke-width="1"/>')
        out.append(_text(x, height - 12, f"{s.maximum * i / 4:g}", size=10, anchor="middle",
                         fill="#555"))
    for i, ((_, card), label) in enumerate(zip(ranked, labels, strict=True)):
        y = top + row_h * i
        total = card.totals[scheme]
        share = total / s.maximum if s.maximum else 0.0
        w = plot_w * share
        out.append(_text(x0 - 8, y + 15, label, anchor="end"))
        out.append(f'<rect x="{_f(x0)}" y="{_f(y + 3)}" width="{_f(w)}" height="{_f(row_h - 6)}" '
                   f'fill="{colour(share)}"><title>{escape(card.model)}: {total:.2f}</title></rect>')
        out.append(_text(x0 + w + 6, y + 15, f"{total:.2f}", size=11))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _label_lines(label: str) -> list[str]:
    head, sep, tail = label.partition(" and ")
    return [head + sep.rstrip(), tail] if sep else [label]


def radar_svg(card: Scorecard, width: float = 420.0, height: float = 360.0) -> str:
    """A four-area radar chart (0 to 1 on each axis) of one model's area scores."""
    cx, cy, radius = width / 2, height / 2 + 10, 100.0
    title = f"{card.model}: openness by area"
    out = _open(width, height, title)
    out.append(_text(width / 2, 20, _clip(title, 56), size=13, anchor="middle", weight="bold"))
    angles = [-math.pi / 2 + i * 2 * math.pi / len(AREAS) for i in range(len(AREAS))]

    def point(i: int, r: float) -> tuple[float, float]:
        return cx + radius * r * math.cos(angles[i]), cy + radius * r * math.sin(angles[i])

    for level in (0.25, 0.5, 0.75, 1.0):
        pts = " ".join(f"{_f(x)},{_f(y)}" for x, y in (point(i, level) for i in range(4)))
        out.append(f'<polygon points="{pts}" fill="none" stroke="#ccc" stroke-width="1"/>')
    for i, a in enumerate(AREAS):
        x, y = point(i, 1.0)
        out.append(f'<line x1="{_f(cx)}" y1="{_f(cy)}" x2="{_f(x)}" y2="{_f(y)}" '
                   'stroke="#bbb" stroke-width="1"/>')
        value = card.areas[a.key]
        lines = [*_label_lines(a.label), "n/a" if value is None else f"{value:.2f}"]
        lx, ly = point(i, 1.12)
        side = abs(lx - cx) > 1
        anchor = "middle" if not side else ("start" if lx > cx else "end")
        # above the top axis the block ends at the axis; elsewhere it starts there
        first = ly - 14 * (len(lines) - 1) if ly < cy and not side else (
            ly - 7 * (len(lines) - 2) if side else ly + 10)
        for n, body in enumerate(lines):
            last = n == len(lines) - 1
            out.append(_text(lx, first + 14 * n, body, size=11, anchor=anchor,
                             weight="bold" if last else "normal",
                             fill="#1b5e20" if last else "#222"))
    vals = [card.areas[a.key] or 0.0 for a in AREAS]
    pts = " ".join(f"{_f(x)},{_f(y)}" for x, y in (point(i, v) for i, v in enumerate(vals)))
    out.append(f'<polygon points="{pts}" fill="#2e7d32" fill-opacity="0.35" stroke="#2e7d32" '
               'stroke-width="2"/>')
    for i, v in enumerate(vals):
        x, y = point(i, v)
        out.append(f'<circle cx="{_f(x)}" cy="{_f(y)}" r="3" fill="#2e7d32"/>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def write_charts(cards: list[Scorecard], folder: str | Path, schemes: list[str],
                 fmt: str = "svg") -> list[Path]:
    """Write ``bar-<scheme>`` and ``radar-<model>`` charts (``svg``, ``png`` or ``both``)."""
    out_dir = Path(folder)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    names: dict[str, int] = {}
    if fmt in ("png", "both"):
        for key in schemes:
            written.append(bar_chart_png(cards, key, out_dir / f"bar-{key}.png"))
    stems = []
    for card in cards:
        stem = slug(card.model)
        names[stem] = names.get(stem, 0) + 1
        stems.append(stem if names[stem] == 1 else f"{stem}-{names[stem]}")
    if fmt in ("svg", "both"):
        for key in schemes:
            path = out_dir / f"bar-{key}.svg"
            path.write_text(bar_chart_svg(cards, key), encoding="utf-8")
            written.append(path)
        for card, stem in zip(cards, stems, strict=True):
            path = out_dir / f"radar-{stem}.svg"
            path.write_text(radar_svg(card), encoding="utf-8")
            written.append(path)
    if fmt in ("png", "both"):
        for card, stem in zip(cards, stems, strict=True):
            written.append(radar_png(card, out_dir / f"radar-{stem}.png"))
    return written
