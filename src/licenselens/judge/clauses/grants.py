"""Grants: whether a clause grants rights, which freedoms its verbs cover,
and whether the grant is limited to a purpose or scope.

"X grants you a licence to use, copy and modify ..." covers use and modify;
"for any purpose", "without restriction" or a public-domain dedication covers
all four; "solely for research", "for thirty days" or "on a single computer"
limits it.  "For commercial and non-commercial purposes" grants commercial
use and is never read as a non-commercial limit.
"""

from __future__ import annotations

import re

from ... import lazyre
from .scope import DIST_V, MOD_V, NEG_RIGHT, SELL_V

_GRANT = lazyre.compile(
    r"\b(?:hereby )?grants?\b(?! of)(?: \w+){0,12}? (?:licen[cs]es?|rights?|permissions?|you|to)\b"
    r"|\b(?:hereby )?grants?\b(?! of)(?:,? [\w-]+){0,14}?,? (?:licen[cs]es?|rights?)\b"
    r"|\b(?:is|are) (?:hereby )?(?:granted|given)\b|\bpermission (?:is (?:hereby )?)?(?:granted|given)\b"
    r"|\bpermission to\b|\b(?:hereby )?(?:authori[sz]es?|permits?|allows?|entitles?|lets) (?:you|anyone|everyone|any person|licensee|users?)\b"
    # "lets individuals and companies with fewer than N employees use, modify ...": a grant to named kinds of user
    r"|\b(?:lets|permits|allows|authori[sz]es) (?:[\w-]+,? ){0,3}(?:individuals|persons|people|organi[sz]ations|companies|businesses"
    r"|institutions|researchers|developers|entities|students|academics|hobbyists)\b(?:,? (?:and |or )?[\w-]+){0,12}? (?:to )?"
    r"(?:use|copy|modify|distribute|redistribute|reproduce|run|download|fine-tune|share)\b"
    r"|\byou (?:are|shall be) (?:hereby )?(?:free|allowed|permitted|authori[sz]ed|entitled|welcome|licensed) to\b"
    r"|\b(?:you|anyone|anybody|everyone|everybody|any person|licensee|users?|recipients?) (?:may|can) (?:freely |also |then )?(?:(?:access|obtain|view|read|study),? (?:and |or )?)?(?:use|copy|modify|distribute|redistribute|reproduce|share|adapt|sell|publish|run|do|change|reuse|fine-tune|deploy)\b"
    r"|\bmay be (?:freely |legally |also )?(?:used|copied|distributed|redistributed|modified|reproduced|shared|published|sold|included|incorporated|transmitted|given)\b"
    r"|\b(?:may|can) be (?:used|copied|distributed|redistributed|modified|reproduced|shared) freely\b|\bcan be freely \w+"
    r"|\bcan be (?:used|included|incorporated|redistributed|distributed) (?:\w+ ){0,3}(?:commercial|any purpose|without (?:fee|charge|restriction))"
    r"|\b(?:are|is) (?:hereby )?(?:freely |expressly )?(?:permitted|allowed|authori[sz]ed)\b|\bfeel free to\b|\bfree to (?:use|copy|modify|distribute|redistribute|share)\b"
    r"|\blicen[cs]es? (?:you|licensee) to\b|\b(?:royalty|charge)[- ]free\b"
    r"|\bfreely (?:usable|available|distributable|redistributable|copyable|given)\b|\bfree(?:ly)? (?:for|to) (?:any|all|everyone)\b"
    r"|\b(?:is|are) free for (?:\w+ ){0,4}(?:use|purposes?)\b|\brights? to (?:\w+ ){0,2}(?:use|copy|modify|distribute|reproduce)\b"
    r"|(?<!your )\bright to (?:reuse|adapt|share|publish)\b"
    r"|\b(?:is|are|shall be) (?:hereby )?entitled to (?:use|copy|modify|distribute|redistribute|reproduce)\b"
    r"|\b(?:is|are) (?:all )?yours to (?:use|copy|modify|change|share|distribute)\b|\blicensed for (?:any|all) (?:use|uses|purposes?)\b"
    r"|\b(?:you|anyone|everyone|licensee|users?) (?:may|can) (?:make|give away|pass on)(?: and (?:give away|pass on|distribute|share))? (?:verbatim |exact |unmodified |unlimited )?copies\b"
    r"(?![^.;]{0,60}\b(?:backup|back-up|archiv\w*|install\w*)\b)"
    r"|\b(?:use|copy|distribute|redistribute|modify|share|reuse) (?:it |this |them )?freely\b|\bunrestricted use\b"
    r"|\b(?:available|provided|distributed|supplied) (?:\w+ ){0,5}(?:free of charge|without (?:any )?(?:licen[cs]e )?(?:fee|charge|royalty|cost|restrictions?))"
    r"|\b(?:is|are) (?:\w+ )?welcome to (?:use|copy|modify|distribute|redistribute|share|reuse)\b"
    r"|\b(?:is|are) (?:hereby )?licensed (?:\w+ ){0,6}?to (?:use|copy|modify|distribute|redistribute|reproduce)\b"
    r"|(?:^|[.!;] )(?:please )?(?:use|copy|modify|share|distribute) (?:it|this|them|the \w+) (?:anywhere|however|for anything"
    r"|in any way|as you (?:like|wish|want|see fit)|freely|without restriction)\b"
    r"|\b(?:this|the) (?:\w+ ){0,2}(?:is|are) (?:100% |completely |totally |entirely )?free(?: software)?(?= ?[.!;,]|$| and\b)"
    # permission in other words: "shall be permitted", "has been granted", "we authorise the copy",
    # "consents to the use", "happy for it to be used", "free for use", "are acceptable"
    r"|\b(?:shall|will) be (?:hereby )?(?:freely |expressly )?(?:permitted|allowed)\b|\bpermitted,? provided\b"
    r"|\b(?:has|have) (?:hereby )?been (?:hereby )?(?:granted|given)\b|\b(?:licen[cs]e|permission) hereby granted\b"
    r"|\b(?:authori[sz]e|consents? to|approves?) (?:the |any )?(?:use|copy|copying|modification|distribution|redistribution|reproduction)\b"
    r"|\b(?:happy|glad|pleased|willing|content) (?:for|that|to (?:let|allow|have)) (?:\w+ ){0,5}(?:be )?(?:used|copied|distributed|modified|redistributed|reused|shared)\b"
    r"|(?:^|[.!;:] )free for (?:\w+ ){0,3}use\b"
    r"|\b(?:derivative works?|modifications?|redistributions?|copies|copying|use) (?:\w+ )?(?:is|are) (?:acceptable|welcome)\b"
    r"|\bdo (?:what|whatever|anything) (?:the \w+ )?you (?:want|like|wish|please)\b"
    r"|\b(?:anyone|anybody|everyone|any person|whoever) (?:who|that) [^.;]{0,40}\b(?:may|can) (?:freely |also )?(?:use|copy|modify|distribute|redistribute|share|change|reproduce)\b"
    r"|\b(?:use|copying|distribution|redistribution|modification)\b[^.;]{0,60}\b(?:is|are) (?:completely |entirely |totally )?unrestricted\b(?! (?:only|solely|except)\b)"
    r"|\bmay be (?:freely )?(?:reused|adapted|changed|altered|published)\b"
    r"|\bcan be (?:freely )?(?:used|copied|modified|changed|distributed|reproduced)(?:,? (?:and |or )?(?:used|copied|modified|changed|distributed|redistributed|reproduced|sold|shared))+\b"
    r"|(?:^|[.!;:] )(?:use|copy|change|modify|share|distribute|fork|remix|improve) (?:it|this|them),? (?:and |or )?"
    r"(?:use|copy|change|modify|share|distribute|fork|remix|improve|sell) (?:it|this|them)\b"
    r"|\b(?:places?|imposes?|puts?|sets?) no (?:restrictions?|limitations?|limits) (?:on|upon) (?:the |its )?(?:use|copying|distribution|redistribution)\b"
    r"|\b(?:there are|with) no (?:restrictions?|limitations?|limits) (?:on|upon|to) (?:the |its )?(?:use|using|copying|distribution|distributing|redistribution|changing|modifying|modification)\b"
    # after a notice condition: "there are no other restrictions" (not "... other than ...")
    r"|\bthere (?:are|is) no (?:other|further|additional) (?:restrictions?|limitations?)\b(?! (?:\w+ ){0,3}(?:than|except|besides|beyond|apart)\b)"
)
#: subjects of "is given" that grant nothing
_NOT_GRANTING_SUBJECT = lazyre.compile(r"\b(?:notice|support|notification|warning) $")
_GRANT_NEGATED = lazyre.compile(
    r"\b(?:not|no|never|nothing|neither|nor)\b(?: \w+){0,5} $"
)
_GENERAL = lazyre.compile(
    r"\bany purpose\b|\bwithout (?:any )?(?:restriction|limitation)s?\b|\bunlimited permission\b"
    r"|\bwhat(?:ever)? (?:the \w+ )?you (?:want|like|wish)\b|\bin any context\b|\bin any (?:way|manner|form|medium)\b|\bfor all purposes\b"
    r"|\beverything\b|\banything\b|\bany use\b|\bfreely\b|\bno (?:restrictions?|conditions)\b(?! (?:on|as to|regarding)\b)"
    r"|\bdedicat\w* (?:\w+ ){0,12}public domain\b|\b(?:plac\w*|releas\w*|puts?|putting|giv\w*|contribut\w*|dedicat\w*|commit\w*|donat\w*) (?:\S+ ){0,14}?(?:in|into|to|under) (?:the )?public domain\b"
    r"|\b(?:considered|deemed|regarded as) (?:to be )?(?:in )?(?:the )?public domain\b"
    r"|\b(?:i|we|authors?|owners?|holders?|licensor|creators?) (?:\w+ ){0,2}?(?:hereby )?(?:renounc|surrender)\w* (?:\w+ ){0,3}(?:copyright|rights)\b"
    r"|\b(?:abandon|renounc|surrender)\w* (?:\w+ ){0,3}(?:copyright|(?:property )?rights)\b"
    r"|\b(?:is|are|as|be) (?:in )?(?:the )?public domain\b|\bpublic domain (?:software|work|code|dedication|declaration)\b|^public domain\W*$"
    r"|\bdisclaim\w* (?:all |any )?copyright\b|\bno rights reserved\b|\bno known copyright\b|\bfree of (?:any |all )?(?:known )?copyright\b"
    r"|\bgemeinfrei\b|\bdomaine public\b|\bdomínio público\b|\bdominio público\b|\bpubblico dominio\b|\bpubliek domein\b"
    r"|\bwaive[sd]? (?:\w+ ){0,8}(?:copyright|rights)\b|\b(?:i|we|authors?|owners?|holders?|licensor|creators?) (?:\w+ ){0,2}?(?:hereby )?waive[sd]? (?:all |any )?claims? (?:to|in|on) (?:this|these|the|my|our) (?:\w+ )?(?:works?|software|code|programs?|files?)\b|\bnot copyrighted\b|\bcopyright-?free\b|\bno copyright\b"
    r"|\bnot subject to (?:\w+ )?copyright\b|\bwithout (?:any )?copyright (?:restrictions?|protection|claims?)\b"
    r"|\b(?:is|are) (?:freely |now |hereby )?(?:available|published|provided|offered) (?:\w+ ){0,3}?in (?:the )?public domain\b"
    r"|\b(?:cannot|can ?not|may not) be copyrighted\b|\bnot copyright(?:able|[- ]?protected)\b|\bnot protected by copyright\b"
    r"|\bcopyright (?:\w+ ){0,4}(?:has |have )?expired\b|\bno rights (?:are |is )?reserved\b"
    r"|\b(?:i|we|authors?|owners?|holders?|licensor) (?:hereby )?(?:gives?|gave|(?:has|have) given) up (?:all|every|any) (?:\w+ ){0,2}(?:rights|claims|copyrights?)\b"
    r"|\b(?:i|we|authors?|owners?|holders?|licensor) (?:hereby )?relinquish\w* (?:all |any )?(?:\w+ )?(?:rights|copyright)\b"
    r"|\b(?:consider|treat|regard) (?:this|it|these|the \w+) (?:\w+ )?(?:as )?(?:in )?(?:the )?public domain\b"
    # public domain as a field or a tag ("License: public domain", "...; public domain."),
    # copyright denied in other words ("uncopyrighted", "not protected by copyright")
    r"|(?:^|[;:] )(?:the )?public domain(?= ?[;.,!]| ?$)|\bcopyright ?: ?none\b|\b(?:licen[cs]e|copyright|status) ?: ?public domain\b"
    r"|\buncopyrighted\b|\bnot (?:protected|covered) by (?:\w+ )?copyright\b|\bcopyright (?:is |has been )?abandoned\b"
    r"|\bas if (?:it|they|this \w+) (?:were|was) (?:in )?(?:the )?public domain\b"
    r"|\bfree of (?:all |any )?(?:known )?restrictions under copyright\b"
)
#: licence attributes that look like verbs ("non-transferable") but grant nothing
_NOT_VERBS = lazyre.compile(
    r"\bnon-? ?(?:transfer\w*|sublicen[cs]\w*|assign\w*|distributable|redistributable|exclusive)\b"
)
#: the conditions of a grant: a purpose named there does not limit the grant
_PROVISO = lazyre.compile(
    r"\bprovided(?:,)? (?:that|however)\b|\bon (?:the )?condition\b|\bsubject to the following\b"
    r"|\b(?:and|but) (?:\w+ )?(?:is|are|does|do) not\b|\bnot an? (?:agreement|sale|transfer)\b|\bonly if\b"
)
#: what a grant leaves out: "to use and modify it, but not to distribute it"
_EXCLUDED = lazyre.compile(r"\b(?:but|and) not (?:to )?(?=(?:\w+ )?(?:use|copy|modify|distribute|redistribute|sell|publish|reproduce|share|sublicense|rent|lease|alter|adapt|host|transfer)\b)")
#: "grants you no rights": a negated grant
_NO_RIGHTS = lazyre.compile(r"(?: \w+){0,2} no (?:rights?|licen[cs]es?|permission)\b")
#: a grant by the user to the licensor (feedback, contributions): no grant to the user
_TO_LICENSOR = lazyre.compile(
    r"\b(?:you|licensee|customer|contributor|recipient|user)s? (?:\w+ )?(?:hereby )?(?:grants?|agrees? to grant)\b(?! (?:to )?you\b)"
    r"|\bgrants? (?:to )?(?:us|licensor|the licensor)\b|\bfeedback\b|\b(?:any )?ideas, concepts\b"
)
#: the licensee grants the licensor rights (in its feedback, its applications): what the
#: rest of the sentence lists is granted to the licensor, not to the licensee
_FROM_LICENSEE = lazyre.compile(
    r"\b(?:you|licensee|customer|subscriber)s? (?:\w+ )?(?:hereby )?(?:grants?|agrees? to grant)\b"
    r"|\bgrants? (?:to )?(?:us|licensor|the licensor)\b"
    r"|\b(?:licensor|we) (?:shall|will) (?:have|receive|hold) (?:an?|the) (?:[\w-]+,? ){0,8}licen[cs]e\b"
)
#: the subject of a passive "may be modified" is the license itself, not the work
_THE_TERMS_THEMSELVES = lazyre.compile(
    r"\b(?:this|these|the|such) (?:licen[cs]e )?(?:agreement|licen[cs]e|terms|eula|conditions|contract)s?"
    r"(?: \w+){0,2} $"
)
#: copies made to install or back up the work are not distribution
_LOCAL_COPIES = lazyre.compile(
    r"\bcop(?:y|ies)\b(?= (?:\w+ ){0,3}(?:install|backup|back-up|archiv))|(?<=install )and cop(?:y|ies)\b"
    r"|\bcop(?:y|ies) (?:\w+ ){0,2}(?:for|as) (?:\w+ ){0,2}(?:backup|back-up|archiv)\w*"
    r"|\b(?:use|run|install) (?:a|one|a single|\d+|\(\d+\)|one \(1\)) cop(?:y|ies)\b"
)
_PERSONAL = lazyre.compile(r"\bnon-? ?transfer\w*")
#: "to copy, change and share": in a list of granted acts these verbs are modification
#: (not the nouns "a change of", "changes to")
_MOD_IN_LIST = lazyre.compile(
    r"(?:,|\band|\bor|\bto|/) (?:change|rework|improve|fork|tweak|customi[sz]e)\b(?! (?:of|in|to|for)\b)"
)
_DEDICATION = lazyre.compile(
    r"public domain|\bwaive|\babandon|\b(?:i|we|authors?|owners?|holders?|licensor|creators?)\b[^.;]{0,30}\b(?:renounc|surrender)|copyright|no rights (?:are |is )?reserved|\bgives? up|\bgave up|\bgiving up|\brelinquish|gemeinfrei|domaine public|dom[ií]nio|publiek domein"
    r"|pubblico dominio"
)
_PD_NEGATED = lazyre.compile(r"\bnot (?:\w+ ){0,3}(?:in |into )?(?:the )?public domain\b")
_PURPOSE = (
    r"(?:internal|personal|private|non-?commercial|research|evaluation|evaluating|educational|academic"
    r"|testing|trial|demonstration|study|scientific|non-?production|experimental)"
)
_GRANT_PURPOSE = (
    r"(?:internal|non-?commercial|research|evaluation|evaluating|educational|academic|testing|trial"
    r"|demonstration|scientific|non-?production|experimental)"
)
_LIMITED = lazyre.compile(
    rf"\b(?:solely|only|exclusively|strictly|just) (?:[\w']+ ){{0,4}}?{_PURPOSE}\b"
    rf"|\bfor (?:the )?(?:purposes? of )?(?:your |its |(?:the )?licensee'?s? )?(?:own )?{_GRANT_PURPOSE} (?:\w+ )?(?:use|uses|purposes?|only)\b"
    rf"|\bmak(?:e|ing) (?:\w+ )?{_GRANT_PURPOSE} use\b"
    r"|\bfor (?:the )?licensee'?s? (?:own )?(?:\([^)]{0,60}\) )?(?:internal )?use\b"
    r"|\b(?:in|for) (?:the development of )?(?:any |a |your )?non-?commercial (?:\w+ )?(?:projects?|applications?|products?|software|activit\w+)\b"
    r"|\bfor the (?:sole |exclusive |limited |only )?purposes? of (?!this\b|these\b)|\buse (?:\w+ ){0,3}internally\b|\b(?:to|for) evaluat\w+"
    # a list of non-commercial purposes ("for personal, hobby and academic projects"), or "for the same purposes"
    r"|\bfor (?:your )?(?:own )?(?:personal|private|hobby|hobbyist|academic|educational|research)(?:,? (?:and |or |and/or )?"
    r"(?:personal|private|hobby|hobbyist|academic|educational|research|study|learning)){1,4} (?:use|uses|purposes?|projects?|work)\b"
    r"|\bfor the same (?:limited )?purposes?\b"
    r"|\bfor (?:a (?:period|term) of )?(?:\w+ )?\(?\d+\)? (?:days|weeks|months)\b|\bone \(?1?\)? ?(?:copy|computer|machine|user|device)\b"
    r"|\bsingle (?:computer|machine|user|device|cpu|workstation|site|server)\b"
)
#: a grant called limited or revocable: what it does not name is not granted
_LIMITED_LICENCE = lazyre.compile(r"\b(?:limited|revocable)(?:[, ]+[\w-]+){0,6}?[, ]+licen[cs]e\b")
#: "may be used only in accordance with a separate license agreement": not a grant here
_BY_AGREEMENT = lazyre.compile(
    r"\b(?:p[ue]rsuant to|subject to|in accordance with|under) (?:the terms of )?(?:a|an|such|that|the|your) (?:separate |executed |written |signed |valid |applicable )+(?:\w+ )?(?:licen[cs]e|agreement)\b"
    r"|\bonly (?:in accordance with|subject to|under) (?:the terms of )?(?:such|a|an|that) (?:\w+ )?(?:licen[cs]e|agreement)\b"
    r"|\b(?:have|has) (?:\w+ )?(?:signed|executed|entered into|concluded) (?:a|an|the|such) (?:[\w,-]+ ){0,4}(?:licen[cs]e|agreement)\b"
    r"|\bonly as (?:such|a|an|that|the) (?:\w+ ){0,2}agreement (?:allows|permits|provides|authori[sz]es|specifies)\b"
    r"|\bonly (?:with|by) (?:the )?(?:\w+ ){0,2}(?:permission|consent|authori[sz]ation)\b"
)
_COM_AND_NC = lazyre.compile(
    r"\b(?:both )?commercial(?:ly)? (?:and|or|&|and/or) non-?commercial(?:ly)?\b"
    r"|\bnon-?commercial(?:ly)? (?:and|or|&|and/or) commercial(?:ly)?\b"
    r"|\bwhether (?:or not )?(?:for )?(?:\w+ )?commercial\w*(?: or not)?\b|\bincluding commercial\w*\b"
    r"|\b(?:for|in) (?:any )?commercial (?:or|and) (?:any )?other\b|\bcommercial(?:ly)? or otherwise\b"
    r"|\bwith or without (?:a )?(?:fee|charge|payment)\b|\bfor (?:a )?fee or (?:free|no charge|gratis)\b"
    r"|\bmay (?:\w+ ){0,6}sell\b|\bsell copies\b|\bcommercial use is (?:allowed|permitted)\b"
    r"|\bas well as (?:for |the |in )?(?:\w+ )?commercial\b|\beven (?:for|in) (?:a )?commercial\b"
)


