"""Package results as pip-licenses users know them: a table, JSON, CSV or Markdown, and
a summary counting packages per license and per tier.

Each row is one ``package`` result (:mod:`licenselens.pipeline.packages`):
name, version, the license declared, what its license files hold, whether the
two agree, the tier, and the license files.

>>> from licenselens.results import Result
>>> r = Result.unknown("x.dist-info", "package", [])
>>> r.extra.update({"package": "x", "version": "1.0", "declared": None, "found": None,
...                 "agreement": "none", "license_files": []})
>>> print(render_packages([r], "csv").splitlines()[1])
x,1.0,,,none,unknown,
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Sequence

from ..errors import FormatError
from ..results import TIERS, Result
from .documents import results_json
from .labels import license_label

__all__ = ["PACKAGE_FORMATS", "package_rows", "render_packages", "summary_counts"]

#: formats of :func:`render_packages`
PACKAGE_FORMATS: tuple[str, ...] = ("table", "json", "csv", "md")
_HEAD = ("Name", "Version", "License", "Found in files", "Agreement", "Tier", "License files")
_SUMMARY_HEAD = ("Count", "License")


def package_rows(results: Sequence[Result]) -> list[list[str]]:
    """One row of :data:`_HEAD` cells per package result, sorted by name."""
    rows = []
    for r in results:
        x = r.extra
        rows.append([str(x.get("package") or r.input), str(x.get("version") or ""),
                     str(x.get("declared") or ""), str(x.get("found") or ""),
                     str(x.get("agreement") or ""), r.tier,
                     " ".join(str(f) for f in x.get("license_files") or [])])
    return sorted(rows, key=lambda row: (row[0].lower(), row[1]))


def summary_counts(results: Sequence[Result]) -> tuple[list[tuple[int, str]], dict[str, int]]:
    """(count, license) pairs, most common first, and packages per tier."""
    by_license = Counter(license_label(r) for r in results)
    licenses = sorted(((n, lic) for lic, n in by_license.items()), key=lambda t: (-t[0], t[1]))
    tiers = Counter(r.tier for r in results)
    return licenses, {t: tiers.get(t, 0) for t in TIERS}


def render_packages(results: Sequence[Result], fmt: str = "table", *,
                    summary: bool = False) -> str:
    """Package results as ``fmt`` (:data:`PACKAGE_FORMATS`); ``summary`` counts instead."""
    if fmt not in PACKAGE_FORMATS:
        raise FormatError(f"unknown format {fmt!r}; choose one of {', '.join(PACKAGE_FORMATS)}")
    if summary:
        licenses, tiers = summary_counts(results)
        if fmt == "json":
            return json.dumps({"packages": len(results),
                               "licenses": [{"license": lic, "count": n} for n, lic in licenses],
                               "tiers": tiers}, indent=2, ensure_ascii=False) + "\n"
        rows = [[str(n), lic] for n, lic in licenses]
        tier_rows = [[str(n), f"tier {t}"] for t, n in tiers.items() if n]
        return _render(fmt, list(_SUMMARY_HEAD), rows + tier_rows)
    if fmt == "json":
        return results_json(results)
    return _render(fmt, list(_HEAD), package_rows(results))


def _render(fmt: str, head: list[str], rows: list[list[str]]) -> str:
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(head)
        writer.writerows(rows)
        return out.getvalue()
    if fmt == "md":
        def cell(text: str) -> str:
            return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")

        lines = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] * len(head)) + "|"]
        lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
        return "\n".join(lines) + "\n"
    return _plain(head, rows)


def _plain(head: list[str], rows: list[list[str]], limit: int = 48) -> str:
    """A fixed-width table; long cells are cut to ``limit`` characters."""
    cut = [[c if len(c) <= limit else c[: limit - 3] + "..." for c in row] for row in [head, *rows]]
    widths = [max(len(row[i]) for row in cut) for i in range(len(head))]
    lines = ["  ".join(c.ljust(widths[i]) for i, c in enumerate(row)).rstrip() for row in cut]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"
