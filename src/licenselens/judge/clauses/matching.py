"""Rule matching: which rules of :mod:`.rules` a clause triggers.

Besides the table itself this module knows the clause shapes that change
what a rule means: definitions (which restrict nothing themselves), grants
by reference to another license, purpose-limited grants and permission
requirements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ... import lazyre
from ...results import SEVERITY
from . import cjk, european, grants, scope
from .rules import EFFECTS, RULES
from .segment import Clause

_MODIFY_VERB = lazyre.compile(
    r"\b(?:modif\w*|alter\w*|adapt\w*|derivative\w*|fine[- ]?tun\w*|translat\w*|merg\w*|remix\w*|reverse[- ]engineer\w*|decompil\w*)"
)
_DIST_VERB = lazyre.compile(
    r"\b(?:distribut\w*|redistribut\w*|sublicens\w*|shar(?:e|ed|ing)\b|publish\w*|sell\w*|sold|rent\w*|lease\w*|lend\w*|transfer\w*|cop(?:y|ied|ies|ying)|reproduc\w*|make (?:\w+ )?available|disclos\w*|host\w*|convey\w*)"
)


#: notice-type clauses the classifier must not read as restrictions
NOTICE_CLAUSE = lazyre.compile(
    r"\bas is\b|\bwithout warrant|\bno warrant|\bmerchantab|\bfitness for a particular|\bliab(?:le|ility)\b"
    r"|\bindemnif|\bgoverning law\b|\bgoverned by the laws\b|\bjurisdiction\b|\bexport\b"
    r"|\btrademarks?\b|\bendorse|\bpromote products\b|\bseverab|\bentire agreement\b"
    r"|\bterminat\w*\b.{0,60}\b(?:breach|litigation|lawsuit)\b|\bpatent\b.{0,80}\blitigation\b"
)


@dataclass
class Hit:
    label: str
    clause: Clause
    reason: str
    source: str  # "rule" | "model"
    prob: float = 1.0


#: a definition ('"Commercial Purpose" means ...') defines a term; it restricts nothing itself
_DEFINITION = lazyre.compile(
    r"^(?:\(?[a-z0-9]{1,4}[.)] )?\"[^\"]{1,80}\"(?: \([^)]{0,80}\))?(?: or \"[^\"]{1,40}\")? (?:means|shall mean|refers to|is defined as|includes)\b"
)
_NOT_IN_DEFINITIONS = frozenset(
    {
        "commercial:prohibited",
        "use:research",
        "modify:prohibited",
        "redistribute:prohibited",
        "proprietary",
        "share-alike",
        "grant",
        "grant-any",
    }
)
#: "Licensed under the Foo License": a grant by reference to terms not in the text
_BY_REFERENCE = lazyre.compile(
    r"\b(?:licensed|released|distributed|available|provided) under (?:the )?(?:terms of (?:the )?)?"
    r"(?:[a-z0-9.+-]+ ){1,6}(?:licen[cs]e|agreement)\b(?! agreement\b)"
)


#: purposes typical of prohibited-use lists; two different ones in a clause make a list
_HARMFUL = lazyre.compile(
    r"\b(?:military|weapon|surveillance|biometric|discriminat|harass|disinformation|misinformation"
    r"|defamat|terroris|trafficking|self-harm|malware|spam|phishing|deepfake|impersonat|stalk"
    r"|exploit(?:ing|ation)? (?:of )?minors|predictive policing|social scoring|genocide|violen)\w*"
)
_DISCLAIMS_FITNESS = lazyre.compile(r"\bnot (?:designed|intended|suitable)\b|\backnowledge\b|\bwarrant")


_PURPOSE_FOR = lazyre.compile(
    r"\bfor (?:the purposes? of |your (?:own )?|internal )?(?:non-?commercial |scientific |academic ){0,2}(?:research|evaluation|evaluating|academic|non-?production|educational|testing|experimental)"
    r"(?:,? (?:and|or|&|and/or) (?:[\w-]+ ){0,2}?[\w-]+)?(?: (?:purposes?|use|uses)\b|(?<=evaluation)\b|(?<=research)(?= ?[.;]| ?$))"
)
_NC_FOR = lazyre.compile(
    r"\bfor (?:[\w/-]+ ){0,2}non[- ]?commercial (?:purposes?|use|uses|usage)\b"
    r"|\((?:i\.e\.,? )?non[- ]?commercial\)"
    r"|\b(?:in|for) (?:the development of )?(?:any |a |your )?non-?commercial (?:\w+ )?(?:projects?|applications?|products?)\b"
)
_GRANT_WORDS = lazyre.compile(
    r"\b(?:grants?|granted|right to|license to|licensed (?:to|for)|permitted|permission|you may|may be used|free to|freely|you can|authori[sz]es?|freeware)\b"
)
_DESCRIPTIVE = lazyre.compile(
    r"\b(?:developed|created|written|built|designed|funded) (?:\w+ )?for\b"
    r"|\b(?:may|can|could|might) be granted\b|\bexceptions?\b"
)


#: a paid license only for commercial use or above a threshold limits commercial use only
_PAID_ABOVE = lazyre.compile(r"\bcommercial|\brevenue|\bturnover|\busers\b|\bemployees\b|\benterprise\b")


#: "for educational or commercial purposes": a purpose list that includes commercial use limits nothing
_OR_COMMERCIAL = lazyre.compile(r"\b(?:or|and) (?:for )?commercial (?:use|purposes?)\b")


def is_definition(t: str) -> bool:
    return _DEFINITION.match(t) is not None


_ITEM_MARK = lazyre.compile(r"^(?:\(?(?:[0-9]{1,3}|[a-z]|[ivx]{1,4})[.)]|[-*\u2022])\s*")


def rule_hits(clause: Clause, lead: str = "") -> list[Hit]:
    """The hits of the rules on one clause (``lead``: the lead-in of the list it is an item of)."""
    t = f"{lead} {_ITEM_MARK.sub('', clause.text)}" if lead else clause.text
    hits: list[Hit] = []
    definition = is_definition(t)

    def add(label: str, reason: str) -> None:
        hits.append(Hit(label, clause, reason, "rule"))

    for rule in RULES:
        if definition and rule.label in _NOT_IN_DEFINITIONS:
            continue
        if rule.need and not any(word in t for word in rule.need):
            continue
        if rule.pattern.search(t) and not (rule.veto and rule.veto.search(t)):
            add(rule.label, rule.reason)
    labels = {h.label for h in hits}
    if not definition:
        g = grants.grant(t)
        if g is not None:
            dims, general, limited = g
            add("grant-any" if general else "grant", "grant of rights")
            if limited:
                add("grant-limited", "the grant is limited to a purpose")
            if limited == "purpose":
                add("use:restricted", "use is limited to the purpose or scope of the grant")
            if grants.personal(t) and not general:
                add("grant-personal", "the grant is personal (non-transferable) and names no distribution")
            if limited in ("purpose", "scope"):
                add("grant-scoped", "the grant is limited to a purpose or scope")
            for d in sorted(dims):
                if limited != "purpose":
                    add(f"{d}:free", "granted without a limit on this freedom")
                elif d in ("modify", "redistribute"):
                    add(f"{d}:restricted", "granted only for the limited purpose")
        for dim, verdict, reason in scope.negations(t):
            add("reserved" if dim == scope.RESERVED else f"{dim}:{verdict}", reason)
        if grants.commercial_free(t):
            add("commercial:free", "commercial use is allowed")
            hits = [h for h in hits if h.label != "commercial:prohibited"]
            labels.discard("commercial:prohibited")
        if "use:research" not in labels and _PURPOSE_FOR.search(t) and _GRANT_WORDS.search(t) \
                and not _DESCRIPTIVE.search(t) and not _OR_COMMERCIAL.search(t):
            add("use:research", "the grant is limited to a research/evaluation purpose")
        if "commercial:prohibited" not in labels and _NC_FOR.search(t) and _GRANT_WORDS.search(t) \
                and not grants.commercial_free(t):
            add("commercial:prohibited", "the grant is for non-commercial purposes")
    for label, reason in cjk.findings(t) + european.findings(t):
        add(label, reason)
    for h in hits:
        if h.label == "paid" and _PAID_ABOVE.search(t):
            h.label = "commercial:restricted"  # a paid license for commercial use or above a size
    labels = {h.label for h in hits}
    if "use:research" in labels:
        # a purpose limit inside a clause that grants modification/distribution limits those too
        if (_MODIFY_VERB.search(t) or "modify:free" in labels) and "modify:prohibited" not in labels:
            add("modify:restricted", "modification only for the limited purpose")
        if (_DIST_VERB.search(t) or "redistribute:free" in labels) and "redistribute:prohibited" not in labels:
            add("redistribute:restricted", "redistribution only for the limited purpose")
        hits = [h for h in hits if h.label not in ("modify:free", "redistribute:free", "use:free",
                                                   "commercial:free")]
    if not definition and not any(h.label == "use:restricted" for h in hits):
        kinds = {m.group(0)[:6] for m in _HARMFUL.finditer(t)}
        if len(kinds) >= 2 and not _DISCLAIMS_FITNESS.search(t):
            add("use:restricted", "list of prohibited purposes")
    if (
        not hits
        and _BY_REFERENCE.search(t)
        and not re.search(r"\bthis (?:licen[cs]e|agreement)\b|\bproprietary\b", t)
    ):
        add("grant-ref", "grant by reference to a license named in the text")
    return _dedupe(hits)


def _dedupe(hits: list[Hit]) -> list[Hit]:
    seen: set[str] = set()
    out: list[Hit] = []
    for h in hits:
        if h.label not in seen:
            seen.add(h.label)
            out.append(h)
    return out


def clause_effects(text: str) -> dict[str, str]:
    """What the rules read in one clause: the most severe verdict per dimension.

    >>> clause_effects("You may not use the Software for commercial purposes.")
    {'commercial': 'prohibited'}
    """
    out: dict[str, str] = {}
    for hit in rule_hits(Clause(0, len(text), text)):
        for dim, verdict in EFFECTS.get(hit.label, ()):
            if dim not in out or SEVERITY[verdict] > SEVERITY[out[dim]]:
                out[dim] = verdict
    return out
