"""Reports: Markdown, JSON, a self-contained HTML file (rendered in headless
Chromium when it is installed), and the terminal table."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from licenselens.judge.combine import overall_result
from licenselens.report.documents import render_report
from licenselens.report.labels import VERDICT_SYMBOLS
from licenselens.report.table import plain_table, print_table
from licenselens.results import DIMENSIONS, Evidence, LicenseRef, Result, Verdict


def make(input_: str, tier: str, lic: tuple[str, str] | None, verdicts: dict[str, str],
         osi: bool | None = False, warnings: list[str] | None = None) -> Result:
    restr = {}
    for d in DIMENSIONS:
        v = verdicts.get(d, "free")
        ev = [] if v == "free" else [
            Evidence(f"You shall not {d} this model beyond the limits <we> set.", 100, 160, "text")]
        restr[d] = Verdict(v, ev, reason=f"our {d} reason" if v != "free" else "")
    ref = LicenseRef(*lic) if lic else None
    return Result(input=input_, kind="text", license=ref, expression=ref.id if ref else None,
                  osi_approved=osi, tier=tier, restrictions=restr,
                  matched_by="similarity" if ref else "clauses", confidence=0.9,
                  warnings=warnings or [])


RESULTS = [
    make("code/LICENSE", "open", ("Apache-2.0", "Apache License 2.0"), {}, osi=True),
    make("model/LICENSE", "semi-open",
         ("LicenseRef-scancode-llama-3.1-license-2024", "Llama 3.1 Community License Agreement"),
         {"use": "restricted", "modify": "conditional", "redistribute": "conditional",
          "commercial": "restricted"}),
    make("data/TERMS|odd.txt", "closed", None, {d: "prohibited" for d in DIMENSIONS},
         warnings=["the text matches no known license"]),
]


def test_markdown_report():
    md = render_report(RESULTS, "md")
    lines = md.splitlines()
    assert lines[0] == "# License report"
    table = [ln for ln in lines if ln.startswith("| ")]
    assert len(table) == 1 + len(RESULTS)  # header + one row each
    header = [c.strip() for c in table[0].strip("|").split("|")]
    assert header == ["input", "license", "OSI", *DIMENSIONS, "tier"]
    assert "Apache-2.0" in table[1] and "**open**" in table[1] and "yes" in table[1]
    assert f"{VERDICT_SYMBOLS['restricted']} restricted" in table[2]
    assert "data/TERMS\\|odd.txt" in table[3]  # a pipe in a cell is escaped
    # every row has the same number of cells as the header (escaped pipes excluded)
    for row in table:
        assert len(re.split(r"(?<!\\)\|", row)) == len(re.split(r"(?<!\\)\|", table[0]))
    assert "Legend:" in md
    assert "## Evidence" in md and "You shall not commercial this model" in md
    assert "warning: the text matches no known license" in md


def test_json_report_is_the_contract_array():
    data = json.loads(render_report(RESULTS, "json"))
    assert [d["input"] for d in data] == [r.input for r in RESULTS]
    assert data[1]["restrictions"]["use"]["verdict"] == "restricted"
    assert data[1]["restricted_count"] == 2


def test_unknown_format():
    with pytest.raises(ValueError, match="format"):
        render_report(RESULTS, "pdf")


def test_overall_result_combines_files():
    overall = overall_result(RESULTS)
    assert overall is not None and overall.tier == "closed"
    assert overall_result(RESULTS[:1]) is RESULTS[0]
    assert overall_result([]) is None


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))


def test_html_report_is_self_contained():
    html = render_report(RESULTS, "html")
    p = _Collect()
    p.feed(html)
    tags = [t for t, _ in p.tags]
    assert tags.count("tr") == 1 + len(RESULTS)
    assert "svg" in tags and "details" in tags and "style" in tags
    # no external assets: no links, scripts, images or remote URLs in attributes
    assert not {"link", "script", "img", "iframe"} & set(tags)
    for _, attrs in p.tags:
        for key, value in attrs.items():
            if key == "xmlns":  # a namespace name, not something fetched
                continue
            assert not re.match(r"(https?:)?//", value or "")
    assert "url(http" not in html and "@import" not in html
    # the evidence is escaped, and the inline badge is well-formed XML
    assert "&lt;we&gt;" in html
    svg = html[html.index("<svg"): html.index("</svg>") + 6]
    ET.fromstring(svg)


def test_terminal_tables():
    text = plain_table(RESULTS)
    assert "Apache-2.0" in text and "semi-open" in text and VERDICT_SYMBOLS["prohibited"] in text
    buf = io.StringIO()
    print_table(RESULTS, buf, color=False, width=160)
    out = buf.getvalue()
    assert "code/LICENSE" in out and "closed" in out
    assert "model/LICENSE: use:" in out


# -- headless Chromium --------------------------------------------------------------------

_CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu",
                   "--disable-background-networking", "--disable-component-update",
                   "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]

# Appended to a copy of the report (the report itself has no script): records what the
# browser laid out, so that --dump-dom shows it.
_PROBE = """<script>
const box = el => { const r = el.getBoundingClientRect();
  return {w: r.width, h: r.height, vis: getComputedStyle(el).visibility}; };
