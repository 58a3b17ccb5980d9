"""Text normalisation: every rule that makes two spellings of a license equal.

All matchers (identifiers, phrases, exact hashes, n-gram similarity) see text
through this module, so the rules live in one place:

* Unicode NFKC, then lower case;
* a token is a run of letters/digits, optionally with dotted numeric parts
  (``3.1``, ``2.0``) and a trailing ``+`` (``gpl-2.0+``); every other
  character is a separator;
* British and variant spellings are folded (``licence`` -> ``license``);
* for similarity, copyright-statement lines are dropped (they differ in every
  file).

>>> normalise_phrase("Llama 3.1  Community\\nLicence")
'llama 3.1 community license'
>>> normalise_phrase("GPL-2.0+")
'gpl 2.0+'
>>> tokens("The Apache License, Version 2.0")
['the', 'apache', 'license', 'version', '2.0']
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

from . import lazyre

TOKEN_RE = re.compile(r"[^\W_]+(?:\.\d+)*\+?")

#: variant spellings folded to one form (token -> token)
SPELLING: dict[str, str] = {
    "licence": "license",
    "licences": "licenses",
    "licenced": "licensed",
    "licencing": "licensing",
    "licensor's": "licensor",
    "organisation": "organization",
    "organisations": "organizations",
    "authorised": "authorized",
    "unauthorised": "unauthorized",
    "recognised": "recognized",
    "favour": "favor",
    "behaviour": "behavior",
    "behavioural": "behavioral",
    "modelled": "modeled",
    "sub-license": "sublicense",
    "colour": "color",
    "centre": "center",
    "defence": "defense",
    "offence": "offense",
    "per": "per",
}

_SPELLING_KEYS = frozenset(SPELLING)

_COPYRIGHT_LINE = re.compile(
    r"^[ \t>#*/;!\-]*(?:copyright\b(?!\s+(?:notice|notices|holder|holders|owner|owners|and|law|laws"
    r"|to|in|of|protection|statement|license|licence|interest)\b)|\(c\)|©|portions copyright"
    r"|all rights reserved\.?\s*$)",
    re.IGNORECASE | re.MULTILINE,
)


def _prepare(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        # typographic quotes/dashes are separators anyway; NBSP etc. handled by NFKC
    return text


def _fold(tok: str) -> str:
    return SPELLING.get(tok, tok)


def tokens(text: str) -> list[str]:
    """The normalised tokens of ``text`` (fast path: no offsets)."""
    return _folded(TOKEN_RE.findall(_prepare(text).lower()))


def _folded(toks: list[str]) -> list[str]:
    """``toks`` with variant spellings folded (the list itself when none is there: a set
    test in C costs a tenth of looking every token up)."""
    if _SPELLING_KEYS.isdisjoint(toks):
        return toks
    return [SPELLING.get(t, t) for t in toks]


def normalise_phrase(text: str) -> str:
    """A phrase, identifier or alias in the one form every matcher compares."""
    return " ".join(tokens(text))


def strip_copyright_lines(text: str) -> str:
    """Drop copyright statements (they differ in every copy of a license)."""
    if "opyright" not in text and "©" not in text and "(c)" not in text.lower():
        return text
    out = []
    for line in text.splitlines():
        if len(line) <= _MAX_COPYRIGHT_LINE and _COPYRIGHT_LINE.match(line):
            continue
        out.append(line)
    return "\n".join(out)


_MAX_COPYRIGHT_LINE = 160


def copyright_line_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of copyright-statement lines."""
    if "opyright" not in text and "©" not in text and "(c)" not in text.lower():
        return []
    ranges = []
    for m in _copyright_matches(text):
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        if end - m.start() <= _MAX_COPYRIGHT_LINE:  # a long line is a paragraph, not a notice
            ranges.append((m.start(), end))
    return ranges


#: every line the copyright pattern can match holds one of these (lower case)
_COPYRIGHT_MARKS = ("copyright", "(c)", "\u00a9", "rights reserved")


