"""Badges: every style and tier gives well-formed SVG with the right text and
colour; the endpoint JSON follows the shields.io endpoint schema."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from licenselens.api import badge
from licenselens.report.badges import (
    BADGE_STYLES,
    TIER_COLORS,
    badge_message,
    endpoint_json,
    render_svg,
    short_license_name,
    text_width,
)
from licenselens.results import DIMENSIONS, Evidence, LicenseRef, Result, Verdict

SVG = "{http://www.w3.org/2000/svg}"


def make_result(tier: str, lic: tuple[str, str] | None, verdicts: dict[str, str] | None = None,
                osi: bool | None = None, expression: str | None = None,
                matched_by: str = "exact") -> Result:
    verdicts = verdicts or {}
    restr = {}
    for d in DIMENSIONS:
        v = verdicts.get(d, "free")
        ev = [] if v == "free" else [Evidence(f"an imitation clause limiting {d}", 10, 44, "text")]
        restr[d] = Verdict(v, ev)
    ref = LicenseRef(*lic) if lic else None
    return Result(input="LICENSE", kind="text", license=ref,
                  expression=expression or (ref.id if ref else None), osi_approved=osi,
                  tier=tier, restrictions=restr, matched_by=matched_by, confidence=1.0)


APACHE = make_result("open", ("Apache-2.0", "Apache License 2.0"), osi=True)
LLAMA = make_result(
    "semi-open",
    ("LicenseRef-scancode-llama-3.1-license-2024", "Llama 3.1 Community License Agreement"),
    {"use": "restricted", "modify": "conditional", "redistribute": "conditional",
     "commercial": "restricted"}, osi=False)
CLOSED = make_result("closed", None, {d: "prohibited" for d in DIMENSIONS}, osi=False,
                     matched_by="clauses")
UNKNOWN = make_result("unknown", None, matched_by="none")

CASES = [
    (APACHE, "Apache-2.0 | open", "#44cc11"),
    (LLAMA, "Llama 3.1 | semi-open", "#dfb317"),
    (CLOSED, "custom terms | closed", "#e05d44"),
    (UNKNOWN, "unknown", "#9f9f9f"),
]


def _texts(root: ET.Element) -> list[str]:
    return [t.text or "" for t in root.iter(f"{SVG}text")]


@pytest.mark.parametrize("style", BADGE_STYLES)
@pytest.mark.parametrize(("result", "message", "color"), CASES)
def test_svg_badge_every_style_and_tier(result, message, color, style):
    svg = render_svg(result, style=style)
    root = ET.fromstring(svg)  # well-formed XML
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    title = root.find(f"{SVG}title")
    assert title is not None and title.text == f"license: {message}"
    assert root.get("aria-label") == f"license: {message}"
    shown = [t for t in _texts(root)]
    expect_label, expect_message = "license", message
    if style == "for-the-badge":
        expect_label, expect_message = expect_label.upper(), expect_message.upper()
    assert expect_label in shown and expect_message in shown
    fills = [r.get("fill") for r in root.iter(f"{SVG}rect")]
    assert color in fills
    assert "#555555" in fills  # the grey label part
    # the text boxes fit inside the badge, whatever the font renders
    width = float(root.get("width"))
    rects = [r for r in root.iter(f"{SVG}rect") if r.get("fill") in (color, "#555555")]
    assert sum(float(r.get("width")) for r in rects) == pytest.approx(width)
    for t in root.iter(f"{SVG}text"):
        assert float(t.get("textLength")) < width
    assert root.get("height") == ("28" if style == "for-the-badge" else "20")


def test_text_boxes_are_wider_than_their_text():
    root = ET.fromstring(render_svg(LLAMA))
    label_rect, message_rect = [r for r in root.iter(f"{SVG}rect")
                                if r.get("fill") in ("#555555", "#dfb317")]
    texts = [t for t in root.iter(f"{SVG}text") if t.get("fill") is None]
    label_text, message_text = texts
    assert float(label_text.get("textLength")) + 10 <= float(label_rect.get("width"))
    assert float(message_text.get("textLength")) + 10 <= float(message_rect.get("width"))
    # the text is centred on its part
    assert float(message_text.get("x")) == pytest.approx(
        float(message_rect.get("x")) + float(message_rect.get("width")) / 2)


def test_text_width_table():
    assert text_width("") == 0
    assert text_width("iiii") < text_width("MMMM")
    assert text_width("W", bold=True) > text_width("W")
    assert text_width("a", size=22) == pytest.approx(2 * text_width("a"))
    # characters outside the table are never counted narrower than the widest measured
    assert text_width("\u4e2d") >= text_width("W")


def test_svg_escapes_markup():
    evil = make_result("open", ("LicenseRef-x", 'A <b>&"quoted"</b> License'))
    root = ET.fromstring(render_svg(evil))
    assert 'A <b>&"quoted"</b>' in root.find(f"{SVG}title").text


def test_svg_is_deterministic_and_ids_differ_between_badges():
    assert render_svg(LLAMA) == render_svg(LLAMA)
    assert render_svg(APACHE) != render_svg(LLAMA)
    ids_a = {e.get("id") for e in ET.fromstring(render_svg(APACHE)).iter() if e.get("id")}
    ids_b = {e.get("id") for e in ET.fromstring(render_svg(LLAMA)).iter() if e.get("id")}
    assert ids_a and not ids_a & ids_b


def test_osi_mark():
    assert badge_message(APACHE, show_osi=True) == "Apache-2.0 | open | \u2713 OSI"
    assert badge_message(LLAMA, show_osi=True) == "Llama 3.1 | semi-open"
    root = ET.fromstring(render_svg(APACHE, show_osi=True))
    assert "Apache-2.0 | open | \u2713 OSI" in _texts(root)


def test_short_names():
    assert short_license_name("LicenseRef-scancode-gemma-terms-2024", "Gemma Terms of Use") == "Gemma"
    assert short_license_name("LicenseRef-x-y", "License Agreement") == "x-y"
    assert short_license_name("GPL-3.0-only", "GNU General Public License v3.0 only") == "GPL-3.0-only"
    long = short_license_name("LicenseRef-a", "A " + "very " * 20 + "long name")
    assert len(long) <= 32 and long.endswith("\u2026")


def test_expression_message():
    r = make_result("open", ("MIT", "MIT License"), osi=True, expression="MIT OR Apache-2.0")
    r.licenses = [LicenseRef("MIT", "MIT License"), LicenseRef("Apache-2.0", "Apache License 2.0")]
    assert badge_message(r) == "MIT OR Apache-2.0 | open"


def test_unknown_style_is_an_error():
    with pytest.raises(ValueError, match="style"):
        render_svg(APACHE, style="plastic-wrap")


# -- shields.io endpoint schema -----------------------------------------------------------

_SHIELDS_STYLES = {"flat", "flat-square", "plastic", "for-the-badge", "social"}
_OPTIONAL = {"labelColor": str, "isError": bool, "namedLogo": str, "logoSvg": str,
             "logoColor": str, "logoWidth": int, "style": str, "cacheSeconds": int}


def assert_shields_endpoint(data: dict) -> None:
    """The shields.io endpoint badge schema (https://shields.io/badges/endpoint-badge)."""
    assert data["schemaVersion"] == 1 and type(data["schemaVersion"]) is int
    assert isinstance(data["label"], str)
    assert isinstance(data["message"], str) and data["message"]
    assert isinstance(data["color"], str) and data["color"]
    for key, value in data.items():
        if key in ("schemaVersion", "label", "message", "color"):
            continue
        assert key in _OPTIONAL, f"unknown endpoint field {key}"
        assert isinstance(value, _OPTIONAL[key])
    if "style" in data:
        assert data["style"] in _SHIELDS_STYLES


@pytest.mark.parametrize(("result", "message", "color"), CASES)
def test_endpoint_json(result, message, color):
    data = endpoint_json(result)
    assert_shields_endpoint(data)
    assert data["label"] == "license" and data["message"] == message
    assert data["color"] == TIER_COLORS[result.tier][0]
    assert json.loads(json.dumps(data)) == data


@pytest.mark.parametrize("style", BADGE_STYLES)
def test_endpoint_json_style(style):
    data = endpoint_json(LLAMA, style=style, show_osi=True)
    assert_shields_endpoint(data)
    assert data.get("style", "flat") == style


def test_badge_for_an_identifier():
    svg = badge("Apache-2.0")
    assert "Apache-2.0 | open" in _texts(ET.fromstring(svg))
    data = json.loads(badge("cc-by-nc-4.0", format="endpoint"))
    assert_shields_endpoint(data)
    assert data["message"] == "CC-BY-NC-4.0 | semi-open" and data["color"] == "yellow"
    assert json.loads(badge("no-such-license-anywhere", format="endpoint"))["message"] == "unknown"


def test_badge_for_a_path(tmp_path):
    card = tmp_path / "README.md"
    card.write_text("---\nlicense: cc-by-nc-4.0\n---\n# A model\n\nA card we wrote.\n",
                    encoding="utf-8")
    svg = badge(str(card), style="flat-square")
    assert "#dfb317" in svg and "CC-BY-NC-4.0 | semi-open" in svg


def test_badge_bad_format():
    with pytest.raises(ValueError, match="format"):
        badge("MIT", format="png")