#: a licence to use the licensor's marks or attribution statements grants nothing in the work
_MARKS_ONLY = lazyre.compile(
    r"\b(?:licen[cs]e|right|permission) to (?:use|display|reproduce) (?:the |its |any |such |our )?(?:(?!software\b|works?\b|programs?\b|code\b|models?\b|data\w*\b|library\b|document\w*\b|products?\b)[\w-]+ ){0,5}"
    r"(?:trademarks?|trade names?|service marks?|logos?|attribution (?:statements?|notices?|marks?)|badges?)\b"
)
#: "if you are not a company, you may ...": the "not" belongs to the condition, not the grant
_IF_NOT = lazyre.compile(r"\b(?:if|unless|where|when|as long as) (?:\w+ ){0,3}(?:not|no)\b(?: [\w-]+){0,6},? $")
#: "You may:" opening a list of the acts granted
_BARE_LEAD = lazyre.compile(
    r"(?:^|[.;] )(?:\w+ ){0,2}(?:you|licensee|anyone|everyone|recipients?|users?) (?:may|can|are (?:free|permitted|allowed|entitled) to)\W*$"
)


#: where the sentence a phrase belongs to starts
_SENTENCE_CUT = lazyre.compile(r"[;:]|\. ")
#: permission denied outright ("permission is hereby not granted", "no licence ... is
#: granted", "nothing in this agreement grants you rights"): the sentence grants nothing
_DENIED = lazyre.compile(
    r"\b(?:permissions?|licen[cs]es?|rights?|authori[sz]ation) (?:is|are) (?:hereby |explicitly |expressly |specifically )*"
    r"(?:not|never) (?:hereby )?(?:granted|given|conferred)\b|\b(?:permission|licen[cs]e|use) is (?:hereby )?restricted,? to\b"
    r"|\b(?:is|are) (?:hereby |explicitly |expressly )*not granted\b|\b(?:you|licensee) (?:are|is) denied\b"
    r"|\b(?:you|licensee) (?:have|has) no (?:\w+ )?(?:permission|right|licen[cs]e)\b|\bnot imply that (?:you|anyone) (?:are|is|may)\b"
    r"|^\W*no (?:\w+,? ){1,6}(?:(?:or|nor|and) \w+ )?(?:of \w+ )?(?:is|are) (?:hereby )?(?:authori[sz]ed|permitted|allowed|entitled)\b"
    r"|^\W*excluding (?:without limitation |with limitation )?(?:the )?rights? to\b"
)
#: a sentence whose subject is a negation ("no part of it may be copied", "no licence ...
#: is granted"): the grants in it are negated ("nothing ... limits your right to use" is not)
_NEGATIVE_SUBJECT = lazyre.compile(
    r"^\W*(?:\d+\.?\s*)?(?:no (?:\w+ )?(?:licen[cs]es?|rights?|permissions?|part|portion|grant)|nothing (?:in|herein|contained|stated|said))\b"
)
#: a denial about the licensor's marks or patents leaves the grant of the work standing
_MARKS_BEFORE = lazyre.compile(r"\btrademarks?|\btrade names?|\bnames?\b|\blogos?\b|\bpatents?\b|\bmarks\b")
#: rights a notice holds back ("limits rights to copy", "reserves the right to modify")
_WITHHELD_RIGHTS = lazyre.compile(
    r"(?<!not )(?<!to )(?<!never )\b(?:limits?|restricts?|reserves?|retains?|withholds?|excludes?|excluding) (?:the |all |any |your |its )?(?:exclusive )?$"
)
_GRANT_VERB = lazyre.compile(r"(?:hereby )?(?:grant|give|confer|permit|authori|allow|licens)")
_AFFIRMED = lazyre.compile(
    r"\b(?:limits?|restricts?|prevents?|prohibits?|impairs?|reduces?|affects?|derogates?|deprives?|waives?|construed)\b"
)
#: a grant to a party the text names ("an exception is granted to Acme Ltd to use ..."):
#: nothing is granted to the reader
_TO_NAMED_PARTY = lazyre.compile(
    r"\b(?:exception|permission|licen[cs]e|right)s? (?:is |are )?(?:hereby )?granted (?:only )?to "
    r"(?!you\b|anyone|anybody|any\b|all\b|every|the\b|licensee|users?\b|recipients?\b|persons?\b|those\b|whoever|each\b|individuals?\b)"
    r"[a-z][\w.&-]*(?: [\w.&-]+){0,3} to (?:use|copy|modify|distribute|reproduce)\b"
)


