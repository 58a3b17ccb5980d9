"""License badges: SVG in the shields.io look, and shields.io endpoint JSON.

>>> from licenselens.results import DIMENSIONS, LicenseRef, Result, Verdict
>>> r = Result(input="LICENSE", kind="text", license=LicenseRef("Apache-2.0", "Apache License 2.0"),
...            expression="Apache-2.0", osi_approved=True, tier="open",
...            restrictions={d: Verdict("free") for d in DIMENSIONS},
...            matched_by="exact", confidence=1.0)
>>> badge_message(r)
'Apache-2.0 | open'
>>> endpoint_json(r)["color"]
'brightgreen'

Text widths come from a per-character advance-width table measured on the
font metrics of DejaVu Sans (regular and bold), the font the badge's
font-family list falls back to on systems without Verdana; every text element
also carries ``textLength`` so that whichever font renders it, the text fills
exactly the computed box and nothing is cut.  :func:`measure_font` rebuilds the
table from a font file (it needs ``fontTools``, which is not a dependency).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from html import escape as _html_escape
from pathlib import Path
from typing import Any

from ..errors import FormatError
from ..results import Result

__all__ = [
    "BADGE_FORMATS", "BADGE_STYLES", "TIER_COLORS", "badge_message", "render_badge", "endpoint_json", "render_svg",
    "short_license_name", "text_width",
]

#: the styles :func:`render_svg` draws
BADGE_STYLES: tuple[str, ...] = ("flat", "flat-square", "for-the-badge")
#: badge formats of :func:`badge`
BADGE_FORMATS: tuple[str, ...] = ("svg", "endpoint")

#: tier -> (shields.io colour name, hex) : open green, semi-open amber, closed red, unknown grey
TIER_COLORS: dict[str, tuple[str, str]] = {
    "open": ("brightgreen", "#44cc11"),
    "semi-open": ("yellow", "#dfb317"),
    "closed": ("red", "#e05d44"),
    "unknown": ("lightgrey", "#9f9f9f"),
}

def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as XML entities (as xml.sax.saxutils.escape, lighter to import)."""
    return _html_escape(text, quote=False)


LABEL = "license"
LABEL_COLOR = "#555555"
OSI_MARK = "\u2713 OSI"

# Advance widths in tenths of a pixel at font-size 11px, measured (by measure_font) from
# DejaVuSans.ttf and DejaVuSans-Bold.ttf (unitsPerEm 2048): round(advance / 2048 * 110).
_CHARS = (" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`"
          "abcdefghijklmnopqrstuvwxyz{|}~\u2713\u00b7\u2014\u2026\u00e9")
_REGULAR = tuple(int(w) for w in (
    "35 44 51 92 70 105 86 30 43 43 55 92 35 40 35 37 70 70 70 70 70 70 70 70 70 70 37 37 92 92 92 58 110 75 75 77 85 70 63 85 83 32 32 72 61 95 82 87 66 87 "
    "76 70 67 81 75 109 75 67 75 43 37 43 92 55 55 67 70 60 70 68 39 70 70 31 31 64 31 107 70 67 70 70 45 57 43 70 65 90 65 65 58 70 37 70 92 92 35 110 110 68").split())
_BOLD = tuple(int(w) for w in (
    "38 50 57 92 77 110 96 34 50 50 58 92 42 46 42 40 77 77 77 77 77 77 77 77 77 77 44 44 92 92 92 64 110 85 84 81 91 75 75 90 92 41 41 85 70 109 92 94 81 94 "
    "85 79 75 89 85 121 85 80 80 50 40 50 92 55 55 74 79 65 79 75 48 79 78 38 38 73 38 115 78 76 79 79 54 65 53 78 72 102 71 72 64 78 40 78 92 92 42 110 110 75").split())
_WIDTHS = {False: dict(zip(_CHARS, _REGULAR, strict=True)), True: dict(zip(_CHARS, _BOLD, strict=True))}
#: unmeasured characters count as the widest measured one (never too narrow)
_FALLBACK = {False: max(_REGULAR), True: max(_BOLD)}

_FONT_FAMILY = "Verdana,Geneva,DejaVu Sans,sans-serif"
_MAX_MESSAGE = 48


