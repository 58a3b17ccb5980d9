"""A table of results for a terminal: rich when it is installed, plain text otherwise."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO

from ..results import DIMENSIONS, Result
from .labels import VERDICT_SYMBOLS, culprit_line, input_label, legend, license_label, osi_label

__all__ = ["plain_table", "print_table"]

_TIER_STYLE = {"open": "bold green", "semi-open": "bold yellow", "closed": "bold red",
               "unknown": "dim"}
_VERDICT_STYLE = {"free": "green", "conditional": "cyan", "restricted": "yellow",
                  "prohibited": "red", "unknown": "dim"}
_HEAD = ("input", "license", "OSI", *DIMENSIONS, "tier")


def plain_table(results: Sequence[Result]) -> str:
    """A fixed-width text table (no colours), with the legend under it."""
    rows = [list(_HEAD)]
    for r in results:
        rows.append([input_label(r), license_label(r), osi_label(r.osi_approved),
                     *(VERDICT_SYMBOLS[r.restrictions[d].verdict] for d in DIMENSIONS), r.tier])
    widths = [max(len(row[i]) for row in rows) for i in range(len(_HEAD))]
    widths[1] = min(widths[1], 40)
    lines = []
    for row in rows:
        cells = [c if len(c) <= widths[i] else c[: widths[i] - 3] + "..." for i, c in enumerate(row)]
        lines.append("  ".join(c.ljust(widths[i]) for i, c in enumerate(cells)).rstrip())
    lines.insert(1, "  ".join("-" * w for w in widths))
    for r in results:
        clause = culprit_line(r)
        if clause:
            lines.append(f"  {r.input}: {clause}")
    lines.append(legend())
    return "\n".join(lines) + "\n"


def print_table(results: Sequence[Result], file: TextIO | None = None, *,
                color: bool | None = None, width: int | None = None) -> None:
    """Print the results as a table: a rich table if rich is installed, else :func:`plain_table`."""
    out = file or sys.stdout
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:  # rich is optional
        out.write(plain_table(results))
        return
    console = Console(file=out, force_terminal=color, no_color=color is False,
                      highlight=False, soft_wrap=False, width=width)
    table = Table(show_lines=False, header_style="bold")
    short = {"redistribute": "redist", "commercial": "comm"}
    for h in _HEAD:
        narrow = h in DIMENSIONS or h in ("OSI", "tier")
        table.add_column(short.get(h, h), justify="center" if h in DIMENSIONS else "left",
                         no_wrap=narrow, overflow="ellipsis" if narrow else "fold")
    for r in results:
        cells = [input_label(r), license_label(r), osi_label(r.osi_approved)]
        for d in DIMENSIONS:
            v = r.restrictions[d].verdict
            cells.append(f"[{_VERDICT_STYLE[v]}]{VERDICT_SYMBOLS[v]}[/]")
        cells.append(f"[{_TIER_STYLE.get(r.tier, 'dim')}]{r.tier}[/]")
        table.add_row(*[c if c.startswith("[") else c.replace("[", "\\[") for c in cells])
    console.print(table)
    for r in results:
        clause = culprit_line(r)
        if clause:
            console.print(f"  {r.input}: {clause}", markup=False)
    console.print(legend(), markup=False, style="dim")
