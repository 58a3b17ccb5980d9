"""Read the four freedoms from a license text that matches no known license.

Rubric §4: "a verdict on an unrecognised text is still required: the library
reads the clauses and decides".  :func:`read_clauses` does that in four steps:

1. **segment** the text into clauses (sentences, list items, headings) with
   character offsets into the original text, in linear time;
2. **rules**: every clause is matched against a small set of regular
   expressions (bounded repetitions only, on clauses of bounded length) that
   recognise grants, purpose limits, acceptable-use policies, user/revenue
   thresholds, naming/attribution duties, share-alike, pass-on of
   restrictions, prohibitions and proprietary notices;
3. **classifier**: a TF-IDF (word + character n-grams) logistic-regression
   model trained on our own labelled clauses (``data/clauses.yaml``) adds
   recall for wording the rules miss; it only speaks above a probability
   threshold and never on clauses that read as notices (warranty, liability,
   trademarks, governing law);
4. **verdicts** per rubric §1: the most severe effect per dimension wins,
   a dimension the text is silent on is ``free`` only when a grant was found,
   and a text with no grant but proprietary terms is ``prohibited`` throughout.

The classifier is trained lazily on first use and cached (pickle) under the
user cache directory, keyed by the hash of ``clauses.yaml`` and the
scikit-learn version.  scikit-learn is imported only inside the functions
that need it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from licenselens.model import DIMENSIONS, SEVERITY, Evidence, Verdict

#: bump when the feature pipeline changes (invalidates cached models)
MODEL_VERSION = "1"

#: at most this many characters of a text are read (licenses are far shorter)
MAX_CHARS = 400_000
#: a clause longer than this is cut at a space (a 1 MB line stays linear)
MAX_CLAUSE = 700
#: a clause needs this many letters to be classified
MIN_LETTERS = 12
#: ... and this many words (headings are not classified)
MIN_WORDS = 6
#: the classifier speaks only above this probability for a non-neutral label
CLASSIFIER_THRESHOLD = 0.6
#: evidence items kept per dimension
MAX_EVIDENCE = 3

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "clauses.yaml"


@dataclass
class ClauseReading:
    """What reading the clauses of a text gave."""

    restrictions: dict[str, Verdict]
    confidence: float
    license_like: bool
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------
# segmentation
# --------------------------------------------------------------------------

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# a list marker or heading at the start of a (left-stripped) line
_MARKER = re.compile(
    r"(?:[-*\u2022+>]|#{1,6}|\(?\d{1,3}(?:\.\d{1,3}){0,4}[.)]?|\(?(?:[ivxlc]{1,6}|[a-zA-Z])[.)])(?=\s)"
)
# sentence end: . ! ? ; followed by space and something that starts a sentence
_SENT_END = re.compile(r"[.!?;](?=[ \t\r\n]{1,50}[\"'\u201c\u2018(\[]?[A-Z0-9])")
_WS = re.compile(r"\s+")
_ABBREVIATIONS = frozenset(
    {"e.g", "i.e", "inc", "ltd", "co", "no", "sec", "u.s", "vs", "etc", "cf", "art", "para"}
)
_STRIP_MARKUP = re.compile(r"[*_`#>|]+")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass
class Clause:
    start: int
    end: int
    text: str  # whitespace-collapsed, markup-stripped, lower case


def _blocks(text: str) -> list[tuple[int, int]]:
    """Paragraph/list-item spans: a blank line, list marker or heading starts a new one."""
    blocks: list[tuple[int, int]] = []
    cur_start = -1
    cur_end = -1
    pos = 0
    n = len(text)
    prev_colon = False
    while pos <= n:
        m = _LINE_BREAK.search(text, pos)
        line_end = m.start() if m else n
        nxt = m.end() if m else n + 1
        line = text[pos:line_end]
        stripped = line.strip()
        if not stripped:
            if cur_start >= 0:
                blocks.append((cur_start, cur_end))
                cur_start = -1
        else:
            lead = len(line) - len(line.lstrip())
            starts_new = prev_colon or _MARKER.match(line, lead) is not None
            if cur_start >= 0 and starts_new:
                blocks.append((cur_start, cur_end))
                cur_start = -1
            if cur_start < 0:
                cur_start = pos + lead
            cur_end = pos + len(line.rstrip())
            prev_colon = stripped.endswith(":")
        pos = nxt
    if cur_start >= 0:
        blocks.append((cur_start, cur_end))
    return blocks


def _cut_long(start: int, end: int, text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    while end - start > MAX_CLAUSE:
        cut = text.rfind(" ", start + MAX_CLAUSE // 2, start + MAX_CLAUSE)
        if cut <= start:
            cut = start + MAX_CLAUSE
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def segment(text: str) -> list[Clause]:
    """The clauses of ``text`` with their spans (offsets into ``text``)."""
    clauses: list[Clause] = []
    for b_start, b_end in _blocks(text):
        pieces: list[tuple[int, int]] = []
        s = b_start
        for m in _SENT_END.finditer(text, b_start, b_end):
            so_far = text[s : m.end()].strip()
            mk = _MARKER.match(so_far + " ") if len(so_far) <= 12 else None
            if mk is not None and mk.end() == len(so_far):
                continue  # "1." or "a)" opening a list item
            word = text[max(s, m.start() - 6) : m.start()].rsplit(None, 1)
            if word and word[-1].lower() in _ABBREVIATIONS:
                continue
            pieces.append((s, m.end()))
            s = m.end()
        pieces.append((s, b_end))
        for p_start, p_end in pieces:
            for c_start, c_end in _cut_long(p_start, p_end, text):
                raw = text[c_start:c_end]
                lead = len(raw) - len(raw.lstrip())
                c_start += lead
                c_end = c_start + len(raw.strip())
                if c_end <= c_start:
                    continue
                norm = _WS.sub(" ", _STRIP_MARKUP.sub(" ", text[c_start:c_end])).strip().lower()
                norm = (
                    norm.replace("\u2019", "'")
                    .replace("\u2018", "'")
                    .replace("\u201c", '"')
                    .replace("\u201d", '"')
                )
                clauses.append(Clause(c_start, c_end, norm))
    return clauses


# --------------------------------------------------------------------------
# rules
# --------------------------------------------------------------------------

#: effect labels -> (dimension, verdict) pairs; "grant", "grant-any",
#: "proprietary" and "copy-to-recipients" are facts used by the verdict step.
EFFECTS: dict[str, tuple[tuple[str, str], ...]] = {
    "neutral": (),
    "grant": (),
    "grant-any": (),
    "proprietary": (),
    "copy-to-recipients": (),
    "grant-ref": (),
    "use:restricted": (("use", "restricted"),),
    "use:research": (("use", "restricted"), ("commercial", "prohibited")),
    "commercial:prohibited": (("commercial", "prohibited"),),
    "commercial:restricted": (("commercial", "restricted"),),
    "modify:conditional": (("modify", "conditional"),),
    "modify:restricted": (("modify", "restricted"),),
    "modify:prohibited": (("modify", "prohibited"),),
    "redistribute:conditional": (("redistribute", "conditional"),),
    "redistribute:restricted": (("redistribute", "restricted"),),
    "redistribute:prohibited": (("redistribute", "prohibited"),),
    "share-alike": (("modify", "conditional"), ("redistribute", "conditional")),
    "attribution-display": (("modify", "conditional"), ("redistribute", "conditional")),
    "pass-on": (("modify", "conditional"), ("redistribute", "conditional")),
}

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


@dataclass(frozen=True)
class Rule:
    label: str
    pattern: re.Pattern[str]
    reason: str
    veto: re.Pattern[str] | None = None  # the rule does not fire when this matches


def _r(label: str, pattern: str, reason: str, veto: str | None = None) -> Rule:
    return Rule(label, re.compile(pattern), reason, re.compile(veto) if veto else None)


RULES: tuple[Rule, ...] = (
    # ---- grants
    _r(
        "grant-any",
        r"\bfor any (?:lawful )?purpose\b|\bwithout restriction\b|\bunlimited permission\b"
        r"|\bany purpose whatsoever\b|\bdedicat\w* (?:\w+ ){0,6}to the public domain\b"
        r"|\bwaive[sd]? (?:\w+ ){0,8}(?:copyright|rights)\b|\bis free software\b"
        r"|\bfree of charge\b.{0,80}\b(?:use|copy|modify|distribute)\b",
        "grant without purpose limits",
        veto=r"\bnot\b|\bother than\b|\bno\b|\bsolely\b|\bonly\b",
    ),
    _r(
        "grant",
        r"\b(?:hereby )?grants? (?:to )?(?:you|licensee|the licensee|recipients?|each licensee|a license)\b"
        r"|\bpermission is (?:hereby )?granted\b|\b(?:is|are) hereby granted\b"
        r"|\byou (?:are|is) (?:hereby )?granted\b"
        r"|\byou may (?:freely )?(?:use|copy|reproduce|modify|distribute|redistribute|convey|run|share)\b"
        r"|\bredistribution and use\b.{0,80}\bpermitted\b|\beveryone is permitted\b"
        r"|\blicen[cs]e to (?:use|reproduce|copy|access|run)\b"
        r"|\b(?:royalty|charge)[- ]free\b.{0,80}\blicen[cs]e\b"
        r"|\bpermits? (?:you|anyone|everyone|licensee)\b",
        "grant of rights",
        veto=r"\bno (?:other )?(?:rights|licen[cs]es?) (?:is |are )?granted\b|\bnothing in this\b",
    ),
    # ---- use
    _r(
        "use:restricted",
        r"\b(?:acceptable|prohibited|permitted|responsible)[- ]use polic|\buse polic(?:y|ies)\b|\busage polic",
        "acceptable-use policy binds use",
    ),
    _r(
        "use:restricted",
        r"\buse[- ]based restrictions\b|\buse restrictions\b"
        r"|\b(?:prohibited|forbidden|restricted|disallowed) (?:uses?|purposes|activities|applications)\b"
        r"|\b(?:restrictions?|limitations?) (?:on|of) (?:the )?use\b.{0,60}\b(?:attachment|exhibit|appendix|schedule|annex|below|following)\b",
        "list of prohibited uses",
    ),
    _r(
        "use:restricted",
        r"\b(?:agree|shall|will|must|may) not (?:to )?(?:use|deploy|apply|employ)\b.{0,80}"
        r"\b(?:for|to|in)\b.{0,40}\b(?:any of the following|following (?:purposes|ways|uses)"
        r"|military|weapons?|surveillance|discriminat\w*|harass\w*|disinformation|misinformation"
        r"|defam\w*|exploit\w*|impersonat\w*|biometric|medical advice|law enforcement|minors)",
        "use is limited by a list of prohibited purposes",
        veto=r"\b(?:names?|trademarks?|logos?|endorse|technical measures)\b",
    ),
    _r(
        "use:restricted",
        r"\b(?:not|never)\b.{0,120}\b(?:train|improve|develop|distil\w*|fine[- ]?tun\w*|enhance|create)\w*\b"
        r".{0,60}\b(?:other|another|competing|third[- ]party|rival|different)\b.{0,40}"
        r"\b(?:models?|llms?|language models?|ai|systems?|networks?)\b",
        "outputs may not be used to train or improve other models",
    ),
    _r(
        "use:restricted",
        r"\bnot (?:being )?(?:granted|licensed|available|permitted)\b.{0,160}"
        r"\b(?:domiciled|principal place of business|located in|resident|residing|citizens?)\b"
        r"|\b(?:domiciled|resident|located|residing)\b.{0,80}\b(?:not (?:granted|permitted|licensed|available)|excluded|prohibited)\b"
        r"|\b(?:excluded|excluding|except(?:ing)?|not available) (?:in |for )?(?:\w+ ){0,4}(?:territor\w+|countr\w+|regions?|european union|jurisdictions?)\b",
        "regional exclusion",
        veto=r"\bexport\b|\bsanction",
    ),
    _r(
        "use:restricted",
        r"\b(?:must|shall|will|agree to)\b (?:\w+ ){0,3}(?:be consistent with|comply with|adhere to|abide by|conform to|follow)\b"
        r".{0,120}\b(?:polic(?:y|ies)|guidelines?|ethic\w*|trustworthy|code of conduct|responsible ai|safety terms|https?:)",
        "use must follow a separate usage policy",
        veto=r"\bprivacy polic|\bexport\b|\bsanction|\bbrand\b|\btrademark",
    ),
    _r(
        "use:restricted",
        r"\b(?:bypass|circumvent|disable|defeat|remove|evade)\w*\b.{0,120}\b(?:guardrails?|safety (?:mechanisms?|filters?|features?|measures?)|safeguards?|content filters?|technical limitations?)\b",
        "safety guardrails must stay in place",
    ),
    _r(
        "use:research",
        r"\b(?:research|evaluation|academic|non-?production|educational|experimental|testing|scientific)"
        r"(?: (?:and|or|&) (?:research|evaluation|academic|non-?production|educational|experimental|testing|scientific|non-?commercial)| non-?commercial)?"
        r" (?:purposes?|uses?) only\b"
        r"|\b(?:solely|only|exclusively|strictly) (?:for|to|in) (?:your |the )?(?:own )?(?:internal )?"
        r"(?:non-?commercial )?(?:research|evaluation|academic|scientific|non-?production|educational|testing|study|personal)\b"
        r"|\bonly (?:be )?used (?:for|in) (?:\w+ ){0,3}(?:research|evaluation|academic|non-?production|testing)\b",
        "research/evaluation-only purpose limit",
        veto=r"\b(?:developed|created|written|built|designed|funded) (?:\w+ )?for\b",
    ),
    # ---- commercial
    _r(
        "commercial:prohibited",
        r"\bnon-?commercial (?:purposes?|use|uses|research|activit\w+)? ?only\b"
        r"|\b(?:only|solely|exclusively|strictly) (?:for|to) (?:\w+ ){0,3}non-?commercial\b"
        r"|\bnot (?:\w+ ){0,4}for (?:any )?commercial (?:use|purposes?|advantage|gain|activit\w+|exploitation)\b"
        r"|\b(?:no|without) commercial (?:use|exploitation)\b"
        r"|\bcommercial (?:use|usage|exploitation|purposes?)\b (?:\w+ ){0,4}(?:is |are )?(?:strictly )?(?:not (?:permitted|allowed|authori[sz]ed|licensed)|prohibited|forbidden|excluded)\b"
        r"|\b(?:may|shall|must|will) not (?:\w+ ){0,8}(?:for|in) (?:any )?commercial\b"
        r"|\bnon-?commercial licen[cs]e\b|\bnoncommercial\b (?:\w+ ){0,2}(?:means|purposes only)\b",
        "non-commercial only",
        veto=r"\beither commercially or non-?commercially\b|\bcommercially or non-?commercially\b",
    ),
    _r(
        "commercial:restricted",
        r"\b(?:monthly|daily|weekly|annual) active users\b|\bactive users\b.{0,60}\b(?:exceed|greater|more than|above|over|million)\b",
        "user-count threshold",
    ),
    _r(
        "commercial:restricted",
        r"\b(?:annual|yearly|gross|total|aggregate)\b (?:\w+ ){0,3}(?:revenues?|turnover|income|sales|receipts)\b.{0,100}"
        r"\b(?:exceed\w*|in excess|greater|more than|above|over|at least|million|billion)"
        r"|\b(?:exceed\w*|more than|over|in excess of|above)\b (?:usd|us\$|eur|gbp|us)? ?[$\u20ac\u00a3]? ?[\d,.]+ ?(?:million|m|k|billion|bn)?\b.{0,60}\b(?:revenues?|turnover|income|sales)\b",
        "revenue threshold",
    ),
    _r(
        "commercial:restricted",
        r"\bcommercial(?:ly)? (?:use|usage|uses|using|purposes?|deployment|products?|licen[cs]e)\b.{0,120}"
        r"\b(?:request|obtain|apply for|enter into|separate (?:licen[cs]e|agreement)|contact us|register|registration|written (?:permission|consent|agreement)|enterprise licen[cs]e)\b"
        r"|\b(?:request|obtain|purchase|enter into|apply for)\b (?:\w+ ){0,3}(?:separate |commercial |enterprise )(?:licen[cs]e|agreement)\b",
        "commercial use needs a separate license",
    ),
    # ---- modify
    _r(
        "modify:conditional",
        r"\bat the (?:beginning|start) of (?:\w+ ){0,5}names?\b"
        r"|\bnames? (?:of|for) (?:\w+ ){0,4}(?:derivative|model|fine-?tune|modified)\w*\b.{0,60}\b(?:must|shall)\b.{0,40}\b(?:begin|start|include|contain|be prefixed|carry)\b"
        r"|\b(?:must|shall) (?:\w+ ){0,3}(?:begin|start|be prefixed) with\b.{0,40}\bnames?\b"
        r"|\bname\b.{0,40}\b(?:must|shall) (?:begin|start) with\b",
        "naming rule for derivatives",
        veto=r"\bmay not use (?:the |any )?names?\b|\bendorse|\bpromote",
    ),
    _r(
        "attribution-display",
        r"[\"']?\b(?:built|powered|made|improved|created|developed) (?:with|on|using|by) [\"']?[a-z0-9][\w.-]*[\"']?.{0,200}"
        r"\b(?:display\w*|include|show|state|mark|label|prominent\w*|website|documentation|user interface)\b"
        r"|\b(?:display\w*|include|show|state|prominent\w*)\b.{0,120}[\"'](?:built|powered|made|improved|created) (?:with|on|using|by)\b",
        "visible attribution ('Built with ...') required",
        veto=r"\bdeveloped by the university\b|\bthis product includes software developed\b",
    ),
    _r(
        "pass-on",
        r"\b(?:derivative|modifications?|modified|fine-?tuned)\w*\b.{0,160}\b(?:subject to|bound by|comply with|include|incorporate|governed by|contradict|conflict with|consistent with)\b"
        r".{0,80}\b(?:use[- ]based restrictions|use restrictions|restrictions (?:in|of|set (?:forth|out)) (?:paragraph|section|attachment|exhibit)|acceptable use|prohibited use|use polic)"
        r"|\b(?:include|incorporate|impose)\b.{0,80}\b(?:use[- ]based restrictions|use restrictions|prohibited uses?|use polic\w*)\b.{0,160}"
        r"\b(?:enforceable|agreement|recipients?|third part\w*|sublicens\w*|downstream|users?)\b",
        "use restrictions must be passed on to derivatives and recipients",
    ),
    _r(
        "share-alike",
        r"\bshare[- ]?alike\b|\bcopyleft\b"
        r"|\bunder (?:the )?(?:same|identical|this same) (?:licen[cs]e|terms)\b"
        r"|\b(?:licensed|released|distributed|conveyed?|made available|provided)\b.{0,40}\bunder (?:the terms of )?this (?:same )?licen[cs]e\b.{0,100}\b(?:as a whole|entire|derivative|modified|modifications|based on)\b"
        r"|\b(?:whole|entire) (?:work|program)\b.{0,60}\bunder (?:the terms of )?this licen[cs]e\b"
        r"|\b(?:corresponding source|source code (?:form )?of (?:the |your )?(?:modifications|modified|covered|derivative))\b.{0,120}\b(?:available|provide|disclose|offer|accompan\w*|convey)\b"
        r"|\bmust (?:also )?be (?:made available|licensed|distributed) under (?:the terms of )?(?:this|the same)\b",
        "share-alike: derivatives and copies stay under the same terms",
    ),
    _r(
        "copy-to-recipients",
        r"\b(?:give|provide|furnish|supply|deliver|include|retain)\b.{0,60}\b(?:a copy of|copies of) (?:this|the) (?:agreement|licen[cs]e|terms)\b",
        "recipients receive the license terms",
    ),
    _r(
        "redistribute:conditional",
        r"\b(?:notify|inform|tell|require|ensure|oblige|contractually bind)\b.{0,60}\b(?:recipients?|users|third parties|downstream|licensees|end users)\b.{0,100}"
        r"\b(?:restrictions|comply|subject to|bound by|use polic\w*|limitations)\b",
        "restrictions must be passed on to recipients",
    ),
    _r(
        "modify:prohibited",
        r"\b(?:may|shall|must|will|do|can) not\b (?:\w+ ){0,4}(?:modify|alter|adapt|translate|create derivatives?|make derivatives?|prepare derivatives?|create any derivatives?|reverse[- ]engineer|decompile|disassemble|fine-?tune|remix)\b"
        r"|\b(?:is|are) (?:\w+ )?(?:prohibited|forbidden|not permitted|not allowed) (?:from |to )?(?:modify\w*|alter\w*|adapt\w*|creat\w* derivative|reverse[- ]engineer\w*|decompil\w*)"
        r"|\bno[- ]?derivatives?\b|\bnoderivatives\b|\bno derivative works\b"
        r"|\bderivative works? (?:\w+ ){0,3}(?:are|is) (?:not permitted|prohibited|not allowed|forbidden)\b"
        r"|\b(?:may|shall|must) not be (?:\w+ ){0,2}(?:modified|altered|adapted|translated|decompiled|reverse[- ]engineered)\b",
        "modification is not allowed",
        veto=r"\bexcept\b|\bunless\b|\bother than\b|\bnotices?\b|\blicense text\b|\bthis licen[cs]e\b|\bcopyright\b|\bremove\b|\bterms\b|\brights\b|\brestrict|\bprevent",
    ),
    _r(
        "redistribute:prohibited",
        r"\b(?:may|shall|must|will|do|can) not\b (?:\w+ ){0,4}(?:distribute|redistribute|sublicense|publish|sell|rent|lease|lend|transfer|share|host)\b"
        r"|\b(?:is|are) (?:\w+ )?(?:prohibited|forbidden|not permitted|not allowed) (?:from |to )?(?:distribut\w*|redistribut\w*|sell\w*|rent\w*|leas\w*|sublicens\w*|shar\w*|publish\w*)"
        r"|\bno (?:right to )?(?:redistribution|distribution|sublicensing)\b"
        r"|\b(?:redistribution|distribution|sharing) (?:\w+ ){0,3}(?:is |are )?(?:not permitted|prohibited|not allowed|forbidden)\b"
        r"|\b(?:may|shall|must) not be (?:\w+ ){0,2}(?:distributed|redistributed|sold|copied|reproduced|published|shared|sublicensed)\b",
        "redistribution is not allowed",
        veto=r"\bexcept\b|\bunless\b|\bother than\b|\bnotices?\b|\bthis licen[cs]e\b|\bany (?:further|additional) (?:restrictions|terms)\b|\bimpose\b|\bfee\b|\bcharge\b|\bwarrant|\bconfidential|\bcommercial"
        r"|\b(?:sublicens|transfer|assign)\w* (?:\w+ ){0,4}(?:licen[cs]es?|rights|agreement|obligations|api keys?|accounts?)\b",
    ),
    _r(
        "proprietary",
        r"\ball rights reserved\b|\bproprietary and confidential\b|\bconfidential and proprietary\b"
        r"|\bunauthori[sz]ed (?:copying|use|reproduction|distribution|disclosure)\b"
        r"|\bno part of\b.{0,80}\bmay be (?:reproduced|copied|distributed|used)\b"
        r"|\bno licen[cs]e (?:is |are )?(?:hereby )?granted\b|\bno rights are granted\b|\bunder a proprietary\b|\bproprietary licen[cs]e agreement\b"
        r"|\b(?:may|shall) not be (?:used|copied|reproduced|distributed)\b.{0,60}\bwithout (?:the )?(?:express |prior )*written (?:permission|consent|authori[sz]ation)\b",
        "proprietary notice: all rights reserved",
        veto=r"\btrademark|\bnames?\b|\blogo",
    ),
)

#: permission needed: dimension chosen by the verbs of the clause
_PERMISSION = re.compile(
    r"\b(?:without|unless you (?:first )?(?:obtain|receive|have)|requires?|required|subject to|need|must (?:first )?(?:obtain|request|seek))\b"
    r"(?: \w+){0,3} (?:prior |express |explicit |separate |specific )*(?:written )?(?:permission|consent|authori[sz]ation|approval|licen[cs]e)\b"
)

#: notice-type clauses the classifier must not read as restrictions
_NOTICE_CLAUSE = re.compile(
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


def _is_definition(t: str) -> bool:
    return _DEFINITION.match(t) is not None


def _rule_hits(clause: Clause) -> list[Hit]:
    t = clause.text
    hits: list[Hit] = []
    definition = _is_definition(t)
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


# --------------------------------------------------------------------------
# learned classifier
# --------------------------------------------------------------------------

_MODEL_LOCK = threading.Lock()
_MODEL: Any = None


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "licenselens"


def load_training_data(path: Path = DATA_FILE) -> list[tuple[str, str]]:
    """The labelled clauses as ``(text, label)`` pairs (label in :data:`EFFECTS`)."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    pairs: list[tuple[str, str]] = []
    for label, items in (data.get("clauses") or {}).items():
        if label not in EFFECTS:
            raise ValueError(f"{path}: unknown clause label {label!r}")
        for item in items or []:
            pairs.append((_WS.sub(" ", str(item)).strip().lower(), label))
    return pairs


