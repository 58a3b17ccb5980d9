"""Rule matching: which rules of :mod:`.rules` a clause triggers.

Besides the table itself this module knows the clause shapes that change
what a rule means: definitions (which restrict nothing themselves), grants
by reference to another license, purpose-limited grants and permission
requirements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .rules import RULES
from .segment import Clause

_NAME_MARK = re.compile(
    r"\b(?:names?|trademarks?|trade names?|logos?|marks?|endorse|promote|branding)\b"
)
_NOTICE_WORDS = re.compile(
    r"\b(?:notices?|license text|copyright statement|this license|legends?|attribution)\b"
)

_MODIFY_VERB = re.compile(
    r"\b(?:modif\w*|alter\w*|adapt\w*|derivative\w*|fine[- ]?tun\w*|translat\w*|merg\w*|remix\w*|reverse[- ]engineer\w*|decompil\w*)"
)
_DIST_VERB = re.compile(
    r"\b(?:distribut\w*|redistribut\w*|sublicens\w*|shar(?:e|ed|ing)\b|publish\w*|sell\w*|sold|rent\w*|lease\w*|lend\w*|transfer\w*|cop(?:y|ied|ies|ying)|reproduc\w*|make (?:\w+ )?available|disclos\w*|host\w*|convey\w*)"
)

#: permission needed: dimension chosen by the verbs of the clause
_PERMISSION = re.compile(
    r"\b(?:without|unless you (?:first )?(?:obtain|receive|have)|requires?|required|subject to|need|must (?:first )?(?:obtain|request|seek))\b"
    r"(?: \w+){0,3} (?:prior |express |explicit |separate |specific )*(?:written )?(?:permission|consent|authori[sz]ation|approval|licen[cs]e)\b"
)

#: notice-type clauses the classifier must not read as restrictions
NOTICE_CLAUSE = re.compile(
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
_DEFINITION = re.compile(
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
_BY_REFERENCE = re.compile(
    r"\b(?:licensed|released|distributed|available|provided) under (?:the )?(?:terms of (?:the )?)?"
    r"(?:[a-z0-9.+-]+ ){1,6}(?:licen[cs]e|agreement)\b(?! agreement\b)"
)


#: purposes typical of prohibited-use lists; two different ones in a clause make a list
_HARMFUL = re.compile(
    r"\b(?:military|weapon|surveillance|biometric|discriminat|harass|disinformation|misinformation"
    r"|defamat|terroris|trafficking|self-harm|malware|spam|phishing|deepfake|impersonat|stalk"
    r"|exploit(?:ing|ation)? (?:of )?minors|predictive policing|social scoring|genocide|violen)\w*"
)
_DISCLAIMS_FITNESS = re.compile(r"\bnot (?:designed|intended|suitable)\b|\backnowledge\b|\bwarrant")


_PURPOSE_FOR = re.compile(
    r"\bfor (?:the purposes? of |your (?:own )?|internal )?(?:research|evaluation|evaluating|academic|non-?production|educational|testing|experimental)"
    r"(?:,? (?:and|or|&|and/or) (?:[\w-]+ ){0,2}?[\w-]+)? (?:purposes?|use|uses)\b"
)
_NC_FOR = re.compile(r"\bfor (?:\w+ ){0,2}non-?commercial (?:purposes?|use|uses)\b")
_GRANT_WORDS = re.compile(
    r"\b(?:grants?|granted|right to|license to|licensed (?:to|for)|permitted|permission|you may|may be used)\b"
)
_DESCRIPTIVE = re.compile(r"\b(?:developed|created|written|built|designed|funded) (?:\w+ )?for\b")


def is_definition(t: str) -> bool:
    return _DEFINITION.match(t) is not None


def rule_hits(clause: Clause) -> list[Hit]:
    t = clause.text
    hits: list[Hit] = []
    definition = is_definition(t)
    for rule in RULES:
        if definition and rule.label in _NOT_IN_DEFINITIONS:
            continue
        if rule.pattern.search(t) and not (rule.veto and rule.veto.search(t)):
            hits.append(Hit(rule.label, clause, rule.reason, "rule"))
    labels = {h.label for h in hits}
    if (
        "use:research" not in labels
        and not definition
        and _PURPOSE_FOR.search(t)
        and _GRANT_WORDS.search(t)
        and not _DESCRIPTIVE.search(t)
    ):
        hits.append(
            Hit(
                "use:research",
                clause,
                "the grant is limited to a research/evaluation purpose",
                "rule",
            )
        )
        labels.add("use:research")
    if (
        "commercial:prohibited" not in labels
        and not definition
        and _NC_FOR.search(t)
        and _GRANT_WORDS.search(t)
    ):
        hits.append(
            Hit("commercial:prohibited", clause, "the grant is for non-commercial purposes", "rule")
        )
    if "use:research" in labels:
        # a purpose limit inside a clause that grants modification/distribution limits those too
        if _MODIFY_VERB.search(t) and "modify:prohibited" not in labels:
            hits.append(
                Hit(
                    "modify:restricted", clause, "modification only for the limited purpose", "rule"
                )
            )
        if _DIST_VERB.search(t) and "redistribute:prohibited" not in labels:
            hits.append(
                Hit(
                    "redistribute:restricted",
                    clause,
                    "redistribution only for the limited purpose",
                    "rule",
                )
            )
    if not definition and not any(h.label == "use:restricted" for h in hits):
        kinds = {m.group(0)[:6] for m in _HARMFUL.finditer(t)}
        if len(kinds) >= 2 and not _DISCLAIMS_FITNESS.search(t):
            hits.append(Hit("use:restricted", clause, "list of prohibited purposes", "rule"))
    if (
        not hits
        and _BY_REFERENCE.search(t)
        and not re.search(r"\bthis (?:licen[cs]e|agreement)\b|\bproprietary\b", t)
    ):
        hits.append(
            Hit("grant-ref", clause, "grant by reference to a license named in the text", "rule")
        )
    labels = {h.label for h in hits}
    if (
        "grant" not in labels
        and "grant-any" not in labels
        and _PERMISSION.search(t)
        and not _NAME_MARK.search(t)
        and not _NOTICE_WORDS.search(t)
        and re.search(
            r"\b(?:may not|shall not|must not|cannot|only|not permitted|prohibited|need|required?)\b",
            t,
        )
    ):
        if _MODIFY_VERB.search(t) and "modify:prohibited" not in labels:
            hits.append(
                Hit(
                    "modify:restricted",
                    clause,
                    "modification needs the licensor's permission",
                    "rule",
                )
            )
        if _DIST_VERB.search(t) and "redistribute:prohibited" not in labels:
            hits.append(
                Hit(
                    "redistribute:restricted",
                    clause,
                    "redistribution needs the licensor's permission",
                    "rule",
                )
            )
    return hits
