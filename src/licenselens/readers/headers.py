"""``SPDX-License-Identifier:`` headers of source files (the REUSE convention).

Only the first lines of a file are looked at (:data:`MAX_LINES`).  A tag's
value is kept as written (compound expressions, ``LicenseRef-``, lower case,
deprecated ids): the identifier layer parses it.  Several tags in one file
mean every one applies, so :func:`combined_expression` joins them with AND.

>>> tags, warnings = find_tags("// SPDX-License-Identifier: MIT OR Apache-2.0\\nint x;\\n")
>>> [(t.expression, t.line) for t in tags], warnings
([('MIT OR Apache-2.0', 1)], [])
>>> combined_expression([SpdxTag("MIT", 1, 0, 3), SpdxTag("Apache-2.0 AND CC-BY-4.0", 2, 0, 24)])
'MIT AND (Apache-2.0 AND CC-BY-4.0)'
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path

from .decode import decode_bytes
from .kinds import SpdxTag

#: lines of a file searched for tags (REUSE puts them in the header)
MAX_LINES = 50
#: bytes read from a file for its header
MAX_HEADER_BYTES = 16_384
#: longest tag value kept; a longer one is cut with the warning "tag truncated"
MAX_TAG = 1_000

_TAG = re.compile(r"SPDX-License-Identifier:[ \t]*", re.IGNORECASE)
#: characters an SPDX expression is made of (ids, LicenseRef-, DocumentRef-x:, +, parens)
_EXPR = re.compile(r"[A-Za-z0-9.+\-:() \t]*")
#: what may follow an expression on its line: comment closers, quotes, punctuation
_CLOSERS = re.compile(r"""\s*(\*/|-->|--\}\}|#\}|%\}|\*\)|:\)|-\}|"{1,3}|'{1,3}|[,;)\]}>*/#%-])*\s*$""")


def find_tags(text: str, source: str = "text", *,
              max_lines: int = MAX_LINES) -> tuple[list[SpdxTag], list[str]]:
    """The SPDX tags in the first ``max_lines`` lines of ``text``, and warnings.

    A mention that is not a tag (a regular expression or a template that
    only names ``SPDX-License-Identifier``) is passed over.
    """
    tags: list[SpdxTag] = []
    warnings: list[str] = []
    pos = 0
    for number, line in enumerate(text.splitlines(keepends=True)[:max_lines], start=1):
        for m in _TAG.finditer(line):
            value_start = m.end()
            run = _EXPR.match(line, value_start)
            assert run is not None  # the pattern matches the empty string
            # a trailing '-' or ':' belongs to a comment closer (``-->``, ``-}``), never to an id
            value = re.sub(r"[\s:-]+$", "", run.group(0))
            rest = line[value_start + len(run.group(0)):].rstrip("\r\n")
            if not value.strip() or not _CLOSERS.match(rest):
                continue
            truncated = len(value) > MAX_TAG
            if truncated:
                value = value[:MAX_TAG]
                warnings.append(f"{source}:{number}: SPDX tag truncated: longer than {MAX_TAG} "
                                "characters, only its beginning is kept")
            start = pos + value_start
            tags.append(SpdxTag(value, number, start, start + len(value), truncated))
        pos += len(line)
    return tags, warnings


def combined_expression(tags: Iterable[SpdxTag]) -> str | None:
    """All tags of one file as one expression: each compound tag in parentheses, joined
    with AND; repeated tags once (in order of first appearance)."""
    parts: list[str] = []
    for tag in tags:
        expr = " ".join(tag.expression.split())
        if re.search(r"\s(and|or|with)\s", expr, re.IGNORECASE) and not _wrapped(expr):
            expr = f"({expr})"
        if expr and expr not in parts:
            parts.append(expr)
    if not parts:
        return None
    if len(parts) == 1 and _wrapped(parts[0]):
        inner = parts[0][1:-1].strip()
        return inner or None
    return " AND ".join(parts)


def _wrapped(expr: str) -> bool:
    """True when the whole expression sits inside one pair of parentheses."""
    if not (expr.startswith("(") and expr.endswith(")")):
        return False
    depth = 0
    for i, ch in enumerate(expr):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and i < len(expr) - 1:
            return False
    return depth == 0


def read_header_tags(path: str | Path, *, max_lines: int = MAX_LINES,
                     max_bytes: int = MAX_HEADER_BYTES) -> tuple[list[SpdxTag], list[str]]:
    """The SPDX tags in the header of the file at ``path``, and warnings.

    Never raises for a file: an unreadable, special or binary file gives no
    tags and one warning (binary files give none).
    """
    source = str(path)
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            return [], [f"{source}: not a regular file: headers not read"]
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            data = fh.read(max_bytes)
    except OSError as exc:
        return [], [f"{source}: headers not read: {exc.strerror or exc}"]
    low = data.lower()
    if b"spdx-license-identifier" not in low and b"s\x00p\x00d\x00x\x00" not in low:
        return [], []  # the common case: no tag, no decoding
    decoded = decode_bytes(data, source, truncated=len(data) >= max_bytes)
    if decoded.is_binary:
        return [], []
    return find_tags(decoded.text, source, max_lines=max_lines)
