"""The HTML report with its inline charts, laid out by headless Chromium (skipped without it)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from licenselens.openness import SCHEMES, load_packaged, score
from licenselens.openness.report import render_html

# Added to a copy of the page only (the report has no script): measures what the browser drew.
PROBE = """<script>
const size = el => { const r = el.getBoundingClientRect(); return [r.width, r.height]; };
const result = {
  rows: document.querySelectorAll('#scores tbody tr').length,
  table: size(document.querySelector('#scores')),
  bars: [...document.querySelectorAll('#bars svg')].map(size),
  radars: [...document.querySelectorAll('#radars svg')].map(size),
  drawn: [...document.querySelectorAll('#bars svg rect title')].length,
};
document.body.dataset.probe = JSON.stringify(result);
</script>"""


def chromium_path() -> str:
    """Chromium from $CHROMIUM, the PATH or /usr/bin/chromium; skip the test otherwise."""
    for candidate in (os.environ.get("CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium"):
        if candidate and Path(candidate).exists():
            return candidate
    pytest.skip("Chromium is not installed (Debian package 'chromium', which "
                ".ci/install-chromium.sh installs in CI): the report's layout is not checked")


def headless(exe: str, workdir: Path, *args: str) -> subprocess.CompletedProcess:
    flags = ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-dev-shm-usage", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={workdir / 'ud'}")
    return subprocess.run([exe, *flags, *args], capture_output=True, text=True, timeout=120,
                          check=False)


@pytest.fixture(scope="module")
def cards():
    return [score(load_packaged(n)) for n in ("olmo", "llama-3-3", "gpt-4")]


def test_report_is_wellformed_html(cards):
    page = render_html(cards, ["ours", "osd"])
    parser = HTMLParser()
    parser.feed(page)
    assert page.count('<svg xmlns="http://www.w3.org/2000/svg"') == 2 + len(cards)
    assert "GPT-4" in page and "no license" in page
    assert page == render_html(cards, ["ours", "osd"])


def test_report_renders_in_chromium(cards, tmp_path):
    exe = chromium_path()
    page = tmp_path / "openness.html"
    page.write_text(render_html(cards).replace("</body>", PROBE + "</body>"), encoding="utf-8")
    proc = headless(exe, tmp_path, "--dump-dom", page.as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    m = re.search(r'data-probe="([^"]*)"', proc.stdout)
    assert m, "the probe script did not run"
    probe = json.loads(m.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    assert probe["rows"] == len(cards)
    assert probe["table"][0] > 300 and probe["table"][1] > 50
    assert len(probe["bars"]) == len(SCHEMES) and len(probe["radars"]) == len(cards)
    assert all(w > 200 and h > 80 for w, h in probe["bars"] + probe["radars"]), probe
    assert probe["drawn"] == len(SCHEMES) * len(cards)
    shot = tmp_path / "openness.png"
    proc = headless(exe, tmp_path, f"--screenshot={shot}", "--window-size=1280,900",
                    "--hide-scrollbars", page.as_uri())
    assert proc.returncode == 0 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
