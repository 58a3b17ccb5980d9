"""Scope and negation: what a grant covers and what a prohibition reaches.

A rule table says what kind of clause it is; this module reads the clause's
structure:

* a **prohibition** ("you may not (i) sell, (ii) modify, fine-tune or create
  derivative works", "redistribution is prohibited") and every verb in its
  scope, up to the exception that limits it ("... except as this license
  allows" reaches nothing; "... without our written consent" restricts;
  "... for commercial purposes" limits only commercial use);
* grants are read by :mod:`.grants`.

Each finding is ``(dimension, verdict, reason)``; :mod:`.matching` turns them
into hits with the clause as evidence.
"""

from __future__ import annotations

import re

from ... import lazyre
from .limits import ANY_FIRST_ITEM, FIRST_ITEM, NEXT_ITEM, OWN_SUBJECT, REVERSE, qualify

Finding = tuple[str, str, str]
#: the "dimension" of a finding that reserves what a grant does not give (no verdict itself)
RESERVED = "rights"

# ---------------------------------------------------------------- verb classes

_USE = r"(?:use[sd]?|using|run|running|execut\w*|install\w*|access\w*|deploy\w*|operat\w*|employ\w*)"
_MOD = (
    r"(?:modif\w*|alter\w*|adapt\w*|translat\w*|merg\w*|remix\w*|transform\w*|build upon"
    r"|derivative\w*|derived works?|fine[- ]?tun\w*|reverse[- ]?engineer\w*|decompil\w*|disassembl\w*"
    r"|changes? to|chang(?:e|ed|ing) (?:it|them|the (?:\w+ )?(?:software|code|work|model|files?))|edit\w*)"
)
_DIST = (
    r"(?:distribut\w*|redistribut\w*|publish\w*|republish\w*|shar(?:e|es|ed|ing)|convey\w*|disseminat\w*"
    r"|give (?:it )?away|pass(?:ed|ing)? on|lend(?:s|ing)?|lent|ma(?:k|d)e (?:\w+ ){0,3}available|post(?:ed|ing)?|upload\w*|transfer\w*"
    r"|cop(?:y|ied|ies|ying)|reproduc\w*|duplicat\w*|provid\w* (?:\w+ ){0,4}to (?:any )?(?:third parties|others)"
    r"|releas(?:e|es|ing) (?:the |any |this |these |such |its |their |your )?(?:[\w-]+ ){0,2}(?:weights|models?|checkpoints?|parameters|datasets?))"
)
_SELL = r"(?:sell\w*|sold|resell\w*|rent\w*|leas(?:e|es|ed|ing)|lend\w*|commerciali[sz]\w*|monetiz\w*)"

USE_V = lazyre.compile(rf"\b{_USE}\b")
#: use as an act, not the nouns "installation files", "operations", "deployment"
_USE_ACT = lazyre.compile(rf"\b(?!installations?\b|executions?\b|operations?\b|operators?\b|deployments?\b"
                      rf"|employ(?:ees?|ment|ers?)\b|executables?\b){_USE}\b")
MOD_V = lazyre.compile(rf"\b{_MOD}\b")
#: modification as a verb (not "modifications" or "modified versions" as an object)
MOD_ACT = lazyre.compile(
    r"\b(?:modify|modifies|modifying|alter|alters|altering|adapt|adapts|adapting|translat(?:e|es|ing)"
    r"|merg(?:e|es|ing)|remix\w*|transform(?:s|ing)?|fine[- ]?tun(?:e|es|ing)|reverse[- ]?engineer\w*"
    r"|decompil\w*|disassembl\w*|build upon|edit(?:s|ing)?|chang(?:e|es|ing) (?:it|them|the (?:\w+ )?(?:software|code|work|model|files?))"
    r"|(?:creat|mak|prepar|produc|develop)\w* (?:\w+ ){0,3}(?:derivative|adaptation|modification)s?)\b"
    r"|\b(?:be|being) (?:\w+ed,? (?:(?:and|or|nor) )?){0,3}(?:modified|altered|adapted|translated|changed|edited|transformed|fine[- ]?tuned"
    r"|reverse[- ]?engineered|decompiled|disassembled)\b"
)
DIST_V = lazyre.compile(rf"\b{_DIST}\b")
#: distribution as an act ("distribute", "copies"), not the nouns "distribution", "reproduction"
DIST_ACT = lazyre.compile(rf"\b(?!(?:re)?distributions?\b|reproductions?\b){_DIST}\b")
SELL_V = lazyre.compile(rf"\b{_SELL}\b")

