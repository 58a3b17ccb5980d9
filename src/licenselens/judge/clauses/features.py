"""Features of a clause for the learned clause model: one definition for
training (``tools/train_clauses.py`` hands :func:`analyze` to scikit-learn)
and for inference (:mod:`.classifier`, plain Python), so both see the same.

Words and word pairs of the lower-cased clause; runs of Chinese, Japanese or
Korean characters also give character pairs (those scripts do not separate
words with spaces).
"""

from __future__ import annotations

from ... import lazyre

_WORD = lazyre.compile(r"[^\W\d_][\w'-]*|\d+")
_CJK_RUN = lazyre.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,}")
#: numbers become one token: thresholds differ in amount, not in meaning
_NUMBER = lazyre.compile(r"^\d+$")


def analyze(text: str) -> list[str]:
    """The features of one clause (with repeats: counts matter)."""
    t = text.lower()
    words = ["<num>" if _NUMBER.match(w) else w for w in _WORD.findall(t)]
    out = list(words)
    out.extend(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    for run in [] if t.isascii() else _CJK_RUN.findall(t):
        out.extend(run[i : i + 2] for i in range(len(run) - 1))
    return out
