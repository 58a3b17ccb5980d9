"""The reference index: license texts from the LicenseDB snapshot
(:mod:`licenselens.knowledge.snapshot`; ScanCode LicenseDB, CC-BY-4.0, by
nexB Inc. and the ScanCode contributors), tokenised with
:mod:`licenselens.normalise` into word-bigram sets.

The index is built from the active snapshot on first use and cached (numpy
arrays) in the user cache, keyed by the snapshot's digest.  It holds, per
reference license, its set of bigram features, and per feature the list of
references that contain it (an inverted index), plus a hash of each
normalised text for exact matching.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from ..errors import SnapshotError
from ..knowledge import cache, snapshot
from ..normalise import strip_copyright_lines, tokens
from . import features as feat

INDEX_FORMAT = 6
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


def text_hash(toks: list[str]) -> str:
    return hashlib.sha1(" ".join(toks).encode()).hexdigest()


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
    name = "refindex-" + hashlib.sha1(version.encode()).hexdigest()[:16] + ".pickle"
    idx = cache.load_pickle(name)
    if isinstance(idx, RefIndex) and idx.version == version:
        return idx
    idx = build_index(snapshot.licenses().values(), version)
    cache.save_pickle(name, idx)
    return idx