# ---------------------------------------------------------------- negation

#: a negation that opens a scope running to its right
NEG_RIGHT = lazyre.compile(
    r"\b(?:may|shall|must|can) not\b|\bcannot\b|\bcan't\b|\bmustn't\b"
    r"|(?:\b(?:do|will)|\b(?:licensee|recipient|user|customer|he|she) does) not(?= (?:\w+ )?(?:use|copy|modify|distribute|redistribute|sell|publish|reproduce|share|sublicense|rent|lease|alter|adapt|translate|reverse|decompile|disassemble|create|make|fine|remove|host|transfer|deploy|run|access|edit|change)\b)"
    r"|\bunder no circumstances? (?:may|shall|can|will) (?:you|licensee|the licensee|users?|anyone)\b"
    r"|^\W*excluding (?:without limitation |with limitation )?(?:the )?rights? to\b|\b(?:may|shall|must) never\b|\b(?:agrees?|undertakes?|covenants?) not to\b|\bnor (?:may|shall|will|can)\b"
    r"|\b(?:is|are) (?:hereby )?not (?:permitted|allowed|authori[sz]ed|licensed|entitled|granted(?: the right| permission)?) to\b"
    r"|\b(?:is|are|be) (?:strictly |expressly )?(?:prohibited|forbidden|barred|restricted) from\b"
    r"|(?<!\bwith )\bno (?:other )?(?:rights?|licen[cs]e|permission) (?:is (?:hereby )?granted )?to\b|\bno part of (?:\w+ ){0,5}(?:may|shall|can) be\b"
    r"|\bprohibited:|\bit is (?:strictly |expressly )?(?:prohibited|forbidden|not (?:permitted|allowed)) to\b"
    r"|\b(?:but|and) not (?:to )?(?=(?:\w+ )?(?:use|copy|modify|distribute|redistribute|sell|publish|reproduce|share|sublicense|rent|lease|alter|adapt|host|transfer)\b)"
)
#: the negation binds someone other than the licensee, or a thing that is not the work
_NOT_SUBJECT = lazyre.compile(
    r"(?:\bnames?\b|\btrademarks?\b|\blogos?\b|\blogotypes?\b|\bmarks\b|\bnotices?\b|\bcopyright\b|\blicen[cs]e\b|\bagreement\b"
    r"|\bterms\b|\blicensor\b|\bauthors?\b|\bcontributors?\b|\bwe\b|\bcopyright holders?\b|\bowners?\b"
    r"|\bdisclaimer\b|\bwarrant\w*|\bfile names?\b|\bheaders?\b|\blabels?\b|\bsteward\b|\bpatents?\b)[^,;]{0,40}$"
    r"|\b(?:licen[cs]e|agreement|notices?|terms)(?: \w+)?,? (?:which|that) (?:\w+ )?$"
    r"|\bplease (?:\w+ )?$|\b(?:we|i) (?:would )?(?:ask|request|prefer) (?:that )?(?:you )?$"
    r"|\b(?:may|can|might) (?:\w+ )?(?:require|specify|provide|state|stipulate|add|choose) that\b[^,;]{0,60}$"
    r"|\bto the best of (?:my|our|its|their) knowledge\b[^.;]{0,80}$"  # a statement of fact
)
#: in a passive prohibition, a subject that is not the work ("the names ... may not be used")
_PASSIVE_NOT_SUBJECT = lazyre.compile(
    r"\b(?:names?|trademarks?|trade names?|logos?|logotypes?|marks|insignia|notices?|this licen[cs]e|this agreement"
    r"|these terms|licen[cs]e (?:text|document)|legends?|labels?|headers?)\b"
)
_LICENSE_DOCUMENT = lazyre.compile(
    r"\b(?:licen[cs]e ?(?:document|text)|this (?:licen[cs]e|document|agreement) (?:itself|document|text)"
    r"|verbatim copies of this (?:licen[cs]e|document))"
)
#: a prohibition that follows a condition ("if you cannot ..., you may not distribute at all")
_CONDITION_BEFORE = lazyre.compile(
    r"\b(?:if|unless|when|whenever|where|in (?:the )?(?:event|case)|means|provided(?:,)? that|so long as|as long as"
    r"|on (?:the )?condition that)\b"
)
_NOT_A_LIMIT = lazyre.compile(
    r"\s*(?:\w+ )?(?:be |been )?(?:construed|deemed|considered|interpreted|regarded|treated|held|liable|responsible"
    r"|required|obligated|obliged|affected|limited|restricted by|avoided|circumvented|evaded|exceed\w*"
    r"|occur\w*|happen\w*|appl(?:y|ies)|matter|exist)\b"
)
#: prohibitions that protect the license's own frame: anti-DRM, no stricter terms,
#: no endorsement, keep the notices, do not hinder others
_FRAME_SCOPE = lazyre.compile(
    r"\btechnolog\w* (?:protection )?measures|\btechnical (?:protection )?measures|\bdrm\b|\bdigital rights management"
    r"|\bmore restrictive\b|\binconsistent with\b|\bincompatible with\b|\bunder (?:a|an|any) (?:\w+ )?licen[cs]e (?:that|which)\b|\bunder (?:another|a different|any other|other) (?:\w+ )?licen[cs]e"
    r"|\bunder (?:the terms of )?(?:any )?other versions? of\b|\bunder (?:the|its|that|this) name\b"
    r"|\bunder (?:a|any) (?:\w+ ){0,2}names? (?:that|which) (?:\w+ ){0,3}(?:suggest|impl|indicat)\w*"
    r"|\bstop (?:others|anyone)|\bprevent\w* (?:\w+ ){0,2}?(?:anyone|others|recipients?|users|licensees)\b|\bhinder|\bobstruct"
    r"|\bin excess of (?:\w+ ){0,3}cost|\bmore than (?:\w+ ){0,3}cost\b"
    r"|\bmore than (?:a |the )?(?:\w+ ){0,2}?(?:copying|distribution|handling|media|reasonable) (?:fees?|charges?|costs?)\b"
    r"|\bendorse\w*|\badvertis\w*|\bpublicity\b|\bpromot\w*|\bconstru\w*|\binterpret\w*"
    r"|\bas (?:your|their|his|her|one's) own\b|\b(?:be |being )?(?:confused|mistaken) (?:with|for)\b"
    r"|\black\w* (?:\w+ ){0,3}(?:notice|copyright)|\bwithout (?:\w+ ){0,3}(?:notices?|copyright|attribution|credit)\b"
)
#: a use prohibition about lawfulness or fair representation is not a field-of-use limit
_LAWFUL = lazyre.compile(
    r"\bunlawful|\billegal|\bviolat\w*|\bin breach\b|\bcontrary to\b|\bmislead\w*|\bmisrepresent\w*|\bdistort\w*"
    r"|\bofficial status\b|\bfraud\w*|\blegal right|\b(?:break|breach|infring)\w* (?:\w+ ){0,2}laws?\b"
)
#: "may not distribute code that infringes ...": a duty to stay lawful, not a prohibition
_INFRINGING = lazyre.compile(r"\b(?:that|which|in a way that|so as to),? (?:\(?[a-z\d]{1,4}\) )?(?:\w+,? ){0,4}(?:infring\w*|breach\w*|violat\w*)")
_EXPORT = lazyre.compile(r"\bexport\w*|\bre-export\w*|\bsanction\w*|\bembargo\w*")
#: "permitted to make private changes and do not publish them": not publishing is part of the permission
_PERMITTED_NOT = lazyre.compile(r"\b(?:permitted|allowed|free|entitled|welcome) to\b[^.;:]{0,100}\b(?:and|or) $")
#: a verb whose object is a pronoun ("change it"): what it stands for is named before
_PRONOUN_OBJECT = lazyre.compile(r" (?:\w+ )?\w+ (?:it|them)\b")
_MARK_NOUN = lazyre.compile(r"\b(?:trademarks?|trade names?|logos?|logotypes?|marks|insignia|notices?|headers?|labels?)\b")
#: the subject of a prohibition is a commercial party ("for-profit organisations may not ...")
_COMMERCIAL_SUBJECT = lazyre.compile(
    r"\b(?:for-? ?profit|commercial) (?:\w+ )?(?:organi[sz]ations?|entit(?:y|ies)|compan(?:y|ies)|users?|enterprises?"
    r"|businesses|corporations?|firms?)\b[^.;]{0,30}$"
)
#: a negation that only states what happens if the terms are refused
_REFUSAL = lazyre.compile(
    r"\bif (?:you|licensee) (?:do not|don't|does not|cannot|can't|are unwilling to|choose not to|disagree|decline|reject)"
    r"(?: \w+){0,3} (?:agree|accept|comply|consent)|\bif you do not agree\b|\bunless you (?:agree|accept)\b"
    r"|\bnot (?:accept|agree)\w* (?:to )?(?:these|the|this|all)\b|\bwithout (?:honou?ring|accepting|complying)\b"
    r"|\bif you (?:do not|don't) (?:\w+ )?(?:wish|want) to\b"
    r"|\buntil you (?:have )?(?:\w+ ){0,2}(?:read|agreed|accepted)"
)
#: a rights verb must start the scope within this many words
_FIRST_VERB_WORDS = 7

