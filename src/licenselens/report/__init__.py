"""Renderers: Results in, text out.  Nothing here classifies.

* :mod:`.text`: the terminal block of ``classify``; :mod:`.table`: the table of ``report``;
* :mod:`.documents`: Markdown, HTML and JSON reports;
* :mod:`.badges`: SVG badges and shields.io endpoint JSON;
* :mod:`.spdx`: an SPDX 2.3 document of what was found;
* :mod:`.labels`: symbols, labels and the legend they all share.

A new output format is a module here plus a command or option in
:mod:`licenselens.cli.commands`.
"""

from __future__ import annotations

from .badges import badge_message, endpoint_json, render_badge, render_svg
from .documents import render_report
from .text import format_text

__all__ = ["badge_message", "endpoint_json", "format_text", "render_badge", "render_report",
           "render_svg"]
