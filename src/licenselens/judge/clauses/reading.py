"""Verdicts from clauses: the four freedoms of an unrecognised text (rubric §1).

The most severe effect per dimension wins.  A dimension the text is silent
on is ``free`` only when the text grants rights without a purpose limit;
``prohibited`` when the text reserves its rights (a proprietary notice with
no grant, or a purpose-limited grant that reserves everything else); and
``unknown`` otherwise: ``free`` is never a default.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ... import lazyre
from ...results import DIMENSIONS, SEVERITY, Evidence, Verdict
from . import classifier, european
from .grants import grant_lead
from .matching import NOTICE_CLAUSE, Hit, is_definition, rule_hits
from .rules import EFFECTS
from .scope import list_lead, negation_lead
from .segment import LETTER, WS, Clause, item_style, line_indent, segment, starts_item

#: at most this many characters of a text are read (licenses are far shorter)
MAX_CHARS = 400_000
#: a clause needs this many letters to be classified
MIN_LETTERS = 12
#: ... and this many words (headings are not classified)
MIN_WORDS = 6
#: evidence items kept per dimension
MAX_EVIDENCE = 3
#: whether the learned clause model reads the clauses the rules left alone.  Off: on the
#: held-out texts it changed no tier, and on held-out clauses it lowered accuracy (see
#: docs/performance.md, "Clause reader"); tools/train_clauses.py can re-measure it.
USE_MODEL = False


#: labels that reserve what a grant does not name
_RESERVING = frozenset({"reserved"})
#: a text this long is terms, not a notice: silence in terms that grant nothing is reserved
_TERMS_CHARS = 400
#: the freedoms a reservation withholds when the grant does not name them
_WITHHELD = frozenset({"modify", "redistribute"})
#: labels of a grant that names modification or redistribution
_SHARING_GRANT = frozenset({"modify:free", "redistribute:free"})
#: a limit that names a way to be allowed (a separate licence, permission, a fee): the
#: freedom is restricted, not withheld, even where the text reserves the rest
_PERMISSION_PATH = lazyre.compile(r"licen[cs]e|permission|agreement|consent|fee|pay|subscription|royalt")


@dataclass
class ClauseReading:
    """What reading the clauses of a text gave."""

    restrictions: dict[str, Verdict]
    confidence: float
    license_like: bool
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------

_VOCAB = lazyre.compile(
    r"\b(licen[cs]\w*|grant\w*|permission|permitted|copyright\w*|warrant\w*|liab\w*|terms and conditions"
    r"|agreement|distribut\w*|redistribut\w*|reproduc\w*|sublicens\w*|royalty|infring\w*|rights reserved"
    r"|as is|merchantab\w*|indemn\w*|terminat\w*|derivative works?|proprietary|prohibited|hereby|licensor|licensee"
    r"|free of charge|any purpose|disclaim\w*|notice|public domain|patents?|usage restrictions)\b"
)
_STRONG = lazyre.compile(
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


_CJK_VOCAB = lazyre.compile(
    r"라이선스|라이센스|저작권|사용권|허가|허락|계약|배포|면책|보증|"
    r"许可|許可|授权|授權|版权|版權|著作权|著作權|协议|協議|分发|分發|免责|免責|担保|擔保"
    r"|著作権|使用許諾|ライセンス|再配布|無保証|責任を負"
)


def _license_like(norm_sample: str) -> tuple[bool, int]:
    found = {m.group(1) for m in _VOCAB.finditer(norm_sample)}
    found |= {m.group(0) for m in _CJK_VOCAB.finditer(norm_sample)}
    found |= {m.group(0) for m in european.VOCAB.finditer(norm_sample)}
    # fold inflections onto stems so "license"/"licensed" count once
    stems = {w[:6] for w in found}
    strong = _STRONG.search(norm_sample) is not None
    return (len(stems) >= 4 or (strong and len(stems) >= 2)), len(stems)




def _evidence(text: str, hit: Hit) -> Evidence:
    c = hit.clause
    snippet = WS.sub(" ", text[c.start : c.end]).strip()
    if len(snippet) > 300:
        snippet = snippet[:297] + "..."
    return Evidence(text=snippet, start=c.start, end=c.end, source="text", reason=hit.reason)


def _unknown(warnings: list[str]) -> ClauseReading:
    return ClauseReading(
        restrictions={d: Verdict("unknown", [], "no license terms read") for d in DIMENSIONS},
        confidence=0.0,
        license_like=False,
        warnings=warnings,
    )


#: "... should put the following statement in their document:": a sample follows, not terms
_CITES_NEXT = lazyre.compile(
    r"\b(?:following|this) (?:\w+ )?(?:statement|notice|boilerplate|text|sentence|wording|paragraph|language|phrase|header)"
    r"\b[^:]{0,80}:$"
)
#: a lead-in to alternatives: each item is one way to meet a condition
_OPTIONS = lazyre.compile(r"\b(?:at least one|one|any one|either|any) of the following\b[^:]{0,40}:$")
_OPTIONS_LEAD = "\x00options"
#: "If you redistribute the work as received, you must meet the following conditions:": a
#: prohibition in an item binds that way of sharing only, a condition on it
_SHARING_IF = lazyre.compile(
    r"^(?:\(?[\w.]{1,6}\)?\s+)?(?:if|when|whenever|where)\b[^:;]{0,160}\b(?:re)?distribut\w*\b[^:;]{0,160}"
    r"\bfollowing (?:conditions|requirements)(?: (?:must|shall) be (?:met|fulfilled|satisfied|observed))?\W*:$"
)
_BLANK_LINE = lazyre.compile(r"\n[ \t]*\r?\n")
#: a sample statement runs this many characters at most when no blank line ends it
_MAX_CITED = 1500


def _rule_pass(body: str, clauses: list[Clause]) -> tuple[list[Hit], set[int]]:
    """Rule hits of every clause; list items inherit the lead-in ("You may not:") before them."""
    hits: list[Hit] = []
    ruled: set[int] = set()
    lead = ""
    after_lead = False  # the clause right after a lead-in is its first item, marked or not
    style = ""  # the marker style of the list's items ("(a)", "1.#.")
    prev_end = 0
    citing = False  # inside a sample statement the text gives for others to use
    cited_from = 0
    lead_indent = 0  # the indentation of the lead-in's line
    indented = False  # the list's items are lines indented under the lead-in
    for i, c in enumerate(clauses):
        gap = body[prev_end : c.start]
        if citing and i > 0 and _BLANK_LINE.search(gap) and not _CITES_NEXT.search(clauses[i - 1].text):
            citing = False
        elif citing and "\n" in gap and (c.start - cited_from > _MAX_CITED or (
                starts_item(body, c.start) and body[c.start].isdigit())):
            citing = False  # no blank line: a numbered section, or a long way on, ends the sample
        if citing:
            prev_end = c.end
            continue
        indent = line_indent(body, c.start)
        deeper = indent is not None and indent > lead_indent
        marked = starts_item(body, c.start)
        same_style = False  # the next item of the list, marked as its first was
        if lead and marked:
            mark = item_style(body, c.start)
            if style and mark != style and any(ch.isdigit() for ch in body[c.start : c.start + 6]):
                lead = ""  # a number of another kind: the list is over (a new section)
            same_style = bool(style) and mark == style
            style = style or mark
        item = after_lead or marked or (bool(lead) and deeper) \
            or (c.text.startswith("to ") and not _BLANK_LINE.search(gap))
        if lead and indented and indent is not None and not deeper and not same_style:
            lead = ""  # back at the lead-in's indentation: the indented list is over
        elif lead and not item and "\n" in gap:
            lead = ""  # a new line that is no item closes the list; a further sentence of an item does not
        indented = bool(lead) and (indented or deeper)
        if lead == _OPTIONS_LEAD and item:
            # one alternative of several ("do at least one of the following:"): a limit in it
            # binds only who chooses it, so it restricts nothing
            h = [x for x in rule_hits(c) if not any(
                SEVERITY[v] >= SEVERITY["restricted"] for _, v in EFFECTS.get(x.label, ()))]
        else:
            h = rule_hits(c, lead if item else "")
        if h:
            hits.extend(h)
            ruled.add(i)
        after_lead = False
        if c.text.endswith(":") and _CITES_NEXT.search(c.text):
            citing, cited_from = True, c.end
        elif c.text.endswith(":"):
            new_lead = (_OPTIONS_LEAD if _OPTIONS.search(c.text[-120:]) else
                        negation_lead(c.text) or grant_lead(c.text)
                        or (c.text.rstrip(":") if _SHARING_IF.search(c.text) else ""))
            after_lead = bool(new_lead)
            if new_lead:
                style = ""
                indented = False
                lead_indent = line_indent(body, body.rfind("\n", 0, c.start) + 1) or 0
            lead = new_lead or lead
        elif list_lead(c.text):
            lead = list_lead(c.text)  # "you may not 1) ...; 2) ...": the items that follow
            style, indented = "", False
            lead_indent = len(body)  # its items are marked, not indented
        prev_end = c.end
    return hits, ruled


def _candidates(clauses: list[Clause], ruled: set[int]) -> list[Clause]:
    return [
        c
        for i, c in enumerate(clauses)
        if i not in ruled
        and len(LETTER.findall(c.text[:200])) >= MIN_LETTERS
        and c.text.count(" ") >= MIN_WORDS - 1
        and not NOTICE_CLAUSE.search(c.text)
        and not is_definition(c.text)
    ]


def _choose(body: str, items: list[tuple[str, Hit]]) -> Verdict:
    top = max(SEVERITY[v] for v, _ in items)
    chosen = [h for v, h in items if SEVERITY[v] == top]
    # rule evidence first, a sentence before a heading ("3. Use policy."), then the
    # classifier's most confident
    chosen.sort(key=lambda h: (h.source != "rule", len(h.clause.text.split()) <= 4, -h.prob,
                               h.clause.start))
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
    if verdict == "free":
        ev = ev[:1]
    return Verdict(verdict, ev, chosen[0].reason)


def read_clauses(text: str, *, model: bool | None = None) -> ClauseReading:
    """Judge the four freedoms of an unrecognised license text by reading its clauses.

    Never raises on bad input: empty or binary text gives ``license_like=False``
    with a warning; over-long text is read up to :data:`MAX_CHARS`.  ``model``
    turns the learned clause model on or off (default :data:`USE_MODEL`), for measuring.
    """
    model = USE_MODEL if model is None else model
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
    hits, ruled = _rule_pass(body, clauses)
    terms = [h for h in hits if h.label not in ("grant-ref", "reserved")]
    if not like and not (terms and (vocab >= 1 or len(clauses) <= 6)):
        return _unknown(warnings + ["text does not read as license terms"])

    model_used = not model
    if model:
        try:
            hits.extend(classifier.model_hits(_candidates(clauses, ruled)))
            model_used = True
        except Exception as exc:  # noqa: BLE001 - degrade to rules only
            warnings.append(f"clause model unavailable ({type(exc).__name__}); rules only")
    return _assemble(body, hits, vocab, model_used, len(text) > MAX_CHARS, warnings)


def _assemble(
    body: str, hits: list[Hit], vocab: int, model_used: bool, cut: bool, warnings: list[str]
) -> ClauseReading:
    labels = {h.label for h in hits}
    has_grant = bool(labels & {"grant", "grant-any"})
    # a reference to other terms grants nothing in text that calls itself proprietary
    # (beyond the "all rights reserved" of a plain copyright notice)
    owned = any(h.label == "proprietary" and "rights reserved" not in h.clause.text for h in hits)
    if not has_grant and "grant-ref" in labels and not owned:
        has_grant = True
        warnings.append(
            "the text grants rights by naming another license whose terms it does not contain"
        )
    limited = bool(labels & {"grant-limited", "use:research"})
    open_grant = has_grant and ("grant-any" in labels or not limited)
    proprietary = [h for h in hits if h.label in ("proprietary", "reserved")]
    personal = [h for h in hits if h.label == "grant-personal"] if "grant-any" not in labels else []

    withheld: frozenset[str] = frozenset()
    if labels & _RESERVING and "grant-any" not in labels:
        withheld = _WITHHELD
        if personal or not labels & _SHARING_GRANT:
            # a personal or use-only licence that reserves the rest gives no commercial freedom
            withheld |= {"commercial"}

    found: dict[str, list[tuple[str, Hit]]] = {d: [] for d in DIMENSIONS}
    for h in hits:
        for dim, verdict in EFFECTS.get(h.label, ()):
            found[dim].append((verdict, h))

    forbidden = {dim for dim in DIMENSIONS if any(v == "prohibited" for v, _ in found[dim])}
    grants_any = has_grant or bool(labels & {"grant-scoped", "grant-personal", "grant-limited"}) \
        or any(v in ("free", "conditional") for dim in DIMENSIONS for v, _ in found[dim]) \
        or any(v == "restricted" for v, _ in found["use"])  # a use limited to a purpose is granted
    forbidding = [h for dim in DIMENSIONS for v, h in found[dim] if v == "prohibited"]
    # terms, not a short notice: a text of a few paragraphs at least
    if len(forbidden) < 2 or grants_any or len(body) < _TERMS_CHARS:
        forbidding = []
    # the grant that frees what no clause limits is its evidence ("free" is never a bare default)
    granting = next((h for h in hits if h.label == "grant-any"), None) or next(
        (h for h in hits if h.label in ("grant", "grant-ref")), None)
    granted_by = [_evidence(body, granting)] if granting else []
    restrictions: dict[str, Verdict] = {}
    for dim in DIMENSIONS:
        # a freedom the text reserves and no grant names stays withheld, whatever narrower
        # limit a clause sets on it ("you may not reverse engineer it"); a duty attached to
        # it ("share alike") or a purpose-limited grant ("solely for research") shows it is allowed
        ungranted = dim in withheld and f"{dim}:free" not in labels and not limited
        narrower = {v for v, _ in found[dim]} == {"restricted"} and not any(
            _PERMISSION_PATH.search(h.reason) for _, h in found[dim])
        if found[dim] and not (ungranted and narrower):
            restrictions[dim] = _choose(body, found[dim])
        elif open_grant and dim not in withheld:
            restrictions[dim] = Verdict("free", list(granted_by), "granted; no limiting clause found")
        elif ("grant-scoped" in labels or personal) and dim != "use":
            scoped = next(h for h in hits if h.label in ("grant-scoped", "grant-personal"))
            restrictions[dim] = Verdict(
                "restricted" if dim == "commercial" else "prohibited", [_evidence(body, scoped)],
                "not granted: the grant is limited and does not extend to this freedom",
            )
        elif proprietary:
            restrictions[dim] = Verdict(
                "prohibited", [_evidence(body, proprietary[0])],
                "not granted; the text reserves its rights",
            )
        elif forbidding:
            # terms (not a short notice) that grant nothing and forbid two freedoms or
            # more are proprietary:
            # what they are silent on stays with the owner (rubric: silence in a
            # proprietary notice is prohibited)
            restrictions[dim] = Verdict(
                "prohibited", [_evidence(body, forbidding[0])],
                "not granted: the terms grant nothing and forbid other freedoms",
            )
        else:
            restrictions[dim] = Verdict("unknown", [], "nothing in the text settles this freedom")
    unknown = [d for d in DIMENSIONS if restrictions[d].verdict == "unknown"]
    if unknown:
        warnings.append("the text does not settle: " + ", ".join(unknown))

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
    if "grant-any" in labels or (proprietary and not has_grant):
        conf += 0.1
    non_free = [restrictions[d] for d in DIMENSIONS if restrictions[d].verdict != "free"]
    model_only = [
        v for v in non_free if v.evidence and all("model" in e.reason for e in v.evidence)
    ]
    conf -= 0.1 * len(model_only) + 0.1 * len(unknown)
    if not has_grant and not proprietary:
        conf = min(conf, 0.3)
    if "grant-ref" in labels and not labels & {"grant", "grant-any"}:
        conf = min(conf, 0.4)
    if vocab < 8:
        conf -= 0.1
    if not model_used:
        conf -= 0.05
    if cut:
        conf -= 0.1
    conf = max(0.05, min(0.9, conf))
    return ClauseReading(restrictions, round(conf, 3), True, warnings)
