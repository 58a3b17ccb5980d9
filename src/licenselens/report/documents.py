"""Reports of many results: Markdown, one self-contained HTML file, or JSON.

Every row shows the input, the license, OSI approval, the four verdicts as
symbols (see :data:`VERDICT_SYMBOLS`), the tier, and the evidence clauses.

>>> from licenselens.results import DIMENSIONS, LicenseRef, Result, Verdict
>>> r = Result(input="LICENSE", kind="text", license=LicenseRef("MIT", "MIT License"),
...            expression="MIT", osi_approved=True, tier="open",
...            restrictions={d: Verdict("free") for d in DIMENSIONS},
...            matched_by="exact", confidence=1.0)
>>> print(render_report([r], "md").splitlines()[0])
# License report
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from html import escape

from ..errors import FormatError
from ..judge.combine import overall_result, per_file_results
from ..results import DIMENSIONS, TIERS, Evidence, Result, Verdict, clip
from .badges import render_svg
from .labels import VERDICT_SYMBOLS, input_label, legend, license_label, osi_label

__all__ = ["REPORT_FORMATS", "render_report", "results_json"]

#: formats of :func:`render_report`
REPORT_FORMATS: tuple[str, ...] = ("md", "html", "json")

#: evidence quoted in reports is cut to this many characters
_EVIDENCE_CHARS = 400


def _clip(text: str) -> str:
    return clip(text, _EVIDENCE_CHARS, "\u2026")


def _where(ev: Evidence) -> str:
    if ev.source == "text" and ev.end:
        return f"text [{ev.start}:{ev.end}]"
    return ev.source


def _evidence(v: Verdict) -> list[Evidence]:
    """The evidence worth showing: items that only repeat the verdict's reason are dropped."""
    return [ev for ev in v.evidence if " ".join(ev.text.split()) != " ".join(v.reason.split())]


def results_json(results: Sequence[Result]) -> str:
    """The contract's JSON array of result objects, one object per line.

    One compact object per line is written by the json module's C encoder (an
    indented dump goes through its pure-Python encoder, which cost more than
    judging the files), and keeps a diff of two scans to the lines of the
    inputs that changed.

    >>> from licenselens.results import Result
    >>> print(results_json([Result.unknown("a", "text", [])]).splitlines()[0])
    [
    >>> results_json([])
    '[]\\n'
    """
    if not results:
        return "[]\n"
    return "[\n" + ",\n".join(json.dumps(r.to_dict(), ensure_ascii=False)
                               for r in results) + "\n]\n"


def render_report(results: Sequence[Result], fmt: str = "md", *, title: str = "License report") -> str:
    """A report of ``results`` as ``fmt``: ``md``, ``html`` or ``json``.

    ``json`` is the contract's array of result objects (as ``classify --json``).
    """
    if fmt == "json":
        return results_json(results)
    if fmt == "md":
        return _markdown(results, title)
    if fmt == "html":
        return _html(results, title)
    raise FormatError(f"unknown report format {fmt!r}; choose one of {', '.join(REPORT_FORMATS)}")


# -- Markdown -----------------------------------------------------------------------------


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _md_code(text: str) -> str:
    """``text`` as a Markdown code span, whatever backticks it holds."""
    text = _md_cell(text)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if longest or text.startswith(" ") or text.endswith(" ") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _counts(results: Sequence[Result]) -> str:
    """``3 files`` and their tiers, counted over the per-file results."""
    files = per_file_results(results)
    tiers = Counter(r.tier for r in files)
    by_tier = ", ".join(f"{t} {tiers[t]}" for t in TIERS if tiers.get(t))
    return f"{len(files)} result{'s' if len(files) != 1 else ''}: {by_tier}"


def _markdown(results: Sequence[Result], title: str) -> str:
    lines = [f"# {title}", ""]
    overall = overall_result(results)
    if overall is not None:
        lines += [f"**Overall:** {_md_cell(license_label(overall))} \u2014 tier "
                  f"**{overall.tier}** ({_counts(results)})", ""]
    elif results:
        lines += [f"**{_counts(results)}** (several inputs: no overall license)", ""]
    head = ["input", "license", "OSI", *DIMENSIONS, "tier"]
    lines.append("| " + " | ".join(head) + " |")
    lines.append("|" + "|".join(["---"] * 3 + [":-:"] * len(DIMENSIONS) + ["---"]) + "|")
    for r in results:
        cells = [_md_code(input_label(r)), _md_cell(license_label(r)), osi_label(r.osi_approved)]
        cells += [f"{VERDICT_SYMBOLS[r.restrictions[d].verdict]} {r.restrictions[d].verdict}"
                  for d in DIMENSIONS]
        cells.append(f"**{r.tier}**")
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", f"Legend: {legend()}", ""]
    evidence_lines: list[str] = []
    for r in results:
        if r.kind == "folder":
            continue  # its files are listed
        block: list[str] = []
        for d in DIMENSIONS:
            v = r.restrictions[d]
            if v.verdict == "free":
                continue
            reason = f" \u2014 {v.reason}" if v.reason else ""
            block.append(f"- **{d}**: {VERDICT_SYMBOLS[v.verdict]} {v.verdict}{_md_cell(reason)}")
            for ev in _evidence(v):
                block.append(f"  - \u201c{_md_cell(_clip(ev.text))}\u201d ({_where(ev)})")
        for w in r.warnings:
            block.append(f"- warning: {_md_cell(w)}")
        if block:
            evidence_lines += [f"### {_md_code(r.input)}", "", *block, ""]
    if evidence_lines:
        lines += ["## Evidence", "", *evidence_lines]
    return "\n".join(lines).rstrip("\n") + "\n"