#: a nominal prohibition whose scope runs to its left ("redistribution ... is prohibited")
_NEG_LEFT = lazyre.compile(
    r"\b(?:is|are|be) (?:strictly |expressly |explicitly |hereby )?(?:prohibited|forbidden|not (?:permitted|allowed|authori[sz]ed|licensed|granted))\b(?! to\b)"
    r"|\bnot (?:permitted|allowed)\b(?! to\b)"
)
#: a prohibition about some copies only ("in place of the original files", "only part of
#: the work", "a file that bears a notice"): a condition on sharing, not a prohibition
_PARTIAL = lazyre.compile(
    r"\bin place of\b|\bonly (?:a )?part of\b|\b(?:that|which) bears?\b|\bunder the same (?:file ?)?names?\b"
    r"|\bas (?:the|an?) (?:original|official|reference|unmodified)\b"
    r"|\b(?:with|under) the (?:same )?(?:file ?)?names? (?:of|as) the original\b|\b(?:with|under) (?:the|its) original (?:file ?)?names?\b"
    r"|\bunder (?:the|its|our|their) (?!original\b)[\w'-]+ (?:product |brand |trade ?)?names?\b"
    r"|\bfiles? (?:with|whose|having|that (?:has|have|bears?)) (?:a |the )?(?:\w+ ){0,2}(?:extension|suffix)\b"
    r"|\b(?:with|to) (?:anyone|anybody|any (?:third )?part(?:y|ies)|any persons?|persons|people|those) (?:who|that) (?:has|have|is|are|does|do) not\b"
)
#: a quoted sentence ("add the phrase '... is prohibited ...'"): cited, not in force
_QUOTED = lazyre.compile(
    r"(?:[\"\u201c]|(?<!\w)[`'])(?=[^\"\u201d`']{0,240}\b(?:not|prohibited|forbidden)\b)"
    r"[^\"\u201d`']{12,480}(?:[\"\u201d]|'(?!\w))"
)
#: "add the phrase ...": what follows is a sentence for others to use, cited, not in force
_CITED = lazyre.compile(r"\b(?:add|include|append|insert|place|put) (?:\w+ ){0,2}(?:phrase|sentence|wording|statement|words)\b")
#: "licence fees are prohibited": the licence itself may not be sold, a frame of the licence
_LICENCE_FEES = lazyre.compile(r"\b(?:licen[cs]e|licensing|royalty) (?:fees?|charges?)\W*$")
#: where a scope stops (the exception after it is read separately)
_BOUNDARY = lazyre.compile(
    r"\b(?:unless|except|excepting|other than|provided(?:,)? (?:that|however)|save (?:as|that)|but|however|until|before"
    r"|so long as|as long as|if|whereas|whether or not|in which case|apart from)\b|[;:]|\. "
)
#: phrases whose verbs restrict nothing (notices, names, the license's own terms)
_NOT_OBJECTS = lazyre.compile(
    r"\b(?:remov\w*|alter\w*|modif\w*|chang\w*|obscur\w*|delet\w*|tamper\w*|misrepresent\w*|translat\w*)"
    r"(?:(?:,| or| and|/)+ \w+){0,4} (?:any |the |all |this |these |such |or |its |their )*(?:[\w'-]+,? ){0,5}?"
    r"(?:copyright|notices?|legends?|labels?|attributions?|markings?|watermarks?|(?:author|owner)'?s? names?|credits?"
    r"|headers?|disclaimers?|trademarks?|marks|logos?|terms|licen[cs]e|agreement|rights|warrant\w*|origin"
    r"|(?:these|those|both|such)(?: two)? sections)\b"  # the notice sections named before
    r"|\b(?:us(?:e|ing)|reproduc\w*|display\w*) (?:\S+ ){0,16}?(?:names?|trademarks?|trade names?|logos?|logotypes?|marks|service ?marks|brand\w*|insignia)\b"
    r"|\b(?:impos\w*|apply|add|offer|plac\w*)\w* (?:any )?(?:further |additional |other |different )?(?:restrictions|terms|conditions|technological measures|technical measures)"
    r"(?: (?:or|and) (?:\w+ )?(?:restrictions|terms|conditions|limitations|obligations))?\b"
    r"|\bimpos\w* (?:\w+ ){0,3}(?:fees?|royalt\w*|charges?)\b"
    r"|\bus\w* (?:\w+ ){0,3}(?:permissions|rights|licen[cs]es?) (?:\w+ ){0,2}(?:given|granted|conferred)\b"
    r"|\b(?:violat\w*|breach\w*|contrary to|infring\w*|in violation of) (?:\w+ ){0,5}(?:laws?|regulations?|rights|statutes?)\b"
    r"|\bunlawful\w*|\billegal\w*"
    r"|\b(?:sublicens\w*|assign\w*|transfer\w*|convey\w*)(?:,? (?:or |and )?\w+){0,6}? (?:licen[cs]es?|rights|agreement|obligations|account|keys?|ownership|title)\b"
    r"|\bclaim\w* (?:\w+ ){0,3}(?:wrote|authorship|ownership)"
)
#: a negated scope about money limits commercial use only
_COMMERCIAL_SCOPE = lazyre.compile(
    r"\bcommercial(?!i[sz])\w*|\bfor[- ]profit\b|\bfor (?:a )?fee\b|\bfor (?:monetary|financial) (?:gain|compensation|benefit)\b"
    r"|\bfor sale\b|\bin exchange for\b|\bfor money\b|\brevenue|\bfor (?:a )?charge\b|\bfor payment\b|\bpaid\b"
)