def text_width(text: str, *, size: float = 11.0, bold: bool = False,
               letter_spacing: float = 0.0) -> float:
    """Rendered width in pixels of ``text`` at ``size`` px (DejaVu Sans metrics).

    >>> text_width("open")
    27.5
    """
    table = _WIDTHS[bold]
    tenths = sum(table.get(ch, _FALLBACK[bold]) for ch in text)
    return round(tenths / 10.0 * size / 11.0 + letter_spacing * len(text), 2)


def measure_font(font_path: str | Path, chars: str = _CHARS) -> list[int]:
    """Advance widths (tenths of a px at 11px) of ``chars`` in a TrueType font.

    How the tables in this module were made; needs the optional ``fontTools``.
    """
    from fontTools.ttLib import TTFont  # type: ignore[import-not-found]

    font = TTFont(str(font_path))
    upm = font["head"].unitsPerEm
    cmap = font.getBestCmap()
    hmtx = font["hmtx"]
    return [round(hmtx[cmap[ord(c)]][0] / upm * 110) for c in chars]


_DROP_WORDS = re.compile(
    r"\b(community license agreement|community license|license agreement|terms of use|"
    r"license|licence|agreement)\b",
    re.IGNORECASE,
)


def short_license_name(license_id: str, name: str | None = None) -> str:
    """A short label for a license: the SPDX id, or for ``LicenseRef-`` ids the
    license's name without words like "Community License Agreement".

    >>> short_license_name("LicenseRef-scancode-llama-3.1-license-2024",
    ...                    "Llama 3.1 Community License Agreement")
    'Llama 3.1'
    >>> short_license_name("MIT", "MIT License")
    'MIT'
    """
    if not license_id.startswith("LicenseRef-"):
        return license_id
    short = ""
    if name and name != license_id:
        short = _DROP_WORDS.sub(" ", name)
        short = " ".join(short.split()).strip(" ,;:-")
    if not short:
        short = re.sub(r"^LicenseRef-(scancode-|licenselens-)?", "", license_id)
    return _truncate(short, 32)


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _license_part(result: Result) -> str:
    licenses = list(result.licenses) or ([result.license] if result.license else [])
    if not licenses:
        if result.tier == "unknown":
            return ""
        if result.matched_by == "clauses":
            return "custom terms"
        return "no license"
    if len(licenses) == 1:
        return short_license_name(licenses[0].id, licenses[0].name)
    expr = result.expression or ""
    if expr and "LicenseRef-" not in expr and len(expr) <= 40:
        return expr
    joiner = " or " if " OR " in expr and " AND " not in expr else " + "
    names = [short_license_name(lic.id, lic.name) for lic in licenses]
    text = joiner.join(names)
    if len(text) > 40:
        text = f"{names[0]} +{len(names) - 1} more"
    return text


def badge_message(result: Result, *, show_osi: bool = False) -> str:
    """The badge's message: ``"<license> | <tier>"`` (``"unknown"`` when nothing was found).

    With ``show_osi``, an OSI-approved license gets a ``"| ✓ OSI"`` mark.
    """
    lic = _license_part(result)
    parts = [lic, result.tier] if lic else [result.tier]
    if show_osi and result.osi_approved:
        parts.append(OSI_MARK)
    return _truncate(" | ".join(parts), _MAX_MESSAGE)


def endpoint_json(result: Result, *, show_osi: bool = False,
                  style: str | None = None) -> dict[str, Any]:
    """The shields.io endpoint JSON (``schemaVersion`` 1) for a result.

    Serve it and point ``https://img.shields.io/endpoint?url=...`` at it.
    """
    _check_style(style)
    data: dict[str, Any] = {
        "schemaVersion": 1,
        "label": LABEL,
        "message": badge_message(result, show_osi=show_osi),
        "color": TIER_COLORS.get(result.tier, TIER_COLORS["unknown"])[0],
    }
    if style is not None and style != "flat":
        data["style"] = style
    return data