def personal(t: str) -> bool:
    """The grant is personal ("non-transferable") and names no distribution."""
    return _PERSONAL.search(t) is not None and DIST_V.search(_NOT_VERBS.sub(" ", t)) is None


def grant_lead(t: str) -> str:
    """The lead-in of a list of granted rights ("... a license to:"), or ""."""
    if _BARE_LEAD.search(t):
        return t.rstrip(":")
    g = grant(t)
    if g is None or NEG_RIGHT.search(t[-160:]) or re.search(
            r"\bconditions?\b|\brequirements?\b|\bprovided(?:,)? (?:that|however)\b", t[-80:]):
        return ""
    return t.rstrip(":")


def commercial_free(t: str) -> bool:
    """The clause says commercial use is allowed ("commercial and non-commercial purposes")."""
    m = _COM_AND_NC.search(t)
    if m is None or _DENIED.search(t) or _NEGATIVE_SUBJECT.match(t) or _GRANT_NEGATED.search(t[max(0, m.start() - 30) : m.start()]):
        return False
    # "you may not publish, lend or sell copies": selling inside a prohibition allows nothing
    before = t[max(0, m.start() - 160) : m.start()]
    before = before[max((x.end() for x in _SENTENCE_CUT.finditer(before)), default=0) :]
    return NEG_RIGHT.search(before + m.group(0)) is None and _FROM_LICENSEE.search(before) is None