def _clean(scope: str) -> str:
    """The scope without notice/name/terms objects; it stops at such an object unless
    another verb is joined to it ("remove the notice or modify the code")."""
    parts = _NOT_OBJECTS.sub(" \x00 ", scope).split("\x00")
    kept = [parts[0]]
    for part in parts[1:]:
        if not re.match(r"\s*(?:,|or\b|and\b|nor\b|/)", part):
            break
        kept.append(part)
    return " ".join(kept)


#: "may not be sold by itself": selling alone is barred, a duty to bundle, not a limit
_STANDALONE = lazyre.compile(
    r"\b(?:by (?:itself|themselves)|on (?:its|their) own|in isolation|as such"
    r"|as an? (?:\w+ ){0,2}?(?:set|collection|pack|bundle|archive))\b"
)
#: "... by itself or as part of your product": every sale is barred
_ALSO_BUNDLED = lazyre.compile(r"\beither\b|\b(?:or|nor) (?:\w+ ){0,2}(?:as part|included|incorporated|bundled|with)\b")
_SELLING_COPIES = lazyre.compile(rf"\b{_SELL} (?:\w+ ){{0,2}}cop(?:y|ies)\b")
_ANY_VERB = lazyre.compile(rf"\b(?:{_USE}\b|{_MOD}|{_DIST}|{_SELL})")
#: "the model or its fine-tunes": fine-tunes named as things, the object of another act
_FINE_TUNES_NOUN = lazyre.compile(r"\b(?:its|their|your|the|any|such|all|of) fine[- ]?tunes\b")
_PURPOSE_WORD = lazyre.compile(r"\b(?:to|for|in|as|with|where|against|by means of|in order to)\b")


