"""N-gram similarity against the reference texts, and the search for several
licenses inside one longer file.

Score: the Dice coefficient of word-bigram sets, 2|A∩B| / (|A|+|B|), as
licensee and askalono do.  For a file that holds more than one license (a
NOTICE, BSD followed by MIT, Apache with the LLVM exception appended) the
matcher works region by region: it takes the references most contained in
the file, finds the stretch of the file each one covers, scores the
reference against that stretch only, keeps the best, masks the stretch and
looks again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..knowledge import features as feat
from ..knowledge.refindex import RefIndex

if TYPE_CHECKING:
    import numpy as np
else:
    from ..lazymod import numpy as np

#: a region must score at least this to count as a match
MIN_REGION_DICE = 0.62
#: a reference must have at least this share of its bigrams in the file
MIN_CONTAINMENT = 0.6
#: references whose text is shorter than this many bigrams are not searched inside files
MIN_REF_SIZE = 12
MAX_LICENSES = 6
CANDIDATES = 10
#: ... and at most this many of the file's bigrams outside that license (else a second
#: license may hide in them)
FAST_MAX_UNMATCHED = 12
#: a whole-file Dice this high means one license: no region search
FAST_WHOLE_DICE = 0.985
#: a region's license that holds a better-scoring shorter reference as a passage is taken
#: instead of it when it scores at least this
CONTAINER_DICE = 0.85
_PENALTY = 1.0  # a stretch keeps growing while at least half its bigrams match


@dataclass
class Match:
    ref: int  # index into RefIndex.keys
    key: str
    dice: float  # within the matched region
    whole_dice: float  # against the whole file
    start_token: int
    end_token: int  # exclusive
    is_exception: bool


def _doc_features(idx: RefIndex, toks: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Per token position: the feature index of the bigram starting there (-1 if none)."""
    keys = feat.bigram_keys(feat.word_ids(toks, idx.vocab))
    pos_feat = np.full(len(keys), -1, dtype=np.int64)
    if len(keys) == 0 or len(idx.feat_keys) == 0:
        return pos_feat, np.zeros(0, dtype=np.int64)
    found = np.searchsorted(idx.feat_keys, keys)
    found[found >= len(idx.feat_keys)] = 0
    ok = (idx.feat_keys[found] == keys) & (keys >= 0)
    pos_feat[ok] = found[ok]
    uniq = feat.unique(pos_feat[ok])
    return pos_feat, uniq


def _overlaps(idx: RefIndex, uniq_feats: np.ndarray) -> np.ndarray:
    """|doc ∩ ref| for every reference."""
    if len(uniq_feats) == 0:
        return np.zeros(len(idx.keys), dtype=np.int64)
    starts = idx.post_ptr[uniq_feats]
    lens = idx.post_ptr[uniq_feats + 1] - starts
    total = int(lens.sum())
    offsets = np.repeat(starts - np.cumsum(lens) + lens, lens) + np.arange(total)
    return np.bincount(idx.post_refs[offsets], minlength=len(idx.keys))


