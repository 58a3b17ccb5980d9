"""Outputs people look at: badges (SVG, shields.io endpoint JSON), reports
(Markdown, HTML, JSON, terminal tables)."""

from __future__ import annotations

from .badges import badge, badge_message, endpoint_json, render_svg
from .reports import render_report

__all__ = ["badge", "badge_message", "endpoint_json", "render_report", "render_svg"]
