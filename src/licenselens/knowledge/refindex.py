"""The reference index: license texts from the LicenseDB snapshot
(:mod:`licenselens.knowledge.snapshot`; ScanCode LicenseDB, CC-BY-4.0, by
nexB Inc. and the ScanCode contributors), tokenised with
:mod:`licenselens.normalise` into word-bigram sets.

The index is built from the active snapshot on first use and cached (numpy
arrays, see :mod:`.cache`) in the user cache, keyed by the snapshot's digest.  It holds, per
reference license, its set of bigram features, and per feature the list of
references that contain it (an inverted index), plus a hash of each
normalised text for exact matching.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from ..errors import SnapshotError
from ..normalise import strip_copyright_lines, tokens
from . import cache, snapshot
from . import features as feat

INDEX_FORMAT = 7
#: ScanCode entries that are not a license text one can match against
_SKIP_FLAGS = ("is_deprecated", "is_unknown", "is_generic")


@dataclass
class RefIndex:
    keys: list[str]  # scancode keys, one per reference
    categories: list[str]
    is_exception: np.ndarray  # bool per reference
    sizes: np.ndarray  # number of unique bigram features per reference
    vocab: dict[str, int]  # word -> id (0 = unknown word)
    feat_keys: np.ndarray  # sorted int64 bigram keys
    post_ptr: np.ndarray  # feature -> slice of post_refs
    post_refs: np.ndarray  # reference ids
    ref_ptr: np.ndarray  # reference -> slice of ref_feats
    ref_feats: np.ndarray  # sorted feature indices per reference
    exact: dict[str, int]  # sha1 of normalised text -> reference
    version: str = ""
    #: scancode key -> reference number (derived from ``keys``)
    numbers: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.numbers = {k: i for i, k in enumerate(self.keys)}

    def encode(self) -> cache.Plain:
        """The index as cacheable plain data (see :func:`cache.load_or_build`)."""
        meta = {"keys": self.keys, "categories": self.categories, "vocab": self.vocab,
                "exact": self.exact, "version": self.version}
        arrays = {name: getattr(self, name) for name in _ARRAYS}
        return meta, arrays

    @classmethod
    def decode(cls, plain: cache.Plain) -> RefIndex:
        """The inverse of :meth:`encode`."""
        meta, arrays = plain
        return cls(keys=list(meta["keys"]), categories=list(meta["categories"]),
                   vocab=dict(meta["vocab"]), exact=dict(meta["exact"]),
                   version=str(meta["version"]), **{n: arrays[n] for n in _ARRAYS})


#: the numpy fields of :class:`RefIndex`
_ARRAYS = ("is_exception", "sizes", "feat_keys", "post_ptr", "post_refs", "ref_ptr", "ref_feats")


def ref_number(idx: RefIndex, key: str) -> int | None:
    """The index of a ScanCode key among the references, or None."""
    return idx.numbers.get(key)


def text_hash(toks: list[str]) -> str:
    return hashlib.sha1(" ".join(toks).encode()).hexdigest()


def reference_hash(key: str) -> str | None:
    """:func:`text_hash` of a reference's normalised text, read from the active snapshot
    (slow: for the rare case where two references have the same bigrams)."""
    try:
        entry = snapshot.licenses().get(key)
    except SnapshotError:
        return None
    return text_hash(tokens(strip_copyright_lines(entry.get("text") or ""))) if entry else None


def build_index(entries: Iterable[dict[str, Any]], version: str) -> RefIndex:
    """The index of LicenseDB entries (snapshot lines: ``key``, flags, ``text``)."""
    keys: list[str] = []
    cats: list[str] = []
    excs: list[bool] = []
    docs: list[list[str]] = []
    for entry in sorted(entries, key=lambda e: e["key"]):
        if any(entry.get(f) for f in _SKIP_FLAGS):
            continue
        toks = tokens(strip_copyright_lines(entry.get("text") or ""))
        if len(toks) < 8:
            continue
        keys.append(entry["key"])
        cats.append(entry.get("category", ""))
        excs.append(bool(entry.get("is_exception")))
        docs.append(toks)
    vocab: dict[str, int] = {}
    for toks in docs:
        for t in toks:
            if t not in vocab:
                vocab[t] = len(vocab) + 1
    ref_sets = [np.unique(feat.bigram_keys(feat.word_ids(t, vocab))) for t in docs]
    feat_keys = np.unique(np.concatenate(ref_sets)) if ref_sets else np.zeros(0, np.int64)
    ref_feats_l = [np.searchsorted(feat_keys, s).astype(np.int32) for s in ref_sets]
    sizes = np.array([len(s) for s in ref_feats_l], dtype=np.int32)
    ref_ptr = np.zeros(len(ref_feats_l) + 1, dtype=np.int64)
    ref_ptr[1:] = np.cumsum(sizes)
    ref_feats = np.concatenate(ref_feats_l) if ref_feats_l else np.zeros(0, np.int32)
    ref_of = np.repeat(np.arange(len(ref_feats_l), dtype=np.int32), sizes)
    order = np.argsort(ref_feats, kind="stable")
    post_refs = ref_of[order]
    counts = np.bincount(ref_feats, minlength=len(feat_keys))
    post_ptr = np.zeros(len(feat_keys) + 1, dtype=np.int64)
    post_ptr[1:] = np.cumsum(counts)
    exact = {text_hash(t): i for i, t in enumerate(docs)}
    return RefIndex(
        keys, cats, np.array(excs, dtype=bool), sizes, vocab, feat_keys, post_ptr,
        post_refs, ref_ptr, ref_feats, exact, version,
    )


@lru_cache(maxsize=1)
def reference_index() -> RefIndex | None:
    """The cached reference index, built on first use; None without a usable snapshot."""
    try:
        snap = snapshot.active()
    except SnapshotError:
        return None
    version = f"{INDEX_FORMAT};{snap.digest};{feat.SCHEME}"
    fingerprint = hashlib.sha1(version.encode()).hexdigest()[:16]
    return cache.load_or_build(
        "refindex", fingerprint, lambda: build_index(snapshot.licenses().values(), version),
        RefIndex.encode, RefIndex.decode)
