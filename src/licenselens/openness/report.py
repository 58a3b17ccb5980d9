"""The HTML report of an openness scorecard, with the SVG charts inline.

One self-contained page (no script, no external resource): the score table,
a ranked bar chart per scheme, a radar per model, MOF class progress for MOF
files, and every component's rating with its source.

>>> from .profile import example_profile, profile_from_dict
>>> from .scoring import score
>>> page = render_html([score(profile_from_dict(example_profile("Demo")))], ["ours"])
>>> page.startswith("<!DOCTYPE html>") and 'id="scores"' in page and "<svg" in page
True
"""

from __future__ import annotations

from html import escape

from .._version import __version__
from .charts import bar_chart_svg, radar_svg
from .framework import AREAS, COMPONENT_LABELS, SCHEMES
from .impact import Impact
from .scoring import Scorecard, ranks_by_scheme

_CSS = """
body{font-family:DejaVu Sans,Verdana,Arial,sans-serif;margin:24px;color:#222;max-width:1200px}
h1{font-size:22px}h2{font-size:18px;margin-top:28px}
table{border-collapse:collapse;margin:8px 0;font-size:13px}
th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums}
.charts{display:flex;flex-wrap:wrap;gap:16px}.charts figure{margin:0}
.open{color:#1b5e20}.semi-open{color:#8d6e00}.closed{color:#b71c1c}.na{color:#777}
.warn{color:#8d4e00}small{color:#666}
"""


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _cls(word: str) -> str:
    return "na" if word == "n/a" else word


def _license_cell(card: Scorecard) -> str:
    lic = card.license
    name = lic.label
    return (f'{escape(name)} <span class="{_cls(lic.rating.rating)}">({escape(lic.tier)})</span>'
            f"<br><small>from {escape(lic.origin)}</small>")


def _score_table(cards: list[Scorecard], schemes: list[str]) -> list[str]:
    ranks = ranks_by_scheme(cards)
    head = ("<tr><th>model</th><th>organisation</th><th>license</th>"
            + "".join(f"<th>{escape(a.label)}</th>" for a in AREAS)
            + "".join(f'<th>{escape(SCHEMES[k].label)}<br><small>max {SCHEMES[k].maximum:g}'
                      "</small></th>" for k in schemes) + "</tr>")
    rows = [f'<table id="scores"><thead>{head}</thead><tbody>']
    for card, r in sorted(zip(cards, ranks, strict=True), key=lambda t: (t[1][schemes[0]], t[0].model)):
        p = card.profile
        org = escape(p.organisation) + (f"<br><small>{escape(p.country)}</small>"
                                        if p.country else "")
        cells = [f"<td>{escape(p.model)}</td>", f"<td>{org}</td>", f"<td>{_license_cell(card)}</td>"]
        cells += [f'<td class="num">{_num(card.areas[a.key])}</td>' for a in AREAS]
        cells += [f'<td class="num">{card.totals[k]:.2f} <small>#{r[k]}</small></td>'
                  for k in schemes]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    rows.append("</tbody></table>")
    return rows


def _mof_table(cards: list[Scorecard]) -> list[str]:
    mof = [c for c in cards if c.profile.mof is not None]
    if not mof:
        return []
    out = ["<h2>Model Openness Framework: class progress</h2>",
           '<table id="mof"><thead><tr><th>model</th><th>Class III</th><th>Class II</th>'
           "<th>Class I</th></tr></thead><tbody>"]
    for c in mof:
        pct = c.profile.mof.progress_dict()
        out.append(f"<tr><td>{escape(c.model)}</td>"
                   + "".join(f'<td class="num">{pct[k]:.1f}%</td>' for k in ("III", "II", "I"))
                   + "</tr>")
    out.append("</tbody></table>")
    return out


def _details(card: Scorecard) -> list[str]:
    out = [f"<details><summary>{escape(card.model)}: components</summary>",
           "<table><thead><tr><th>area</th><th>component</th><th>rating</th><th>source</th>"
           "<th>note</th></tr></thead><tbody>"]
    for a in AREAS:
        for c in a.components:
            r = card.ratings[(a.key, c)]
            link = (f'<a href="{escape(r.source, quote=True)}">{escape(r.source)}</a>'
                    if r.source else "")
            out.append(f"<tr><td>{escape(a.label)}</td><td>{escape(COMPONENT_LABELS[c])}</td>"
                       f'<td class="{_cls(r.rating)}">{escape(r.rating)}</td><td>{link}</td>'
                       f"<td>{escape(r.note)}</td></tr>")
    out.append("</tbody></table>")
    if card.warnings:
        out.append("<ul>" + "".join(f'<li class="warn">{escape(w)}</li>'
                                    for w in card.warnings) + "</ul>")
    out.append("</details>")
    return out


def _impact_table(rows: list[Impact]) -> list[str]:
    out = ["<h2>Impact (selection score)</h2>", '<table id="impact"><thead><tr><th>rank</th>'
           "<th>model</th><th>likes</th><th>downloads</th><th>child models</th><th>impact</th>"
           "</tr></thead><tbody>"]
    for i in rows:
        out.append(f'<tr><td class="num">{i.rank}</td><td>{escape(i.model)}</td>'
                   f'<td class="num">{i.stats.likes:g}</td><td class="num">{i.stats.downloads:g}'
                   f'</td><td class="num">{i.stats.children:g}</td>'
                   f'<td class="num">{i.score:.3f}</td></tr>')
    out.append("</tbody></table>")
    return out


def render_html(cards: list[Scorecard], schemes: list[str] | None = None,
                impact: list[Impact] | None = None,
                title: str = "Openness scorecard") -> str:
    """The whole report page as a string (deterministic)."""
    keys = schemes or list(SCHEMES)
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
             f"<h1>{escape(title)}</h1>",
             f"<p><small>licenselens {escape(__version__)}. Ratings: open 1, semi-open 0.5, "
             "closed 0, n/a left out; an area scores the mean of its rated components; a "
             "total is the weighted sum of the four area scores. The license is rated by "
             "licenselens from the license itself.</small></p>"]
    if cards:
        parts += ["<h2>Scores</h2>", *_score_table(cards, keys), "<h2>Rankings</h2>",
                  '<div class="charts" id="bars">']
        parts += [f"<figure>{bar_chart_svg(cards, k)}</figure>" for k in keys]
        parts += ["</div>", "<h2>By area</h2>", '<div class="charts" id="radars">']
        parts += [f"<figure>{radar_svg(c)}</figure>" for c in cards]
        parts += ["</div>", *_mof_table(cards), "<h2>Components and sources</h2>"]
        for c in cards:
            parts += _details(c)
    if impact:
        parts += _impact_table(impact)
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