# -- HTML ---------------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;color:#1b1f24;
background:#fff;line-height:1.45}
h1{font-size:1.5rem;margin:.2rem 0 1rem}
.badge{margin:.5rem 0 1rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border:1px solid #d0d7de;padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f6f8fa}
td.v{text-align:center;white-space:nowrap}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.88em;word-break:break-all}
.tier{font-weight:600;border-radius:.6rem;padding:.05rem .5rem;color:#fff;white-space:nowrap}
.tier-open{background:#2f8a12}.tier-semi-open{background:#9a7400}
.tier-closed{background:#c0392b}.tier-unknown{background:#6e6e6e}
.v-free{color:#2f8a12}.v-unknown{color:#777}.v-conditional{color:#1f5fa8}.v-restricted{color:#9a6400}
.v-prohibited{color:#c0392b}
details summary{cursor:pointer}
blockquote{margin:.3rem 0;padding:.2rem .5rem;border-left:3px solid #d0d7de;color:#444;
text-align:left;white-space:normal;max-width:28rem}
.src{color:#666;font-size:.8em}
.warn{color:#8a5a00;font-size:.85em}
.legend{margin-top:1rem;color:#444;font-size:.9rem}
"""


def _html_verdict(r: Result, dim: str) -> str:
    v = r.restrictions[dim]
    sym = VERDICT_SYMBOLS[v.verdict]
    label = f'<span class="v-{v.verdict}" title="{dim}: {v.verdict}">{sym} {v.verdict}</span>'
    if v.verdict == "free" or not (v.evidence or v.reason):
        return f'<td class="v">{label}</td>'
    inner = []
    if v.reason:
        inner.append(f"<div>{escape(v.reason)}</div>")
    for ev in _evidence(v):
        inner.append(f"<blockquote>{escape(_clip(ev.text))} "
                     f'<span class="src">({escape(_where(ev))})</span></blockquote>')
    return (f'<td class="v"><details><summary>{label}</summary>'
            f"{''.join(inner)}</details></td>")


def _html(results: Sequence[Result], title: str) -> str:
    overall = overall_result(results)
    rows = []
    for r in results:
        warn = "".join(f'<div class="warn">\u26a0 {escape(w)}</div>' for w in r.warnings)
        label, name = license_label(r), ""
        if r.license and not r.licenses and r.license.id.startswith("LicenseRef-"):
            label = r.license.name
            name = f'<div class="src"><code>{escape(r.license.id)}</code></div>'
        elif r.license and r.license.name != r.license.id:
            name = f'<div class="src">{escape(r.license.name)}</div>'
        cells = [
            f"<td><code>{escape(input_label(r))}</code>{warn}</td>",
            f"<td>{escape(label)}{name}</td>",
            f"<td>{osi_label(r.osi_approved)}</td>",
            *(_html_verdict(r, d) for d in DIMENSIONS),
            f'<td><span class="tier tier-{escape(r.tier)}">{escape(r.tier)}</span></td>',
        ]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    badge = ""
    summary = ""
    if overall is not None:
        badge = f'<div class="badge">{render_svg(overall).strip()}</div>'
        summary = (f"<p>{escape(_counts(results))}; overall tier "
                   f'<span class="tier tier-{escape(overall.tier)}">{escape(overall.tier)}</span>'
                   "</p>")
    head = "".join(f"<th>{h}</th>" for h in ("input", "license", "OSI", *DIMENSIONS, "tier"))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_CSS}</style></head>\n<body>\n"
        f"<h1>{escape(title)}</h1>\n{badge}\n{summary}\n"
        f'<table id="results"><thead><tr>{head}</tr></thead>\n<tbody>\n'
        + "\n".join(rows)
        + "\n</tbody></table>\n"
        f'<p class="legend">{escape(legend())}. Click a verdict to see the clause behind it.</p>\n'
        "</body></html>\n"
    )