def grant(t: str) -> tuple[set[str], bool, str] | None:
    """``(dimensions covered, general, limit)`` when clause ``t`` grants rights, else None.

    ``limit`` is "" (no purpose limit), "noncommercial" or "purpose" (research,
    evaluation, internal use, a sole purpose, one computer...)."""
    t = t.replace("public-domain", "public domain")  # the hyphenated adjective
    denied = _DENIED.search(t)
    if denied and not _MARKS_BEFORE.search(t, max(0, denied.start() - 80), denied.start()) \
            or _TO_NAMED_PARTY.search(t):
        return None
    negative = _NEGATIVE_SUBJECT.match(t)
    m = None
    for cand in _GRANT.finditer(t):
        if cand.group(0).startswith(("is ", "are ")) \
                and _NOT_GRANTING_SUBJECT.search(t, max(0, cand.start() - 14), cand.start()):
            continue  # "notice is given by post", "support is given by e-mail"
        if NEG_RIGHT.search(t[: cand.start()]):
            break  # "you may not ..., except as permitted": an exception, not a grant
        if not negative and _WITHHELD_RIGHTS.search(t, max(0, cand.start() - 30), cand.start()):
            continue  # "this notice limits rights to copy, modify ...": rights held back
        if negative and not _SENTENCE_CUT.search(t, 0, cand.start()) and (
                _GRANT_VERB.match(cand.group(0)) or not _AFFIRMED.search(t, negative.end(), cand.start())):
            continue  # "no part of it ... may be copied", "no licence ... is granted"
        if _FROM_LICENSEE.search(t[max(0, cand.start() - 40) : cand.end() + 40]):
            break  # "the licensee grants the licensor a royalty-free licence to ..."
        if _THE_TERMS_THEMSELVES.search(t[max(0, cand.start() - 40) : cand.start()]):
            continue  # "this agreement may be modified only in writing": amending the contract
        if (not _GRANT_NEGATED.search(t[max(0, cand.start() - 30) : cand.start()])
                or _IF_NOT.search(t[max(0, cand.start() - 60) : cand.start()])) \
                and not _NO_RIGHTS.match(t, cand.end()) \
                and not _TO_LICENSOR.search(t[max(0, cand.start() - 40) : cand.end() + 40]):
            m = cand
            break
    if m is None and not _DEDICATION.search(t):
        return None  # no grant, and no dedication for a general phrase to make one
    general_m = _GENERAL.search(t)
    if general_m is not None and _GRANT_NEGATED.search(t[max(0, general_m.start() - 20) : general_m.start()]):
        general_m = None  # "you may not give up any rights": no dedication
    public_domain = general_m is not None and _DEDICATION.search(general_m.group(0)) is not None
    if public_domain and _PD_NEGATED.search(t):
        general_m = None
    if m is None and not (general_m and public_domain):
        return None
    body = _NOT_VERBS.sub(" ", t)
    proviso = _PROVISO.search(body, m.start() if m else 0)
    body = body[: proviso.start()] if proviso else body
    excluded = _EXCLUDED.search(body, m.end() if m else 0)  # "... but not to distribute"
    body = body[: excluded.start()] if excluded else body
    refused = NEG_RIGHT.search(body, m.end() if m else 0)  # "... and may not be copied"
    body = body[: refused.start()] if refused else body
    dims = {"use"}
    if MOD_V.search(body) or _MOD_IN_LIST.search(body) or re.search(r"\bwith or without (?:\w+ )?modification", body):
        dims.add("modify")
    if DIST_V.search(_LOCAL_COPIES.sub(" ", body)) or SELL_V.search(body):
        dims.add("redistribute")
    if commercial_free(t) or re.search(r"\bsell\b", body):
        dims.add("commercial")
    general = general_m is not None  # (a negated general phrase was dropped above)
    lm = _LIMITED.search(body)
    limited = "" if lm is None else "noncommercial" if "commercial" in lm.group(0) else "purpose"
    if not limited and _LIMITED_LICENCE.search(body):
        limited = "scope"
    if _BY_AGREEMENT.search(t) or _MARKS_ONLY.search(t):
        return None
    if general and not limited:
        dims |= {"modify", "redistribute", "commercial"}
    return dims, general and not limited, limited
