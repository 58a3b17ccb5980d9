"""Word-bigram features of a token list, as int64 keys (vectorised with numpy)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
else:
    from ..lazymod import numpy as np


SCHEME = "bigram-v1"


def word_ids(toks: list[str], vocab: dict[str, int]) -> np.ndarray:
    """Vocabulary ids of tokens (0 for words no reference uses)."""
    get = vocab.get
    return np.array([get(t, 0) for t in toks], dtype=np.int64)


def bigram_keys(ids: np.ndarray) -> np.ndarray:
    """One int64 key per adjacent pair of word ids (pairs with an unknown word get -1)."""
    if len(ids) < 2:
        return np.zeros(0, dtype=np.int64)
    a = ids[:-1]
    b = ids[1:]
    keys = (a << 24) | b
    keys[(a == 0) | (b == 0)] = -1
    return keys


def unique(values: np.ndarray) -> np.ndarray:
    """The sorted distinct values of a 1-d array (``np.unique`` without its import of
    ``numpy.ma``, 20 ms of a cold start).

    >>> from licenselens.lazymod import numpy
    >>> unique(numpy.array([3, 1, 3, -1])).tolist()
    [-1, 1, 3]
    """
    if len(values) == 0:
        return np.sort(values)
    ordered = np.sort(values)
    keep = np.empty(len(ordered), dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]
