"""The rule table: regular expressions that recognise what a clause does.

Each :class:`Rule` gives a clause an effect label (a grant, a purpose limit,
an acceptable-use policy, a user/revenue threshold, a naming or attribution
duty, share-alike, pass-on of restrictions, a prohibition, a proprietary
notice); :data:`EFFECTS` maps each label to the verdicts it sets.  Only
bounded repetitions are used, on clauses of bounded length.  A new verdict
rule goes here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