def _fmt(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def render_svg(result: Result, *, style: str = "flat", show_osi: bool = False) -> str:
    """The badge as a standalone SVG document (label ``license``, colour by tier)."""
    message = badge_message(result, show_osi=show_osi)
    color = TIER_COLORS.get(result.tier, TIER_COLORS["unknown"])[1]
    return svg_badge(LABEL, message, color, style=style)


def svg_badge(label: str, message: str, color: str, *, style: str = "flat") -> str:
    """Draw a two-part badge. ``style`` is one of :data:`BADGE_STYLES`."""
    if style not in BADGE_STYLES:
        raise FormatError(f"unknown badge style {style!r}; choose one of {', '.join(BADGE_STYLES)}")
    title = f"{label}: {message}"
    big = style == "for-the-badge"
    if big:
        label, message = label.upper(), message.upper()
        size, height, pad, spacing = 10.0, 28, 12, 1.2
        label_w = text_width(label, size=size, letter_spacing=spacing)
        message_w = text_width(message, size=size, bold=True, letter_spacing=spacing)
    else:
        size, height, pad, spacing = 11.0, 20, 6, 0.0
        label_w = text_width(label, size=size)
        message_w = text_width(message, size=size)
    left = math.ceil(label_w) + 2 * pad
    right = math.ceil(message_w) + 2 * pad
    total = left + right
    uid = hashlib.sha1(f"{style}\0{label}\0{message}\0{color}".encode()).hexdigest()[:8]
    esc_title = escape(title).replace('"', "&quot;")
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{total}" height="{height}" '
        f'role="img" aria-label="{esc_title}">',
        f"<title>{escape(title)}</title>",
    ]
    if style == "flat":
        out += [
            f'<linearGradient id="s{uid}" x2="0" y2="100%">'
            '<stop offset="0" stop-color="#bbb" stop-opacity=".1"/>'
            '<stop offset="1" stop-opacity=".1"/></linearGradient>',
            f'<clipPath id="r{uid}"><rect width="{total}" height="{height}" rx="3" '
            'fill="#fff"/></clipPath>',
            f'<g clip-path="url(#r{uid})">',
        ]
    else:
        out.append('<g shape-rendering="crispEdges">')
    out += [
        f'<rect width="{left}" height="{height}" fill="{LABEL_COLOR}"/>',
        f'<rect x="{left}" width="{right}" height="{height}" fill="{color}"/>',
    ]
    if style == "flat":
        out.append(f'<rect width="{total}" height="{height}" fill="url(#s{uid})"/>')
    out.append("</g>")
    weight = ' font-weight="bold"'
    out.append(
        f'<g fill="#fff" text-anchor="middle" font-family="{_FONT_FAMILY}" '
        f'font-size="{_fmt(size)}" text-rendering="geometricPrecision">'
    )
    base_y = 18 if big else 14
    for text, x0, width, w, bold in (
        (label, 0, left, label_w, False), (message, left, right, message_w, big)
    ):
        cx = _fmt(x0 + width / 2)
        attrs = f'textLength="{_fmt(w)}" lengthAdjust="spacing"' + (weight if bold else "")
        body = escape(text)
        if style == "flat":
            out.append(f'<text aria-hidden="true" x="{cx}" y="{base_y + 1}" fill="#010101" '
                       f'fill-opacity=".3" {attrs}>{body}</text>')
        out.append(f'<text x="{cx}" y="{base_y}" {attrs}>{body}</text>')
    out += ["</g>", "</svg>"]
    return "\n".join(out) + "\n"


def render_badge(result: Result, *, format: str = "svg", style: str = "flat",
                 show_osi: bool = False) -> str:
    """The badge of a result: an SVG document (``format="svg"``) or the shields.io
    endpoint JSON as a string (``format="endpoint"``)."""
    if format not in BADGE_FORMATS:
        raise FormatError(f"unknown badge format {format!r}; choose one of {', '.join(BADGE_FORMATS)}")
    _check_style(style)
    if format == "endpoint":
        data = endpoint_json(result, show_osi=show_osi, style=None if style == "flat" else style)
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return render_svg(result, style=style, show_osi=show_osi)


def _check_style(style: str | None) -> None:
    if style is not None and style not in BADGE_STYLES:
        raise FormatError(f"unknown badge style {style!r}; choose one of {', '.join(BADGE_STYLES)}")