const svg = document.querySelector('.badge svg');
const texts = [...svg.querySelectorAll('text')].filter(t => !t.hasAttribute('aria-hidden'))
  .map(t => { const c = t.cloneNode(true); c.removeAttribute('textLength');
    c.removeAttribute('lengthAdjust'); t.parentNode.appendChild(c);
    const natural = c.getComputedTextLength(); c.remove();
    return {text: t.textContent, natural: natural, computed: +t.getAttribute('textLength')}; });
const probe = {table: box(document.querySelector('#results')), badge: box(svg),
  rows: document.querySelectorAll('#results tbody tr').length, texts: texts};
document.body.setAttribute('data-probe', JSON.stringify(probe));
</script>"""


def _chromium() -> str:
    exe = os.environ.get("CHROMIUM") or shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if not exe:
        pytest.skip("Chromium is not installed (Debian package 'chromium'; "
                    ".ci/install-chromium.sh installs it in CI): HTML rendering not checked")
    return exe


def _run_chromium(exe: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    cmd = [exe, *_CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def test_html_report_renders_in_chromium(tmp_path):
    exe = _chromium()
    html = render_report(RESULTS, "html")
    page = tmp_path / "report.html"
    page.write_text(html.replace("</body>", _PROBE + "</body>"), encoding="utf-8")
    proc = _run_chromium(exe, tmp_path, "--dump-dom", page.as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = proc.stdout
    assert 'id="results"' in dom and "<svg" in dom
    m = re.search(r"data-probe=\"([^\"]*)\"", dom)
    assert m, "the layout probe did not run"
    probe = json.loads(m.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    assert probe["rows"] == len(RESULTS)
    for part in ("table", "badge"):
        assert probe[part]["w"] > 50 and probe[part]["h"] > 10, probe
        assert probe[part]["vis"] == "visible"
    assert probe["badge"]["h"] == 20
    # the width table matches what the browser's font actually measures (within 1.5 px)
    assert len(probe["texts"]) == 2 and probe["texts"][0]["text"] == "license"
    for t in probe["texts"]:
        assert abs(t["natural"] - t["computed"]) <= 1.5, t

    shot = tmp_path / "report.png"
    proc = _run_chromium(exe, tmp_path, f"--screenshot={shot}", "--window-size=1200,800",
                         "--hide-scrollbars", page.as_uri())
    assert proc.returncode == 0 and shot.exists(), proc.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 5000


# -- the report and badge commands --------------------------------------------------------


def test_report_command(tmp_path, capsys):
    from licenselens.cli import main

    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "README.md").write_text(
        "---\nlicense: cc-by-nc-4.0\n---\n# demo\n\nA card we wrote.\n", encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["report", str(tmp_path / "m"), "--format", "html", "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "CC-BY-NC-4.0" in html and "<svg" in html
    assert main(["report", str(tmp_path / "m"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert any(d["tier"] == "semi-open" for d in data)
    assert main(["report", str(tmp_path / "m")]) == 0  # not a terminal: Markdown
    assert capsys.readouterr().out.startswith("# License report")
    assert main(["report", str(tmp_path / "missing")]) == 1
    assert "missing" in capsys.readouterr().err


def test_badge_command(tmp_path, capsys):
    from licenselens.cli import main

    assert main(["badge", "Apache-2.0", "--format", "endpoint", "--osi"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == {"schemaVersion": 1, "label": "license",
                    "message": "Apache-2.0 | open | \u2713 OSI", "color": "brightgreen"}
    out = tmp_path / "b.svg"
    assert main(["badge", "cc-by-nc-4.0", "--style", "for-the-badge", "-o", str(out)]) == 0
    root = ET.fromstring(out.read_text(encoding="utf-8"))
    assert root.get("height") == "28"
    assert main(["badge", "MIT", "--style", "shiny"]) == 2
    capsys.readouterr()