def _fit(pairs: list[tuple[str, str]]) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion(
        [
            (
                "word",
                TfidfVectorizer(
                    ngram_range=(1, 2),
                    sublinear_tf=True,
                    min_df=1,
                    token_pattern=r"(?u)\b\w[\w-]*\b",
                ),
            ),
            (
                "char",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2
                ),
            ),
        ]
    )
    model = Pipeline(
        [
            ("features", features),
            ("clf", LogisticRegression(C=8.0, max_iter=3000, random_state=0)),
        ]
    )
    texts = [t for t, _ in pairs]
    labels = [lab for _, lab in pairs]
    model.fit(texts, labels)
    return model


def _model_key(data: bytes) -> str:
    import sklearn

    h = hashlib.sha256()
    h.update(data)
    h.update(sklearn.__version__.encode())
    h.update(MODEL_VERSION.encode())
    return h.hexdigest()[:24]


def get_model() -> Any:
    """The fitted clause classifier: memory, then disk cache, else train (and cache)."""
    global _MODEL
    with _MODEL_LOCK:
        if _MODEL is not None:
            return _MODEL
        raw = DATA_FILE.read_bytes()
        key = _model_key(raw)
        cache_file = _cache_dir() / f"clauses-{key}.pkl"
        try:
            with open(cache_file, "rb") as fh:
                model = pickle.load(fh)
            _MODEL = model
            return model
        except Exception:  # noqa: BLE001 - missing/corrupt cache: retrain
            pass
        model = _fit(load_training_data())
        try:
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=cache_file.parent, prefix=".clauses-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as fh:
                    pickle.dump(model, fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, cache_file)
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
        except OSError:
            pass  # unwritable cache: keep the model in memory only
        _MODEL = model
        return model