def _scope_findings(scope: str, qualifier: str, left: bool) -> list[Finding]:
    """Findings for the verbs inside one negated scope."""
    if qualifier == "frame" and not _FRAME_SCOPE.search(scope) and (MOD_ACT.search(scope) or DIST_ACT.search(scope)):
        # "you may not copy or modify it except as this licence provides": what the
        # grant does not give is withheld
        return [(RESERVED, "reserved", "acts the license does not provide for are not allowed")]
    if qualifier == "frame" or _FRAME_SCOPE.search(scope) or _INFRINGING.search(scope):
        return []
    lawful = _LAWFUL.search(scope) is not None  # before the objects are cleaned away
    scope = _clean(scope)
    out: list[Finding] = []
    commercial = _COMMERCIAL_SCOPE.search(scope) is not None and not re.search(
        r"\bnon-?commercial\b", scope
    )
    verdict = {"none": "prohibited", "permission": "restricted", "condition": "conditional",
               "aggregate": "conditional"}[qualifier]
    if commercial or SELL_V.search(scope):
        cv = "restricted" if qualifier != "none" or not commercial else "prohibited"
        if qualifier == "condition":
            cv = "restricted"
        elif qualifier == "aggregate" or (_STANDALONE.search(scope) and not _ALSO_BUNDLED.search(scope)):
            cv = "conditional"  # sold only within a larger work: a duty, not a limit
        out.append(("commercial", cv, "commercial use is limited"))
        if commercial:
            return out
    acts = _SELLING_COPIES.sub("sell", scope)  # "selling copies" is commercial, not distributing
    first = _ANY_VERB.search(scope)
    if not left and first is not None and USE_V.match(scope, first.start()):
        # "may not use the model to generate or disseminate ...": what follows the
        # purpose word is the purpose, not another prohibited act
        prep = _PURPOSE_WORD.search(scope, first.end())
        if prep is not None:
            acts = _FINE_TUNES_NOUN.sub(" ", scope[: prep.start()])
    mod_v = MOD_V if left else MOD_ACT
    if mod_v.search(acts) and verdict == "prohibited" and not mod_v.search(REVERSE.sub(" ", acts)):
        # taking the work apart is barred, changing it is not: a limit on modification
        out.append(("modify", "restricted", "reverse engineering is not allowed"))
    elif mod_v.search(acts):
        out.append(("modify", verdict, "modification is not allowed" if verdict == "prohibited"
                    else "modification is allowed only with the licensor's consent or conditions"))
    if (DIST_V if left else DIST_ACT).search(acts):
        out.append(("redistribute", verdict, "redistribution is not allowed" if verdict == "prohibited"
                    else "redistribution is allowed only with the licensor's consent or conditions"))
    if not left and qualifier in ("none", "permission") and _USE_ACT.search(scope) \
            and not lawful:
        # "may not use it for X / to do X": a field-of-use limit
        m = _USE_ACT.search(scope)
        tail = scope[m.end() : m.end() + 160] if m else ""
        if re.search(r"\b(?:for|to|in|on|with|as|by|where|against|outside|after|beyond|more than)\b", tail):
            out.append(("use", "restricted", "use is limited to certain purposes"))
        elif qualifier == "none" and not out and re.match(
            r"\s*(?:\w+ )?us(?:e|ing) (?:the|this|these|any|such) \w+", scope
        ):
            out.append(("use", "prohibited", "use is not allowed"))
        elif qualifier == "permission":
            out.append(("use", "restricted", "use needs the licensor's permission"))
    return out