def _copyright_matches(text: str) -> list[re.Match[str]]:
    """Matches of the copyright-line pattern, tried only on lines holding a mark (the
    pattern run over the whole text cost more than the rest of a warm run)."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: offsets would drift
        return list(_COPYRIGHT_LINE.finditer(text))
    line_starts = set()
    for mark in _COPYRIGHT_MARKS:
        at = low.find(mark)
        while at >= 0:
            line_starts.add(low.rfind("\n", 0, at) + 1)
            at = low.find(mark, at + len(mark))
    found = []
    for start in sorted(line_starts):
        m = _COPYRIGHT_LINE.match(text, start)
        if m:
            found.append(m)
    return found


_UNFOLD: dict[str, list[str]] = {}
for _variant, _form in SPELLING.items():
    _UNFOLD.setdefault(_form, []).append(_variant)


@lru_cache(maxsize=4096)
def phrase_regex(phrase: str) -> re.Pattern[str]:
    """A regex finding a normalised phrase in original text (case, spacing, punctuation free)."""
    parts = []
    for tok in phrase.split():
        forms = [tok, *_UNFOLD.get(tok, [])]
        parts.append("(?:" + "|".join(re.escape(f) for f in forms) + ")")
    body = r"[\W_]+".join(parts)
    return lazyre.compile_now(r"(?<![^\W_])" + body + r"(?![^\W_])", re.IGNORECASE)


class TokenizedText:
    """A text's tokens, with character spans in the original computed on demand.

    ``normalised`` is ``" ".join(tokens)``; :meth:`find` looks a normalised
    phrase up there, at token boundaries, and returns the span of the original
    text it covers.  Tokens on copyright lines are kept here but left out of
    :meth:`similarity_view`.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        prepared = _prepare(text)
        self._prepared = prepared
        ranges = copyright_line_ranges(prepared)
        toks: list[str] = []
        kept: list[int] = []
        pos = 0
        for lo, hi in [*ranges, (len(prepared), len(prepared))]:
            seg = _folded(TOKEN_RE.findall(prepared[pos:lo].lower()))
            kept.extend(range(len(toks), len(toks) + len(seg)))
            toks.extend(seg)
            if hi > lo:
                toks.extend(_folded(TOKEN_RE.findall(prepared[lo:hi].lower())))
            pos = hi
        self.tokens = toks
        self._kept = kept
        self.normalised = " ".join(toks)
        self._char_starts: list[int] | None = None
        self._spans: tuple[list[int], list[int]] | None = None

    @classmethod
    def of(cls, text: str) -> TokenizedText:
        return cls(text)

    def similarity_view(self) -> tuple[list[str], list[int]]:
        """Tokens without copyright lines, and the index in ``tokens`` of each."""
        if len(self._kept) == len(self.tokens):
            return self.tokens, self._kept
        return [self.tokens[i] for i in self._kept], self._kept

    @property
    def _tok_char_starts(self) -> list[int]:
        if self._char_starts is None:
            lengths = map(len, self.tokens[:-1])
            starts = list(accumulate(lengths, initial=0))
            self._char_starts = [x + i for i, x in enumerate(starts)] if self.tokens else []
        return self._char_starts

    @property
    def starts(self) -> list[int]:
        return self._token_spans()[0]

    @property
    def ends(self) -> list[int]:
        return self._token_spans()[1]

    def _token_spans(self) -> tuple[list[int], list[int]]:
        if self._spans is None:
            spans = [m.span() for m in TOKEN_RE.finditer(self._prepared)]
            starts = [a for a, _ in spans]
            ends = [b for _, b in spans]
            if len(self._prepared) != len(self.text):
                scale = len(self.text) / max(1, len(self._prepared))
                starts = [min(len(self.text), int(x * scale)) for x in starts]
                ends = [min(len(self.text), int(x * scale)) for x in ends]
            self._spans = (starts, ends)
        return self._spans

    def token_at_char(self, norm_offset: int) -> int:
        """Index of the token at an offset of ``normalised``."""
        return bisect_right(self._tok_char_starts, norm_offset) - 1

    def find(self, phrase: str, start_token: int = 0) -> tuple[int, int] | None:
        """Span (start, end) in the original text of a normalised phrase, or None."""
        if not phrase:
            return None
        if start_token == 0 and f" {phrase} " not in f" {self.normalised} ":
            return None
        if start_token == 0:
            m = phrase_regex(phrase).search(self.text)
            if m:
                return m.start(), m.end()
        return self._find_by_tokens(phrase, start_token)

    def _find_by_tokens(self, phrase: str, start_token: int) -> tuple[int, int] | None:
        norm = self.normalised
        pos = self._tok_char_starts[start_token] if start_token < len(self.tokens) else len(norm)
        while True:
            i = norm.find(phrase, pos)
            if i < 0:
                return None
            j = i + len(phrase)
            if (i == 0 or norm[i - 1] == " ") and (j == len(norm) or norm[j] == " "):
                first = bisect_right(self._tok_char_starts, i) - 1
                last = bisect_right(self._tok_char_starts, j - 1) - 1
                return self.starts[first], self.ends[last]
            pos = i + 1

    def token_index_at(self, char_offset: int) -> int:
        """Index of the first token that starts at or after ``char_offset`` of the original."""
        return bisect_right(self.starts, char_offset - 1) if char_offset > 0 else 0