def _model_hits(clauses: list[Clause], model: Any) -> list[Hit]:
    if not clauses:
        return []
    probs = model.predict_proba([c.text for c in clauses])
    classes = list(model.classes_)
    neutral = classes.index("neutral") if "neutral" in classes else -1
    hits: list[Hit] = []
    for clause, row in zip(clauses, probs, strict=True):
        best = int(row.argmax())
        if best == neutral:
            continue
        p = float(row[best])
        if p < CLASSIFIER_THRESHOLD:
            continue
        label = classes[best]
        hits.append(Hit(label, clause, f"reads as {label} (classifier, p={p:.2f})", "model", p))
    return hits


# --------------------------------------------------------------------------
# license-likeness and junk
# --------------------------------------------------------------------------

_VOCAB = re.compile(
    r"\b(licen[cs]\w*|grant\w*|permission|permitted|copyright\w*|warrant\w*|liab\w*|terms and conditions"
    r"|agreement|distribut\w*|redistribut\w*|reproduc\w*|sublicens\w*|royalty|infring\w*|rights reserved"
    r"|as is|merchantab\w*|indemn\w*|terminat\w*|derivative works?|proprietary|prohibited|hereby|licensor|licensee"
    r"|free of charge|any purpose|disclaim\w*|notice)\b"
)
_STRONG = re.compile(
    r"\b(?:all rights reserved|permission is hereby granted|hereby grants?|licen[cs]e agreement|terms of use|proprietary)\b"
)


