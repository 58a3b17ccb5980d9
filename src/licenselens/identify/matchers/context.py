"""What every matcher sees (:class:`MatchContext`) and returns (:class:`TextMatch`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ...knowledge.records import KnowledgeBase
from ...knowledge.refindex import RefIndex
from ...normalise import TokenizedText
from ..expression import Expr
from ..phrases import PhraseHit, find_phrases


@dataclass
class TextMatch:
    """The license(s) found in a text, how, and how certain."""

    expr: Expr | None
    matched_by: str = "none"
    confidence: float = 0.0
    warnings: list[str] = field(default_factory=list)
    hits: list[PhraseHit] = field(default_factory=list)
    #: an SPDX tag named the license, but the text beside it is long and no matcher
    #: confirmed it: the caller should read the text's clauses before trusting the tag
    unconfirmed_tag: bool = False


@dataclass
class MatchContext:
    """One text under identification, with what the matchers share about it."""

    text: str
    doc: TokenizedText
    kb: KnowledgeBase
    idx: RefIndex | None
    #: warnings the matchers collected so far
    warnings: list[str] = field(default_factory=list)
    #: a look-alike of a known license under a name of its own was found
    own_license: bool = False

    @cached_property
    def similarity_view(self) -> tuple[list[str], list[int]]:
        """The tokens compared with reference texts, and their positions in ``doc``."""
        return self.doc.similarity_view()

    @property
    def has_text(self) -> bool:
        """False when nothing is left to compare once copyright lines are removed."""
        return bool(self.similarity_view[0])

    @cached_property
    def hits(self) -> list[PhraseHit]:
        """Record titles and identifying phrases found in the text."""
        return find_phrases(self.kb, self.doc)

    @property
    def strong(self) -> list[PhraseHit]:
        """Title hits (a phrase that names one license)."""
        return [h for h in self.hits if h.strong]