def _member(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """values ∈ sorted_set, elementwise (sorted_set sorted, non-empty)."""
    pos = np.searchsorted(sorted_set, values)
    pos[pos >= len(sorted_set)] = len(sorted_set) - 1
    return sorted_set[pos] == values


def _ref_feats(idx: RefIndex, ref: int) -> np.ndarray:
    return idx.ref_feats[idx.ref_ptr[ref] : idx.ref_ptr[ref + 1]]


def _best_stretch(hit: np.ndarray) -> tuple[int, int]:
    """The stretch [lo, hi) of positions where the reference's bigrams are dense.

    Maximum-sum segment of (hit - 1/2): a stretch grows while at least half
    of its bigrams belong to the reference (Kadane, vectorised).
    """
    gain = np.where(hit, 1.0, -_PENALTY)
    csum = np.concatenate(([0.0], np.cumsum(gain)))
    running_min = np.minimum.accumulate(csum)
    argmins = _running_argmin(csum)
    j = int(np.argmax(csum - running_min))
    i = int(argmins[j])
    return i, j


def _running_argmin(values: np.ndarray) -> np.ndarray:
    """Index of the running minimum of ``values`` at each position."""
    idx = np.arange(len(values))
    running_min = np.minimum.accumulate(values)
    is_new_min = values <= running_min
    return np.maximum.accumulate(np.where(is_new_min, idx, 0))




def passage_share(idx: RefIndex, ref: int, other: int) -> float:
    """The share of reference ``ref``'s bigrams that reference ``other`` also has
    (1.0: ``ref``'s text is a passage of ``other``'s)."""
    rf, of = _ref_feats(idx, ref), _ref_feats(idx, other)
    if len(rf) == 0 or len(of) == 0:
        return 0.0
    return float(_member(rf, of).mean())


def dice_with(idx: RefIndex, toks: list[str], ref: int) -> tuple[float, int]:
    """Whole-text Dice against one reference (cheap: no inverted-index pass), and the
    number of the text's bigrams the reference does not have."""
    pos_feat, uniq = _doc_features(idx, toks)
    rf = _ref_feats(idx, ref)
    if len(rf) == 0:
        return 0.0, len(uniq)
    inter = int(_member(uniq, rf).sum())
    n_doc = len(feat.unique(pos_feat))
    return 2.0 * inter / (n_doc + len(rf)), n_doc - inter


def find_licenses(
    idx: RefIndex, toks: list[str], priority: dict[str, float] | None = None
) -> tuple[list[Match], float]:
    """Licenses found in a token list, in text order; and the best whole-file Dice."""
    pos_feat, uniq = _doc_features(idx, toks)
    n_doc = max(1, len(feat.unique(pos_feat)))
    overlaps = _overlaps(idx, uniq)
    whole = 2.0 * overlaps / (n_doc + idx.sizes)
    best_whole = float(whole.max()) if len(whole) else 0.0
    unmatched = n_doc - int(overlaps.max()) if len(overlaps) else n_doc
    if best_whole >= FAST_WHOLE_DICE and unmatched <= FAST_MAX_UNMATCHED:
        # the file is one license, nearly word for word: take the best (priority breaks ties)
        near = np.flatnonzero(whole >= best_whole - 0.06)
        pick = max(near, key=lambda r: (whole[r] + (priority or {}).get(idx.keys[r], 0.0), -r))
        return [Match(int(pick), idx.keys[pick], float(whole[pick]), float(whole[pick]), 0,
                      len(toks), bool(idx.is_exception[pick]))], best_whole
    masked = np.zeros(len(pos_feat), dtype=bool)
    matches: list[Match] = []
    prio = priority or {}
    for _ in range(MAX_LICENSES):
        if masked.any():
            rest = pos_feat[~masked]
            overlaps = _overlaps(idx, feat.unique(rest[rest >= 0]))
        containment = overlaps / np.maximum(idx.sizes, 1)
        cand = np.flatnonzero((containment >= MIN_CONTAINMENT) & (idx.sizes >= MIN_REF_SIZE))
        # most of the reference present, and much of it: overlap x containment
        weight = overlaps[cand] * containment[cand]
        cand = cand[np.argsort(-weight, kind="stable")][:CANDIDATES]
        best: tuple[float, float, int, int, int, int] | None = None
        scored: list[tuple[float, float, int, int, int, int]] = []
        for ref in cand:
            ref = int(ref)
            rf = _ref_feats(idx, ref)
            hit = _member(pos_feat, rf) & ~masked
            if int(hit.sum()) < MIN_REF_SIZE // 2:
                continue
            lo, hi = _best_stretch(hit)
            region = pos_feat[lo:hi]
            region_u = feat.unique(region)
            inter = int(_member(region_u, rf).sum())
            dice = 2.0 * inter / (len(region_u) + len(rf))
            if dice < MIN_REGION_DICE:
                continue
            score = dice + prio.get(idx.keys[ref], 0.0)
            scored.append((score, dice, ref, lo, hi + 1, inter))
            if best is None or score > best[0] + 1e-9 or (
                abs(score - best[0]) <= 1e-9 and inter > best[5]
            ):
                best = (score, dice, ref, lo, hi + 1, inter)
        if best is None:
            break
        best = _container(idx, best, scored) or best
        _score, dice, ref, lo, hi_ex, _inter = best
        masked[lo:hi_ex] = True
        if any(m.ref == ref for m in matches):  # another copy of a license already found
            continue
        matches.append(
            Match(ref, idx.keys[ref], dice, float(whole[ref]), lo, min(hi_ex, len(toks)),
                  bool(idx.is_exception[ref]))
        )
        if int((~masked).sum()) < MIN_REF_SIZE:
            break
    matches.sort(key=lambda m: m.start_token)
    return matches, best_whole


def _container(idx: RefIndex, best: tuple[float, float, int, int, int, int],
               scored: list[tuple[float, float, int, int, int, int]]
               ) -> tuple[float, float, int, int, int, int] | None:
    """A candidate whose region covers the best one's and whose reference holds the best
    reference as a passage (a warranty sentence that is a license of its own, inside
    a whole license): the bigger license, if it matches its region well enough."""
    _s, _d, ref, lo, hi, inter = best
    size = int(idx.sizes[ref])
    # ... and the text has most of what the bigger license says beyond the passage
    fits = [c for c in scored if c[2] != ref and c[3] <= lo and c[4] >= hi
            and c[1] >= CONTAINER_DICE and idx.sizes[c[2]] >= 2 * size
            and c[5] - inter >= (int(idx.sizes[c[2]]) - size) / 2
            and passage_share(idx, ref, c[2]) >= 0.9]
    return max(fits, key=lambda c: (c[0], c[5])) if fits else None


def novel_spans(idx: RefIndex, toks: list[str], key: str, min_run: int = 4) -> list[tuple[int, int]]:
    """Token ranges ``[lo, hi)`` of ``toks`` that the reference ``key`` does not have:
    runs of at least ``min_run`` consecutive bigrams absent from it (an added or
    rewritten clause in a text that otherwise matches)."""
    ref = idx.numbers.get(key)
    if ref is None or len(toks) < 2:
        return []
    pos_feat, _ = _doc_features(idx, toks)
    rf = _ref_feats(idx, ref)
    present = np.zeros(len(pos_feat), dtype=bool)
    known = pos_feat >= 0
    if len(rf) and known.any():
        present[known] = _member(pos_feat[known], rf)
    spans: list[tuple[int, int]] = []
    run_start = -1
    for i, hit in enumerate(list(present) + [True]):
        if not hit and run_start < 0:
            run_start = i
        elif hit and run_start >= 0:
            if i - run_start >= min_run:
                spans.append((run_start, i + 1))  # a bigram at i covers tokens i and i+1
            run_start = -1
    return spans