def _junk_ratio(sample: str) -> float:
    if not sample:
        return 0.0
    bad = 0
    for ch in sample:
        o = ord(ch)
        if (o < 32 and ch not in "\t\n\r\f\v") or o == 0xFFFD or 0x7F <= o < 0xA0:
            bad += 1
    return bad / len(sample)


def _license_like(norm_sample: str) -> tuple[bool, int]:
    found = {m.group(1) for m in _VOCAB.finditer(norm_sample)}
    # fold inflections onto stems so "license"/"licensed" count once
    stems = {w[:6] for w in found}
    strong = _STRONG.search(norm_sample) is not None
    return (len(stems) >= 4 or (strong and len(stems) >= 2)), len(stems)


# --------------------------------------------------------------------------
# verdicts
# --------------------------------------------------------------------------


def _evidence(text: str, hit: Hit) -> Evidence:
    c = hit.clause
    snippet = _WS.sub(" ", text[c.start : c.end]).strip()
    if len(snippet) > 300:
        snippet = snippet[:297] + "..."
    return Evidence(text=snippet, start=c.start, end=c.end, source="text", reason=hit.reason)


def _unknown(warnings: list[str]) -> ClauseReading:
    return ClauseReading(
        restrictions={d: Verdict("free", [], "no license text read") for d in DIMENSIONS},
        confidence=0.0,
        license_like=False,
        warnings=warnings,
    )


