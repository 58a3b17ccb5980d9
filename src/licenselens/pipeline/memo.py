"""Work once: texts that differ only in their copyright lines are judged once.

A tree holds the same license many times, each copy with its own copyright
line.  :class:`TextMemo` keys a text by a hash of the text with its
copyright-statement lines cut out (and by the kind, the policy and the
warnings it came with); a copy found again gets the first one's result, with
its input name, and every evidence offset moved to where that clause stands in
the new copy.  Only what does not depend on the copy itself is kept: a result
whose warnings quote character spans is not reused.  The memo lives in one
process (a CLI run, a pool worker) and holds at most :data:`MEMO_SIZE` entries;
opt-in, a :class:`~.memostore.MemoStore` keeps them across runs.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import re
from collections import OrderedDict
from collections.abc import Callable

from ..judge.policy import Policy
from ..normalise import copyright_line_ranges
from ..results import Evidence, Result
from .memostore import MemoStore

#: results kept at most (least recently used first out)
MEMO_SIZE = 2048
#: the input name while a reusable result is made (replaced by each copy's own)
_SOURCE = "\x00source\x00"
_SPAN = re.compile(r"\[\d+:\d+\]")

Ranges = list[tuple[int, int]]


def _stripped(text: str, ranges: Ranges) -> str:
    parts, at = [], 0
    for start, end in ranges:
        parts.append(text[at:start])
        at = end
    parts.append(text[at:])
    return "".join(parts)


def _to_stripped(pos: int, ranges: Ranges) -> int:
    cut = 0
    for start, end in ranges:
        if end <= pos:
            cut += end - start
        elif start < pos:  # inside a cut line: its start
            cut += pos - start
        else:
            break
    return pos - cut


def _from_stripped(pos: int, ranges: Ranges) -> int:
    for start, end in ranges:
        if start <= pos:
            pos += end - start
        else:
            break
    return pos


class TextMemo:
    """Results of texts already judged, by their copyright-free content."""

    def __init__(self, size: int = MEMO_SIZE, store: MemoStore | None = None) -> None:
        self.size = size
        self.store = store
        self._items: OrderedDict[str, tuple[Result, Ranges]] = OrderedDict()

    def classify(self, text: str, source: str, kind: str, policy: Policy | None,
                 warnings: list[str], judge: Callable[[str, str, list[str]], Result]) -> Result:
        """``judge(text, source, warnings)``, or a copy of what it gave for the same text."""
        ranges = [(start, end + 1 if text[end:end + 1] == "\n" else end)  # with its line end
                  for start, end in copyright_line_ranges(text)]
        digest = hashlib.sha1(_stripped(text, ranges).encode("utf-8", "surrogatepass"))
        digest.update(f"\x00{kind}\x00{_policy_key(policy)}\x00{chr(0).join(warnings)}".encode())
        key = digest.hexdigest()
        hit = self._items.get(key)
        if hit is None:
            stored = self.store.get(key) if self.store is not None else None
            if stored is not None:
                hit = (Result.from_dict(stored[0]), stored[1])
            else:
                made = judge(text, _SOURCE, list(warnings))
                if any(_SPAN.search(w) for w in made.warnings) or _SOURCE in str(made.extra) \
                        or _quotes_a_cut_line(made, ranges):
                    made.input = source
                    return made
                hit = (made, ranges)
                if self.store is not None:
                    self.store.put(key, made.to_dict(), ranges)
            self._items[key] = hit
            if len(self._items) > self.size:
                self._items.popitem(last=False)
        else:
            self._items.move_to_end(key)
        return _for_copy(hit, ranges, source)


def _policy_key(policy: Policy | None) -> str:
    """The same text for the same policy in every process (``hash()`` of strings is
    salted per process, and the key may be kept across runs)."""
    if policy is None:
        return "default"
    return json.dumps(dataclasses.asdict(policy), sort_keys=True, default=sorted)


def _quotes_a_cut_line(made: Result, ranges: Ranges) -> bool:
    """True when evidence lies on a copyright line: that line differs in each copy, so
    the result is this copy's own (one-line proprietary notices are like that)."""
    return any(ev.end and start < ev.end and ev.start < end
               for v in made.restrictions.values() for ev in v.evidence
               for start, end in ranges)


def _for_copy(hit: tuple[Result, Ranges], ranges: Ranges, source: str) -> Result:
    """A copy of the kept result for another copy of the text.  Evidence and license
    references are frozen, so only the mutable containers are new (a deep copy cost
    more than judging a short text)."""
    made, made_ranges = hit
    return dataclasses.replace(
        made, input=source,
        warnings=[w.replace(_SOURCE, source) for w in made.warnings],
        restrictions={d: dataclasses.replace(
            v, evidence=[_moved(ev, made_ranges, ranges) for ev in v.evidence])
            for d, v in made.restrictions.items()},
        licenses=list(made.licenses),
        extra=copy.deepcopy(made.extra) if made.extra else {},
    )


def _moved(ev: Evidence, old: Ranges, new: Ranges) -> Evidence:
    if not ev.end or old == new:
        return ev
    start = _from_stripped(_to_stripped(ev.start, old), new)
    end = _from_stripped(_to_stripped(ev.end, old), new)
    return Evidence(ev.text, start, max(start, end), ev.source, ev.reason)