def _verb_soon(scope: str) -> bool:
    m = _ANY_VERB.search(scope)
    if m is None:
        return False
    words = re.findall(r"[a-z]{2,}", scope[: m.start()])
    return len(words) <= _FIRST_VERB_WORDS


def negation_lead(t: str) -> str:
    """The lead-in of a list of prohibitions ("You agree not to use the Model:"), or ""."""
    tail = t[-160:]
    return t.rstrip(":") if NEG_RIGHT.search(tail) else ""


def list_lead(t: str) -> str:
    """The prohibition that opens an enumerated list in clause ``t`` ("you may not
    (i) ..."), whose later items may stand in clauses of their own; or ""."""
    if not ANY_FIRST_ITEM.search(t):
        return ""
    for m in NEG_RIGHT.finditer(t):
        first = FIRST_ITEM.match(t, m.end())
        if first:
            return t[: first.end()].rstrip()  # with its first marker, so the list reads on
    return ""


def _later_items(t: str) -> list[Finding]:
    """Findings of the items after the first of each enumerated list a prohibition opens:
    the prohibition reaches each of them ("you may not (i) sell ...; (ii) modify ...")."""
    out: list[Finding] = []
    if not ANY_FIRST_ITEM.search(t):
        return out
    for m in NEG_RIGHT.finditer(t):
        if not FIRST_ITEM.match(t, m.end()):
            continue
        cuts = [x.end() for x in NEXT_ITEM.finditer(t, m.end())]
        for i, start in enumerate(cuts):
            end = cuts[i + 1] if i + 1 < len(cuts) else len(t)
            if OWN_SUBJECT.match(t, start):
                break  # "...; (b) you must ...": a new sentence, not an item of the list
            out.extend(negations(f"{m.group(0)} {t[start:end]}", items=False))
    return out


