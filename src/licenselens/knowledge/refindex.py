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
from collections.abc import Iterable, Mapping
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from ..errors import SnapshotError
from ..normalise import strip_copyright_lines, tokens
from . import cache, snapshot
from . import features as feat

if TYPE_CHECKING:
    import numpy as np
else:
    from ..lazymod import numpy as np

INDEX_FORMAT = 10
#: ScanCode entries that are not a license text one can match against
_SKIP_FLAGS = ("is_deprecated", "is_unknown", "is_generic")


class _Part:
    """A field of :class:`RefIndex` read from its parts on first use."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: RefIndex | None, owner: type) -> Any:
        if obj is None:
            return self
        return obj.parts[self.name]


class RefIndex:
    """The reference index over its cache entry's parts (:class:`cache.Parts`, or a
    plain dict just built): each field is decoded when first used, so a run whose
    texts all match exactly never decodes the vocabulary nor imports numpy."""

    keys: list[str] = _Part()  # scancode keys, one per reference
    categories: list[str] = _Part()
    is_exception: np.ndarray = _Part()  # bool per reference
    sizes: np.ndarray = _Part()  # number of unique bigram features per reference
    vocab: dict[str, int] = _Part()  # word -> id (0 = unknown word)
    feat_keys: np.ndarray = _Part()  # sorted int64 bigram keys
    post_ptr: np.ndarray = _Part()  # feature -> slice of post_refs
    post_refs: np.ndarray = _Part()  # reference ids
    ref_ptr: np.ndarray = _Part()  # reference -> slice of ref_feats
    ref_feats: np.ndarray = _Part()  # sorted feature indices per reference
    exact: dict[str, int] = _Part()  # sha1 of normalised text -> reference
    version: str = _Part()

    def __init__(self, parts: Mapping[str, Any]) -> None:
        missing = [n for n in _FIELDS if n not in parts]
        if missing:
            raise KeyError(f"reference index without {', '.join(missing)}")
        self.parts = parts

    @cached_property
    def numbers(self) -> dict[str, int]:
        """scancode key -> reference number (derived from ``keys``)."""
        return {k: i for i, k in enumerate(self.keys)}

    def encode(self) -> cache.Plain:
        """The index as cacheable parts (see :func:`cache.load_or_build`)."""
        return {name: self.parts[name] for name in _FIELDS}

    @classmethod
    def decode(cls, plain: cache.Plain) -> RefIndex:
        """The inverse of :meth:`encode` (the parts are kept, not read)."""
        return cls(plain)


#: the parts of a :class:`RefIndex`
_FIELDS = ("keys", "categories", "vocab", "exact", "version", "is_exception", "sizes",
           "feat_keys", "post_ptr", "post_refs", "ref_ptr", "ref_feats")


def ref_number(idx: RefIndex, key: str) -> int | None:
    """The index of a ScanCode key among the references, or None."""
    return idx.numbers.get(key)


def text_hash(toks: list[str]) -> str:
    return hashlib.sha1(" ".join(toks).encode()).hexdigest()


def reference_hash(key: str) -> str | None:
    """:func:`text_hash` of a reference's normalised text (for the rare case where two
    references have the same bigrams), from the texts kept in the cached index."""
    text = reference_text(key)
    return text_hash(tokens(strip_copyright_lines(text))) if text else None


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
    ref_sets = [feat.unique(feat.bigram_keys(feat.word_ids(t, vocab))) for t in docs]
    feat_keys = feat.unique(np.concatenate(ref_sets)) if ref_sets else np.zeros(0, np.int64)
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
    return RefIndex({
        "keys": keys, "categories": cats, "vocab": vocab, "exact": exact, "version": version,
        "is_exception": np.array(excs, dtype=bool), "sizes": sizes, "feat_keys": feat_keys,
        "post_ptr": post_ptr, "post_refs": post_refs, "ref_ptr": ref_ptr, "ref_feats": ref_feats,
    })


@lru_cache(maxsize=1)
def reference_index() -> RefIndex | None:
    """The cached reference index, built on first use; None without a usable snapshot."""
    try:
        snap = snapshot.active()
    except SnapshotError:
        return None
    version = f"{INDEX_FORMAT};{snap.digest};{feat.SCHEME}"
    fingerprint = hashlib.sha1(version.encode()).hexdigest()[:16]

    def build() -> RefIndex:
        idx = build_index(snapshot.licenses().values(), version)
        _reference_texts(snap.digest)  # the texts too, while the snapshot is read anyway
        return idx

    return cache.load_or_build("refindex", fingerprint, build, RefIndex.encode, RefIndex.decode)


def reference_text(key: str) -> str | None:
    """The LicenseDB text of a ScanCode key, from the cache (each text is a part of its
    own, read alone: the snapshot is not decompressed, the other texts are not read).

    >>> "Permission is hereby granted" in (reference_text("mit") or "")
    True
    """
    try:
        digest = snapshot.active().digest
    except SnapshotError:
        return None
    texts = _reference_texts(digest)
    return texts[key].decode("utf-8") if key in texts else None


@lru_cache(maxsize=2)
def _reference_texts(digest: str) -> Mapping[str, bytes]:
    """The texts of the active snapshot (``digest``: a data update gives other texts)."""
    fingerprint = hashlib.sha1(f"texts;{digest}".encode()).hexdigest()[:16]
    return cache.load_or_build(
        "reftexts", fingerprint,
        lambda: {k: str(e["text"]).encode("utf-8")
                 for k, e in sorted(snapshot.licenses().items()) if e.get("text")},
        lambda texts: texts, lambda parts: parts)
