"""Segmentation: a text cut into clauses (sentences, list items, headings).

Each :class:`Clause` keeps character offsets into the original text, so every
verdict can point at the words that caused it.  Linear time; a clause longer
than :data:`MAX_CLAUSE` is cut at a space.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ... import lazyre

#: a clause longer than this is cut at a space (a 1 MB line stays linear)
MAX_CLAUSE = 700

# segmentation
# --------------------------------------------------------------------------

_LINE_BREAK = lazyre.compile(r"\r\n|\r|\n")
# a list marker or heading at the start of a (left-stripped) line
_MARKER = lazyre.compile(
    r"(?:[-*\u2022+>]|#{1,6}|\(?\d{1,3}(?:\.\d{1,3}){0,4}[.)]?|\(?(?:[ivxlc]{1,6}|[a-zA-Z])[.)])(?=\s)"
)
# sentence end: . ! ? ; followed by space and something that starts a sentence
_SENT_END = lazyre.compile(
    r"[.!?;](?=[ \t\r\n]{1,50}[\"'\u201c\u2018(\[]?[A-Z0-9\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af])"
    r"|[\u3002\uff01\uff1f\uff1b](?=\s{0,50}\S)"
)
#: the same for text with no character beyond ASCII (the CJK classes cost 4 ms to compile)
_SENT_END_ASCII = lazyre.compile(r"[.!?;](?=[ \t\r\n]{1,50}[\"'(\[]?[A-Z0-9])")
WS = lazyre.compile(r"\s+")
_ABBREVIATIONS = frozenset(
    {"e.g", "i.e", "inc", "ltd", "co", "no", "sec", "u.s", "vs", "etc", "cf", "art", "para"}
)
_STRIP_MARKUP = lazyre.compile(r"[*_`#>|]+")
LETTER = lazyre.compile(r"[^\W\d_]")


@dataclass
class Clause:
    start: int
    end: int
    text: str  # whitespace-collapsed, markup-stripped, lower case


def starts_item(text: str, pos: int) -> bool:
    """Whether the clause at ``pos`` of ``text`` opens with a list marker ("(a)", "2.", "-")."""
    return _MARKER.match(text[pos : pos + 16] + " ") is not None


def item_style(text: str, pos: int) -> str:
    """The kind of list marker opening the clause at ``pos`` ("1.#." for "1.2.", "(a)" for
    "(c)", "-"), or "" when it opens with none: items of one list share a style."""
    m = _MARKER.match(text[pos : pos + 16] + " ")
    if m is None:
        return ""
    mark = m.group(0).lower()
    last = _LAST_PART.search(mark)
    if last is None:
        return mark
    kind = "9" if last.group(0).isdigit() else "a"
    return mark[: last.start()] + kind + mark[last.end() :]


_LAST_PART = lazyre.compile(r"[0-9a-z]+(?=[^0-9a-z]*$)")


def line_indent(text: str, pos: int) -> int | None:
    """The indentation of the line the clause at ``pos`` opens, or None when the clause
    starts within a line (an indented line under a lead-in is an item of its list)."""
    line_start = text.rfind("\n", 0, pos) + 1
    gap = text[line_start:pos]
    if gap.strip():
        return None
    return len(gap.expandtabs(4))


def _blocks(text: str) -> list[tuple[int, int]]:
    """Paragraph/list-item spans: a blank line, list marker or heading starts a new one."""
    blocks: list[tuple[int, int]] = []
    cur_start = -1
    cur_end = -1
    pos = 0
    n = len(text)
    prev_colon = False
    while pos <= n:
        m = _LINE_BREAK.search(text, pos)
        line_end = m.start() if m else n
        nxt = m.end() if m else n + 1
        line = text[pos:line_end]
        stripped = line.strip()
        if not stripped:
            if cur_start >= 0:
                blocks.append((cur_start, cur_end))
                cur_start = -1
        else:
            lead = len(line) - len(line.lstrip())
            starts_new = prev_colon or _MARKER.match(line, lead) is not None
            if cur_start >= 0 and starts_new:
                blocks.append((cur_start, cur_end))
                cur_start = -1
            if cur_start < 0:
                cur_start = pos + lead
            cur_end = pos + len(line.rstrip())
            prev_colon = stripped.endswith(":")
        pos = nxt
    if cur_start >= 0:
        blocks.append((cur_start, cur_end))
    return blocks


def _cut_long(start: int, end: int, text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    while end - start > MAX_CLAUSE:
        cut = text.rfind(" ", start + MAX_CLAUSE // 2, start + MAX_CLAUSE)
        if cut <= start:
            cut = start + MAX_CLAUSE
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def normalise_clause(raw: str) -> str:
    """A clause as the rules and the model read it: markup stripped, lower case,
    whitespace collapsed, typographic quotes made plain."""
    norm = WS.sub(" ", _STRIP_MARKUP.sub(" ", raw)).strip().lower()
    return (
        norm.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    )


#: a comment leader at the start of a line (" * ", "# ", "// ")
#: ... or two of them ("// #", "/ #": a comment quoted in another language's comment)
_COMMENT_LEADER = lazyre.compile(r"^[ \t]*(?:\*|#|//?(?=[ \t]+[#*])|//|;;?|--|%|!)(?:[ \t]+(?:#|\*|//))?(?=[ \t]|$)", re.M)
_CARRIED_ON = lazyre.compile(r"[ \t]*\*[ \t]+[a-z]")


def _carried_on(text: str) -> int:
    """How many lines open with "* " and a lower-case word after a long line that ends
    mid-sentence: the wrapped lines of a comment block, not the items of a list."""
    lines = text.splitlines()
    return sum(1 for prev, line in zip(lines, lines[1:], strict=False)
               if len(prev.strip()) >= 50 and prev.rstrip()[-1:] not in ".!?:;" and _CARRIED_ON.match(line))


_BARE_LEADER = lazyre.compile(r"^[ \t]*(?:/?\*+/?|#|//|;;?|--|%|!)[ \t]*$", re.M)
_NONBLANK = lazyre.compile(r"^[ \t]*\S", re.M)


def uncomment(text: str) -> str:
    """A license kept in a source comment, its comment leaders blanked (offsets kept).

    Only when most lines carry a leader and the text looks like a comment block
    (a line with the leader alone, or ``/*`` ... ``*/``, or nearly every line opening
    with the same leader that Markdown does not use for lists): a Markdown list keeps
    its markers.
    """
    leaders = _COMMENT_LEADER.findall(text)
    lines = len(_NONBLANK.findall(text))
    if lines < 3 or len(leaders) < 0.6 * lines:
        return text
    if not (_BARE_LEADER.search(text) or "/*" in text or "*/" in text):
        common = Counter(m.strip() for m in leaders).most_common(1)[0]
        # "*" opens Markdown list items, unless most of its lines carry on a sentence
        # in lower case (a comment block's wrapped lines)
        if (common[0] == "*" and _carried_on(text) < 0.5 * common[1]) \
                or common[1] < 0.8 * lines:
            return text
    return _COMMENT_LEADER.sub(lambda m: " " * len(m.group(0)), text)


_BLANK_GAP = lazyre.compile(r"\S[ \t]*(\r?\n)[ \t]*\r?\n(?=[ \t]*\S)")


def undouble(text: str) -> str:
    """Double-spaced text (a blank line after every line) with its single blank lines
    joined to the line before (offsets kept); two or more blank lines still part
    paragraphs.  Only when most lines are followed by exactly one blank line and many
    of them break off mid-sentence (wrapped lines, not one paragraph per line)."""
    lines = len(_NONBLANK.findall(text))
    if lines < 6:
        return text
    gaps = list(_BLANK_GAP.finditer(text))
    if len(gaps) < 0.7 * (lines - 1):
        return text
    # a wrapped line breaks off mid-sentence; one paragraph per line ends its sentence
    gaps = [m for m in gaps if text[m.start()] not in ".!?:;"]
    if len(gaps) < 0.4 * (lines - 1):
        return text
    out = list(text)
    for m in gaps:
        for i in range(m.start(1), m.end(1)):
            out[i] = " "  # the first line break of the pair: the blank line goes
    return "".join(out)


def segment(text: str, *, layout: bool = True) -> list[Clause]:
    """The clauses of ``text`` with their spans (offsets into ``text``).

    ``layout=False`` keeps comment leaders and double spacing as they are (how clauses
    were cut before those readings; the labelled set's older anchors need it)."""
    if layout:
        text = undouble(uncomment(text))
    ascii_text = text.isascii()
    clauses: list[Clause] = []
    for b_start, b_end in _blocks(text):
        pieces: list[tuple[int, int]] = []
        s = b_start
        for m in (_SENT_END_ASCII if ascii_text else _SENT_END).finditer(text, b_start, b_end):
            so_far = text[s : m.end()].strip()
            mk = _MARKER.match(so_far + " ") if len(so_far) <= 12 else None
            if mk is not None and mk.end() == len(so_far):
                continue  # "1." or "a)" opening a list item
            word = text[max(s, m.start() - 6) : m.start()].rsplit(None, 1)
            if word and word[-1].lower() in _ABBREVIATIONS:
                continue
            pieces.append((s, m.end()))
            s = m.end()
        pieces.append((s, b_end))
        for p_start, p_end in pieces:
            for c_start, c_end in _cut_long(p_start, p_end, text):
                raw = text[c_start:c_end]
                lead = len(raw) - len(raw.lstrip())
                c_start += lead
                c_end = c_start + len(raw.strip())
                if c_end <= c_start:
                    continue
                clauses.append(Clause(c_start, c_end, normalise_clause(text[c_start:c_end])))
    return clauses


# --------------------------------------------------------------------------
# rules
