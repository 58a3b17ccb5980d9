"""Identifying phrases from the records: titles ("Llama 3.1 Community License
Agreement") and supporting phrases ("700 million monthly active users").

This is how licenses newer than the reference data are recognised, how a
version is told from its neighbour, and how short notices ("Licensed under
the Apache License, Version 2.0") are read.  Phrases are looked up in the
normalised text at token boundaries; a phrase is only searched when its
rarest-looking word (the longest) is among the text's words, which keeps the
cost per file low.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..knowledge.records import KnowledgeBase
from ..normalise import TokenizedText


@dataclass(frozen=True)
class PhraseHit:
    license_id: str
    phrase: str
    strong: bool  # a title phrase
    token: int  # index of the first token


@dataclass
class _Compiled:
    entries: list[tuple[str, str, str, bool]]  # (anchor word, phrase, id, strong)


#: words too common in license texts to serve as a phrase's anchor
_COMMON = frozenset(
    "license licenses agreement public general version terms community model models software "
    "open source the and of for use under this any other with".split()
)


def _anchor(phrase: str) -> str:
    words = phrase.split()
    rare = [w for w in words if w not in _COMMON] or words
    return max(rare, key=len)


@lru_cache(maxsize=4)
def _compile(kb: KnowledgeBase) -> _Compiled:
    entries = []
    for phrase, lid in kb.titles:
        entries.append((_anchor(phrase), phrase, lid, True))
    for phrase, lid in kb.others:
        entries.append((_anchor(phrase), phrase, lid, False))
    return _Compiled(entries)


def find_phrases(kb: KnowledgeBase, doc: TokenizedText) -> list[PhraseHit]:
    """Every record phrase found in the text, in text order."""
    words = set(doc.tokens)
    norm = " " + doc.normalised + " "
    hits: list[PhraseHit] = []
    for anchor, phrase, lid, strong in _compile(kb).entries:
        if anchor not in words:
            continue
        at = norm.find(f" {phrase} ")
        if at < 0:
            continue
        hits.append(PhraseHit(lid, phrase, strong, doc.token_at_char(at)))
    hits.sort(key=lambda h: (h.token, -len(h.phrase)))
    return hits