def negations(t: str, *, items: bool = True) -> list[Finding]:
    """Findings of the prohibitions in clause ``t`` (normalised, lower case)."""
    out: list[Finding] = []
    if _REFUSAL.search(t):
        return out
    t = t.replace("may or may not", "may")
    t = _QUOTED.sub(lambda q: " " * len(q.group(0)), t)  # a quoted phrase is cited, not in force
    cited = _CITED.search(t)
    if cited is not None:
        t = t[: cited.end()]
    if items:
        out.extend(_later_items(t))
    for m in NEG_RIGHT.finditer(t):
        before = t[max(0, m.start() - 200) : m.start()]
        rest = t[m.end() : m.end() + 320]
        passive = rest.startswith(" be ") or rest.startswith(" to be ")
        if _NOT_SUBJECT.search(before[-60:]) or (passive and _PASSIVE_NOT_SUBJECT.search(before)):
            continue
        if m.group(0).startswith("do ") and _PERMITTED_NOT.search(before):
            continue
        if _PRONOUN_OBJECT.match(rest) and _MARK_NOUN.search(before):
            continue  # "the logo ..., but you cannot change it": "it" is the mark, not the work
        b = _BOUNDARY.search(rest)
        scope = rest[: b.start()] if b else rest
        if not _verb_soon(_clean(scope)) or _EXPORT.search(scope) or _NOT_A_LIMIT.match(scope):
            continue
        qualifier = qualify(rest[len(scope) :], scope)
        if qualifier == "none" and (_CONDITION_BEFORE.search(before) or _PARTIAL.search(scope)
                                    or _PARTIAL.search(before[-120:])):
            qualifier = "condition"
        elif qualifier == "permission" and _PARTIAL.search(scope):
            qualifier = "condition"  # "not under the original name without our consent": a naming duty
        if b is not None and b.group(0) == ":" and USE_V.search(scope):
            scope += " for the following"  # a list of purposes follows the colon
        found = _scope_findings(scope, qualifier, left=False)
        if _COMMERCIAL_SUBJECT.search(before[-80:]) and (found or _USE_ACT.search(scope)) \
                and qualifier != "frame":
            # "for-profit organisations may not use it": a limit on commercial users
            found = [("commercial", "prohibited" if qualifier == "none" else "restricted",
                      "commercial users are excluded")]
        out.extend(found)
    for m in _NEG_LEFT.finditer(t):
        start = max(0, m.start() - 200)
        before = t[start : m.start()]
        cut = max((x.end() for x in re.finditer(r"[;:]|\. |\bbut\b|\band\b(?= \w+ (?:is|are) )", before)),
                  default=0)
        scope = before[cut:]
        if _PASSIVE_NOT_SUBJECT.search(t[: m.start()]) and not re.search(
            r"\bmodif|\bderivative|\bredistribut|\bdistribut", scope
        ):
            continue
        if re.search(r"\b(?:except|unless|other than|not|than as)\b", re.sub(r"\([^)]*\)", " ", scope)) \
                or _EXPORT.search(scope) \
                or _LICENSE_DOCUMENT.search(t[: m.start()]) or _LICENCE_FEES.search(scope):
            continue  # "any use other than as authorised is prohibited": the license's frame
        rest = t[m.end() : m.end() + 200]
        qualifier = qualify(rest, scope)
        if qualifier == "none" and _PARTIAL.search(scope):
            qualifier = "condition"
        out.extend(_scope_findings(scope, qualifier, left=True))
    return out