def read_clauses(text: str) -> ClauseReading:
    """Judge the four freedoms of an unrecognised license text by reading its clauses.

    Never raises on bad input: empty or binary text gives ``license_like=False``
    with a warning; over-long text is read up to :data:`MAX_CHARS`.
    """
    warnings: list[str] = []
    if not isinstance(text, str):
        return _unknown(["input is not text"])
    if not text.strip():
        return _unknown(["empty text"])
    if _junk_ratio(text[:65536]) > 0.05 or "\x00" in text[:65536]:
        return _unknown(["text looks binary; not read as a license"])
    if len(text) > MAX_CHARS:
        warnings.append(f"text is {len(text)} characters; only the first {MAX_CHARS} were read")
    body = text[:MAX_CHARS]

    clauses = segment(body)
    sample = " ".join(c.text for c in clauses[:2000])
    like, vocab = _license_like(sample)
    if not like:
        return _unknown(warnings + ["text does not read as license terms"])

    hits: list[Hit] = []
    ruled: set[int] = set()
    for i, c in enumerate(clauses):
        h = _rule_hits(c)
        if h:
            hits.extend(h)
            ruled.add(i)

    candidates = [
        c
        for i, c in enumerate(clauses)
        if i not in ruled
        and len(_LETTER.findall(c.text[:200])) >= MIN_LETTERS
        and c.text.count(" ") >= MIN_WORDS - 1
        and not _NOTICE_CLAUSE.search(c.text)
        and not _is_definition(c.text)
    ]
    model_used = True
    try:
        model = get_model()
        hits.extend(_model_hits(candidates, model))
    except Exception as exc:  # noqa: BLE001 - degrade to rules only
        model_used = False
        warnings.append(f"clause classifier unavailable ({type(exc).__name__}); rules only")

    labels = {h.label for h in hits}
    has_grant = "grant" in labels or "grant-any" in labels
    if not has_grant and "grant-ref" in labels:
        has_grant = True
        warnings.append(
            "the text grants rights by naming another license whose terms it does not contain"
        )
    any_purpose = "grant-any" in labels
    proprietary = [h for h in hits if h.label == "proprietary"]

    # per dimension: list of (verdict, hit)
    found: dict[str, list[tuple[str, Hit]]] = {d: [] for d in DIMENSIONS}
    for h in hits:
        for dim, verdict in EFFECTS.get(h.label, ()):
            found[dim].append((verdict, h))

    restrictions: dict[str, Verdict] = {}
    for dim in DIMENSIONS:
        items = found[dim]
        if items:
            top = max(SEVERITY[v] for v, _ in items)
            chosen = [h for v, h in items if SEVERITY[v] == top]
            # rule evidence first, then the classifier's most confident
            chosen.sort(key=lambda h: (h.source != "rule", -h.prob, h.clause.start))
            seen: set[int] = set()
            ev: list[Evidence] = []
            for h in chosen:
                if h.clause.start in seen:
                    continue
                seen.add(h.clause.start)
                ev.append(_evidence(body, h))
                if len(ev) >= MAX_EVIDENCE:
                    break
            verdict = next(v for v, _ in items if SEVERITY[v] == top)
            restrictions[dim] = Verdict(verdict, ev, chosen[0].reason)
        elif has_grant:
            restrictions[dim] = Verdict("free", [], "granted; no limiting clause found")
        elif proprietary:
            restrictions[dim] = Verdict(
                "prohibited",
                [_evidence(body, proprietary[0])],
                "no grant of rights; proprietary terms",
            )
        else:
            restrictions[dim] = Verdict("prohibited", [], "no grant of rights found in the text")

    if not has_grant and not proprietary:
        warnings.append("no grant of rights found; every freedom is treated as withheld")

    # restrictions on use travel with the copies: redistribution is conditional
    red = restrictions["redistribute"]
    if has_grant and red.verdict == "free":
        limiting = [
            restrictions[d]
            for d in ("use", "commercial")
            if restrictions[d].verdict in ("restricted", "prohibited")
        ]
        if limiting:
            copies = [h for h in hits if h.label == "copy-to-recipients"]
            ev = [_evidence(body, copies[0])] if copies else list(limiting[0].evidence[:1])
            restrictions["redistribute"] = Verdict(
                "conditional", ev, "recipients are bound by the license's use limits"
            )

    # confidence
    conf = 0.45
    if has_grant:
        conf += 0.2
    if any_purpose or (proprietary and not has_grant):
        conf += 0.1
    non_free = [restrictions[d] for d in DIMENSIONS if restrictions[d].verdict != "free"]
    model_only = [
        v for v in non_free if v.evidence and all("classifier" in e.reason for e in v.evidence)
    ]
    conf -= 0.1 * len(model_only)
    if not has_grant and not proprietary:
        conf = min(conf, 0.3)
    if "grant-ref" in labels and "grant" not in labels and "grant-any" not in labels:
        conf = min(conf, 0.4)
    if vocab < 8:
        conf -= 0.1
    if not model_used:
        conf -= 0.1
    if len(text) > MAX_CHARS:
        conf -= 0.1
    conf = max(0.05, min(0.9, conf))
    return ClauseReading(restrictions, round(conf, 3), True, warnings)


__all__ = ["ClauseReading", "read_clauses", "segment", "get_model", "load_training_data"]
