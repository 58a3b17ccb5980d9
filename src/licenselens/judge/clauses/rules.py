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

from ... import lazyre

# --------------------------------------------------------------------------

#: effect labels -> (dimension, verdict) pairs; "grant", "grant-any",
#: "proprietary" and "copy-to-recipients" are facts used by the verdict step.
EFFECTS: dict[str, tuple[tuple[str, str], ...]] = {
    "neutral": (),
    "grant": (),
    "grant-any": (),
    "grant-limited": (),
    "grant-scoped": (),
    "grant-personal": (),
    "paid": (("use", "restricted"), ("commercial", "restricted")),
    "proprietary": (),
    "reserved": (),
    "copy-to-recipients": (),
    "grant-ref": (),
    "use:research": (("use", "restricted"), ("commercial", "prohibited")),
    "share-alike": (("modify", "conditional"), ("redistribute", "conditional")),
    "attribution-display": (("modify", "conditional"), ("redistribute", "conditional")),
    "pass-on": (("modify", "conditional"), ("redistribute", "conditional")),
}
#: "<dimension>:<verdict>" labels set that one verdict
for _d in ("use", "modify", "redistribute", "commercial"):
    for _v in ("free", "conditional", "restricted", "prohibited"):
        EFFECTS[f"{_d}:{_v}"] = ((_d, _v),)



@dataclass(frozen=True)
class Rule:
    label: str
    pattern: re.Pattern[str]
    reason: str
    veto: re.Pattern[str] | None = None  # the rule does not fire when this matches
    #: words one of which every match contains: a clause with none of them is not searched
    #: (a cheap substring test in front of a long alternation)
    need: tuple[str, ...] = ()


def _r(label: str, pattern: str, reason: str, veto: str | None = None,
       need: tuple[str, ...] = ()) -> Rule:
    return Rule(label, lazyre.compile(pattern), reason, lazyre.compile(veto) if veto else None,
                need)


RULES: tuple[Rule, ...] = (
    # ---- grants
    _r(
        "use:restricted",
        r"\b(?:acceptable|prohibited|permitted|responsible)[- ]use polic|\buse polic(?:y|ies)\b|\busage polic"
        r"|\b(?:acceptable|responsible)[- ]use (?:guidelines?|rules|standards?)\b"
        r"|\b(?:use|usage)\b (?:\w+ ){0,4}(?:is|are|shall be|will be|remains?) subject to (?:the )?(?:[\w-]+ ){0,4}(?:guidelines|rules|code of conduct)\b",
        "acceptable-use policy binds use",
        veto=r"\btrademark|\bmarks?\b|\bbrand|\blogo|\bprivacy|\bdata (?:use|protection)",
    ),
    _r(
        "use:restricted",
        r"\buse[- ]based restrictions\b|\buse restrictions\b"
        r"|\b(?:prohibited|forbidden|restricted|disallowed) (?:uses?|purposes|activities|applications)\b"
        r"|\b(?:restrictions?|limitations?) (?:on|of) (?:the )?use\b.{0,60}\b(?:attachment|exhibit|appendix|schedule|annex|below|following)\b",
        "list of prohibited uses",
        veto=r"\bexport\b|\bre-export",
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
        r"\b(?:models?|llms?|language models?|ai|systems?|networks?)\b"
        r"|\b(?:knowledge )?distillation\b.{0,120}\b(?:is|are) (?:not (?:permitted|allowed)|prohibited|forbidden)\b",
        "outputs may not be used to train or improve other models",
    ),
    _r(
        "use:restricted",
        r"\bnot (?:being )?(?:granted|licensed|available|permitted|extend(?:ed)? to|apply to)\b.{0,160}"
        r"\b(?:domiciled|principal place of business|located in|resident|residing|citizens?)\b"
        r"|\b(?:domiciled|resident|located|residing)\b.{0,80}\b(?:not (?:granted|permitted|licensed|available)|excluded|prohibited)\b"
        r"|\b(?:excluded|excluding|except(?:ing)?|not available) (?:in |for )?(?:\w+ ){0,4}(?:territor\w+|countr\w+|regions?|european union|jurisdictions?)\b",
        "regional exclusion",
        veto=r"\bexport\b|\bsanction|\bpatents?\b|\bgoverned\b|\blaws?\b|\bif (?:the )?(?:distribution|use)\b",
    ),
    _r(
        "use:restricted",
        r"\b(?:must|shall|will|agree to)\b (?:\w+ ){0,3}(?:be consistent with|comply with|adhere to|abide by|conform to|follow)\b"
        r".{0,120}\b(?:polic(?:y|ies)|guidelines?|ethic\w*|trustworthy|code of conduct|responsible ai|safety terms|https?:)",
        "use must follow a separate usage policy",
        veto=r"\bprivacy\b|\bpatent polic|\bexport\b|\bsanction|\bbrand\b|\btrademark",
    ),
    _r(
        "use:restricted",
        r"\b(?:bypass|circumvent|disable|defeat|remove|evade)\w*\b.{0,120}\b(?:guardrails?|safety (?:mechanisms?|filters?|features?|measures?)|safeguards?|content filters?|technical limitations?)\b",
        "safety guardrails must stay in place",
    ),
    _r(
        "use:restricted",
        r"(?:\b(?:shall|must|should|will|may|is to|are to) (?:only )?be used |\b(?:may|can|shall|must) use (?:\w+ ){0,3}?(?=only |solely |exclusively ))"
        r"(?:only |solely |exclusively )?(?:for|to do|in the service of) "
        r"(?:good|peace(?:ful)? (?:purposes|ends|uses)|ethical (?:purposes|ends|uses)|moral (?:purposes|ends)|humanitarian (?:purposes|ends)"
        r"|non-?violent (?:purposes|ends|uses)|the (?:benefit|good|betterment) of (?:humanity|mankind|humankind|society|the world))\b"
        r"|\bfor good,? (?:and )?(?:not|never) (?:for )?evil\b",
        "use is bound to a moral purpose: a field-of-use limit",
        veto=r"\bnames?\b|\btrademarks?\b|\blogos?\b",
    ),
    _r(
        "use:research",
        r"\b(?:research|evaluation|academic|non-?production|educational|experimental|testing|scientific)"
        r"(?: (?:and|or|&) (?:research|evaluation|academic|non-?production|educational|experimental|testing|scientific|non-?commercial|internal|personal)| non-?commercial)?"
        r" (?:purposes?|uses?) only\b"
        r"|\b(?:solely|only|exclusively|strictly) (?:for|to|in) (?:your |the )?(?:own )?(?:internal )?"
        r"(?:non-?commercial )?(?:research|evaluation|academic|scientific|non-?production|educational|testing|study|personal)\b"
        r"|\bonly (?:be )?used (?:for|in) (?:\w+ ){0,3}(?:research|evaluation|academic|non-?production|testing)\b",
        "research/evaluation-only purpose limit",
        veto=r"\b(?:developed|created|written|built|designed|funded) (?:\w+ )?for\b",
    ),
    _r(
        "use:restricted",
        r"\b(?:solely|only|exclusively|strictly) (?:\w+ ){0,3}?(?:for|to|in|within|on) (?:your |its |the )?(?:own )?"
        r"(?:internal|personal|private|in-house)\b"
        r"|\bfor (?:your |its )?(?:own )?internal (?:business )?(?:use|purposes?|operations)\b"
        r"|\bfor (?:your |its |the licensee'?s? )?(?:own )?(?:personal|private|in-house) (?:\w+ )?(?:use|purposes?) only\b"
        r"|\b(?:on|to) (?:a |one |\(?1\)? )*(?:single|one|\(?1\)?) (?:\w+ )?(?:computer|machine|workstation|device|cpu|server|site|seat)\b"
        r"|\bnumber of (?:\w+ ){0,2}(?:users|seats|licen[cs]es|devices|copies|installations) (?:\w+ ){0,4}(?:purchased|paid|licensed|authori[sz]ed)\b"
        r"|\bper[- ](?:seat|user|device|cpu|server|developer)\b|\blicensed (?:units|users|seats|quantity)\b"
        r"|\bup to (?:\w+ )?\(?\d*\)? ?(?:cpus|computers|machines|devices|users|seats|servers|workstations|installations)\b"
        r"|\bat a single (?:location|site)\b|\b(?:one|1) (?:\(1\) )?(?:designated|named) (?:user|developer|seat)\b",
        "use is limited to internal or personal use",
        veto=r"\bbackup\b|\barchiv|\bif you\b|\bon (?:your|its) behalf\b|\bfor any purpose\b",
    ),
    _r(
        "use:restricted",
        r"\b(?:for (?:the )?use|to be used|used|use it) (?:freely )?(?:only |solely |exclusively )?(?:on|with|in conjunction with) "
        r"(?!any\b|all\b|other\b|your\b|their\b|most\b|many\b)(?:[\w.-]+ ){0,5}?(?:devices?|computers?|hardware|chips?|ics|chipsets?|boards?"
        r"|processors?|microcontrollers?|controllers?|adapters?|operating systems?)\b"
        r"|\b(?:for use|used) (?:only )?(?:on|with) (?!any\b|all\b)(?:[\w.-]+ ){1,4}only\b"
        r"|\b(?:may|shall|can|must) (?:only|solely|exclusively) be used (?:with|on|in conjunction with|in connection with)\b(?! (?:any|lawful|legal)\b)"
        r"|\b(?:may|shall|can|must) (?:(?:only|solely|exclusively) be used|be used (?:only|solely|exclusively)) by\b(?! (?:any|anyone|everyone)\b)"
        r"|\b(?:you|licensee) (?:may )?only use (?:\w+ ){0,4}(?:for|on|with)\b|\bexcluded purposes?\b|\b(?:product|service|offering)s? (?:that|which) compete\w* with\b|\bin fields? other than\b|\bfor (?:\w+ )?governmental purposes\b"
        r"|\b(?:all|any) other (?:use|uses|usage) (?:\w+ ){0,3}(?:is|are) (?:strictly |expressly )?(?:prohibited|forbidden|not (?:permitted|allowed))\b",
        "use is limited to a platform, device or field",
        veto=r"\bany (?:device|computer|hardware|platform|system)|\bin accordance|\bin compliance|\blawful|\blegal|\bwarrant|\bliab"
        r"|\bnot (?:designed|intended)|\bexport|\blicen[cs]e keys?\b|\bvalid licen|\btrademarks?|\bservice marks?|\btrade names?|\blogos?\b",
    ),
    _r(
        "use:restricted",
        r"\b(?:deal in|use) (?:the |this )?\w+,? with (?:some |certain |little |dire,? )?restrictions?\b(?! (?:on|as to|regarding)\b)"
        r"|\bwith little restriction\b|\bincluding with limitation\b",
        "the grant is made with restrictions",
    ),
    _r(
        "redistribute:prohibited",
        r"\b(?:permission|the right) (?:is|are) (?:hereby |explicitly |expressly )*not granted for (?:the )?(?:re)?distribution\b",
        "redistribution is not granted",
    ),
    _r(
        "redistribute:restricted",
        r"\b(?:distribut|redistribut|publish|sell)\w*\b.{0,120}\b(?:have to|must|need to|shall) (?:first )?(?:get|obtain|ask for|request|seek) "
        r"(?:my|our|the (?:author|licensor|copyright holder)'?s?|(?:prior )?written|express) (?:\w+ )?(?:approval|permission|consent)\b",
        "redistribution needs the author's approval",
    ),
    _r(
        "use:restricted",
        r"\b(?:for|during|within) (?:a|the|an) (?:\w+ ){0,2}(?:period|term) of (?:\w+ ){0,2}\(?\d+\)? ?(?:days?|weeks?|months?)\b"
        r"|\btrial (?:period|version|licen[cs]e|use)\b|\bevaluation (?:period|licen[cs]e|term)\b"
        r"|\b(?:expires?|ends?|terminates?) (?:automatically )?(?:\w+ ){0,4}(?:after|at the end of|on) (?:\w+ ){0,3}\(?\d+\)? ?(?:days?|weeks?|months?)\b"
        r"|\bvalid (?:only )?(?:for|until) (?:\w+ ){0,2}\(?\d+\)? ?(?:days?|weeks?|months?)\b"
        r"|\bfor (?:a period of )?(?:\w+ )?\(?\d+\)? (?:days|weeks|months)\b",
        "the license is limited in time",
        veto=r"\bnotice\b|\bcure\b|\bbreach|\bfail\w*\b|\bcomply|\bcomplian|\bviolat|\bwarrant|\breturn|\brefund|\bpatent",
    ),
    _r(
        "reserved",
        r"\ball other rights (?:\w+ ){0,4}(?:are |is )?reserved\b|\ball rights not (?:expressly |specifically |explicitly )?(?:granted|licensed) (?:\w+ ){0,4}(?:are |is )?(?:reserved|retained)\b"
        r"|\brights not (?:\w+ ){0,2}(?:granted|licensed) (?:\w+ ){0,6}(?:are |is )?reserved\b|\breserves? all (?:other )?rights\b"
        r"|\b(?:retains?|reserves?) (?:all |any )?(?:other )?right,? title,? and interest\b"
        r"|\bretains? all (?:other )?rights (?:not|that are not|which are not) (?:expressly |specifically |explicitly )?(?:granted|licensed)\b"
        r"|\bno other (?:rights?|licen[cs]es?) (?:\w+ ){0,10}(?:are |is )?(?:granted|implied|conferred)\b"
        r"|\b(?:title|ownership)\b (?:\w+ ){0,8}(?:remains?|retains?|shall remain) (?:\w+ ){0,3}(?:with|in)\b",
        "rights not granted are reserved",
    ),
    _r(
        "use:restricted",
        r"\b(?:only|solely|exclusively)\b (?:\w+ ){0,3}(?:be )?(?:used|installed|run|executed|accessed|deployed)\b.{0,80}?"
        r"\bwith (?:a |an )?(?:valid|paid|active|current|purchased) (?:\w+ ){0,3}(?:subscriptions?|licen[cs]es?|licen[cs]e keys?|contracts?)\b"
        r"|\b(?:requires?|needs?) (?:a |an )?(?:valid )?(?:licen[cs]e(?: key)?|subscription|activation key|serial number)s? (?:\w+ ){0,3}(?:purchased|bought|paid for)\b"
        r"|\b(?:purchased|paid[- ]for|bought) (?:a |an |the )?(?:\w+ ){0,2}(?:licen[cs]e|subscription) (?:\w+ ){0,2}(?:allows|entitles|permits|lets|authori[sz]es) (?:you|the licensee|licensee|the customer|customer)\b",
        "use needs a valid paid licence or subscription",
        veto=r"\bwithout (?:\w+ )?(?:fee|payment|charge)|\bfree of charge\b|\bno (?:fee|charge)\b",
    ),
    # ---- commercial
    _r(
        "paid",
        r"\b(?:you|licensee|customer|user)s? (?:shall|must|will|agrees? to) pay (?:\w+ ){0,3}(?:licensor|us|fees?|the (?:applicable )?(?:licen[cs]e |subscription )?(?:fee|price))\b"
        r"|\b(?:licen[cs]e|subscription) fees? (?:that )?(?:you|licensee) (?:have |has )?paid\b"
        r"|\bin return for (?:the |your )?(?:payment|licen[cs]e fee)"
        r"|\b(?:subject to|conditional (?:up)?on|in consideration (?:of|for)) (?:your |the |licensee'?s? )?(?:timely |full )?payment of (?:the |all |any )?(?:applicable )?(?:licen[cs]e |subscription )?(?:fees?|price|charges?)\b"
        r"|\bupon (?:\w+ )?payment of (?:the|all|any) (?:applicable )?(?:licen[cs]e |subscription )?fees?\b|\bin consideration of (?:\w+ ){0,3}(?:payment|fees?)\b"
        r"|\b(?:licen[cs]e|subscription) fees? (?:are |is |shall be )?(?:due|payable|non-refundable)\b"
        r"|\b(?:purchas\w*|buy\w*) (?:a|an|the|additional) (?:\w+ ){0,3}(?:licen[cs]es?|subscriptions?|seats?)\b|\bprice of (?:a|the) (?:\w+ ){0,3}licen[cs]e\b",
        "use needs a paid license",
        veto=r"\bwithout (?:\w+ )?(?:fee|payment|charge|royalt)|\bno (?:\w+ )?(?:fee|charge|royalt)|\bfree of\b|\bimpos\w*|\bmay charge\b|\broyalty[- ]free\b|\bwarrant|\bliab|\brefund|\bdamages\b"
        # a paid licence offered beside these terms (dual licensing) is an alternative, not a limit
        r"|\bunless (?:you|licensee) (?:have|has) (?:\w+ ){0,2}(?:purchased|bought|obtained|acquired)\b|\bdual[- ]licen[cs]ed\b"
        r"|\b(?:or|alternatively),? (?:you|licensees?) (?:may|can) (?:also )?(?:purchase|buy|obtain|acquire)\b",
    ),
    _r(
        "commercial:prohibited",
        r"\bnon-?commercial (?:purposes?|use|uses|research|activit\w+)? ?only\b"
        r"|\b(?:only|solely|exclusively|strictly) (?:for|to) (?:\w+ ){0,3}non-?commercial\b"
        r"|\bnot (?:\w+ ){0,4}for (?:any )?(?:profit or )?commercial (?:use|purposes?|advantage|gain|activit\w+|exploitation)\b"
        r"|\bnon[- ]?commercial (?:use|usage|purposes?) (?:of (?:\w+ ){1,3})?(?:is|are) (?:\w+ )?(?:allowed|permitted|free|granted)\b"
        r"|\bfor non[- ]?commercial (?:re)?distribution\b|\bon a non-?profit basis\b|\bfor non-?profit (?:purposes?|use|usage) only\b"
        r"|\b(?:but|only) (?:for )?non[- ]?commercial (?:use|usage|purposes?)\b|\b(?:but|and) not for (?:profit|commercial (?:use|purposes?|gain|advantage))\b"
        r"|\b(?:as long as|provided(?: that)?|so long as) (?:you|it|they) (?:do not|don't|does not|doesn't|are not|is not) (?:\w+ ){0,3}(?:commercially|for (?:profit|commercial \w+))\b"
        r"|\b(?:no|without) commercial (?:use|exploitation)\b"
        r"|\bcommercial (?:use|usage|exploitation|purposes?)\b (?:\w+ ){0,4}(?:is |are )?(?:strictly )?(?:not (?:permitted|allowed|authori[sz]ed|licensed)|prohibited|forbidden|excluded)\b"
        r"|\b(?:may|shall|must|will) not (?:\w+ ){0,8}(?:for|in) (?:any )?commercial\b"
        r"|\bnon-?commercial licen[cs]e\b|\bnoncommercial\b (?:\w+ ){0,2}(?:means|purposes only)\b",
        "non-commercial only",
        veto=r"\b(?:this|that|the) (?:alternative|option)\b|\btrademarks?\b|\blogos?\b|\beither commercially or non-?commercially\b|\bcommercially or non-?commercially\b",
    ),
    _r(
        "commercial:restricted",
        r"\b(?:the )?number of users per (?:entity|organi[sz]ation|company|customer)\b|\bexceed the use limitation\b"
        r"|\b(?:monthly|daily|weekly|annual) (?:active )?users\b|\bactive users\b.{0,60}\b(?:exceed|greater|more than|above|over|million)\b"
        r"|\b(?:more|fewer|less|over|exceed\w*|above|below|under|least|million|billion|thousand|\d[\d,.]*) (?:\w+ ){0,3}"
        r"(?:users|customers|subscribers|visitors) (?:per|a|each|every) (?:calendar )?(?:month|day|week|year)\b",
        "user-count threshold",
        veto=r"\bdisplay\w*\b.{0,80}\b(?:user interface|website|product page|documentation|credits?)\b",
    ),
    _r(
        "commercial:restricted",
        r"\b(?:annual|yearly|gross|total|aggregate)\b (?:\w+ ){0,3}(?:revenues?|turnover|income|sales|receipts)\b.{0,100}"
        r"\b(?:exceed\w*|in excess|greater|more than|above|over|at least|million|billion)"
        r"|\b(?:exceed\w*|more than|over|in excess of|above)\b (?:usd|us\$|eur|gbp|us)? ?[$\u20ac\u00a3]? ?[\d,.]+ ?(?:million|m|k|billion|bn)?\b.{0,60}\b(?:revenues?|turnover|income|sales)\b"
        r"|\b(?:earn\w*|mak(?:e|es|ing)|generat\w*) (?:more than|over|in excess of|above|at least) (?:\S+ ){0,3}(?:dollars|euros|pounds|usd|eur|gbp|million|billion)\b"
        r" (?:\w+ )?(?:a|per|each|every|in a) (?:year|annum|fiscal year)\b",
        "revenue threshold",
        veto=r"\bdisplay\w*\b.{0,80}\b(?:user interface|website|product page|documentation|credits?)\b",
    ),
    _r(
        "commercial:restricted",
        r"\bcommercial(?:ly)? (?:use|usage|uses|using|purposes?|deployment|products?|licen[cs]e)\b.{0,120}"
        r"\b(?:request|obtain|apply for|enter into|separate (?:licen[cs]e|agreement)|contact us|register|registration|written (?:permission|consent|agreement)|enterprise licen[cs]e)\b"
        r"|\b(?:request|obtain|purchase|enter into|apply for|contact)\b (?:\w+ ){0,4}(?:separate |commercial |enterprise )(?:licen[cs]e|agreement)\b"
        r"|\broyalty-bearing (?:\w+ ){0,2}(?:licen[cs]e|agreement)\b"
        r"|\b(?:in|for|within) (?:a |any |your )?(?:business(?:es)?|paid products?|for-profit \w+)\b.{0,80}"
        r"\b(?:requires?|needs?) (?!no\b|not?\b)(?:a |an )?(?:[\w'-]+ ){0,3}(?:licen[cs]e|subscription|plan|agreement)\b",
        "commercial use needs a separate license",
        # "commercial and non-commercial use is permitted provided ...": a duty on every use
        veto=r"\btrademarks?\b|\blogos?\b|\bnames?\b"
        r"|\b(?:non-?commercial (?:and|or|and/or|&) commercial|commercial (?:and|or|and/or|&) non-?commercial) (?:use|purposes?)\b"
        r"[^.;]{0,40}\b(?:is|are) (?:hereby )?(?:permitted|allowed)\b",
    ),
    _r(
        "commercial:restricted",
        r"\bcommercial (?:use|usage|uses|applications?|products?|purposes?|distribution|versions?)\b.{0,60}"
        r"\b(?:requires?|needs?) (?:a |an |the )?(?:[\w']+ ){0,2}(?:permission|licen[cs]es?|consent|approval|agreement|fee|payment)\b"
        r"|\bcommercial (?:use|usage|uses|applications?|products?|purposes?)\b.{0,40}\b(?:only )?with (?:\w+ ){0,3}(?:permission|consent|approval)\b"
        r"|\b(?:need|require|obtain|ask for|request|get) (?:\w+ ){0,2}(?:permission|licen[cs]es?|consent|approval)\b.{0,40}\bcommercial\b"
        r"|\bfor commercial (?:use|purposes|usage|licen[cs]ing),? (?:please )?contact\b"
        r"|\b(?:as long as|provided(?: that)?|so long as) (?:your )?(?:end[- ]?)?(?:users|customers) are not charged\b"
        # copies may be passed on only free of charge
        r"|\bprovided (?:that )?no (?:fee|charge|compensation|payment) (?:is|be|will be) (?:charged|made|received|asked)\b"
        r"|\b(?:and|that) no compensation is received\b|\bonly if no (?:profit|fee|remuneration|payment)\b",
        "commercial use needs the licensor's permission or a licence",
        veto=r"\bwithout (?:\w+ ){0,3}(?:permission|consent|licen|approval|fee)|\bno need\b|\b(?:not|never) (?:need|require)|\bdoes not require"
        r"|\btrademark|\blogo|\bnames?\b",
    ),
    # ---- modify
    _r(
        "modify:conditional",
        r"\bat the (?:beginning|start) of (?:\w+ ){0,5}names?\b"
        r"|\bnames? (?:of|for) (?:\w+ ){0,4}(?:derivative|model|fine-?tune|modified)\w*\b.{0,60}\b(?:must|shall)\b.{0,40}\b(?:begin|start|include|contain|be prefixed|carry)\b"
        r"|\b(?:must|shall) (?:\w+ ){0,3}(?:begin|start|be prefixed) with\b.{0,40}\bnames?\b"
        r"|\bname\b.{0,40}\b(?:must|shall) (?:begin|start) with\b"
        r"|\b(?:must|shall) (?:have|carry|bear|use) (?:a |the )?names? (?:that |which )?(?:begins?|starts?) with\b"
        r"|\b(?:must|shall) (?:\w+ ){0,2}(?:have|include|contain|carry|bear|use) (?:the (?:word|name|term|prefix|suffix|string) )?"
        r"[\"'][^\"']{1,40}[\"'] (?:in|within|as part of|at the (?:start|end) of) (?:its|their|the) (?:\w+ )?names?\b",
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
        "attribution-display",
        r"\b(?:must|shall|will|agree to) (?:\w+ ){0,2}display\w* (?:\S+ ){1,6}(?:on|in) (?:the )?(?:\w+ )?(?:user interface|website|product page|about page|credits)\b"
        r"|\b(?:must|shall|will|agree to) (?:\w+ ){0,2}(?:credit|acknowledge)\w* (?:\S+ ){1,4}(?:on|in) (?:the |their |its |your )?(?:user[- ]facing|user interface|about (?:page|screen)|product page)\b",
        "the work's name must be displayed to users",
        veto=r"\bnotices? (?:of|that)|\bwarrant|\blicen[cs]e (?:text|terms)",
    ),
    _r(
        "pass-on",
        r"\b(?:derivative|modifications?|modified|fine-?tuned)\w*\b.{0,160}\b(?:subject to|bound by|comply with|include|incorporate|governed by|contradict|conflict with|consistent with)\b"
        r".{0,80}\b(?:use[- ]based restrictions|use restrictions|behaviou?ral (?:use )?restrictions|restrictions (?:in|of|set (?:forth|out)) (?:paragraph|section|attachment|exhibit)|acceptable use|prohibited use|use polic)"
        r"|\b(?:include|incorporate|impose)\b.{0,80}\b(?:use[- ]based restrictions|use restrictions|prohibited uses?|use polic\w*)\b.{0,160}"
        r"\b(?:enforceable|agreement|recipients?|third part\w*|sublicens\w*|downstream|users?)\b"
        r"|\b(?:use[- ]based restrictions|use restrictions|prohibited uses?|use polic\w*)\b.{0,80}\b(?:must|shall) (?:also )?be (?:included|incorporated|passed on|imposed|made binding)\b",
        "use restrictions must be passed on to derivatives and recipients",
    ),
    _r(
        "share-alike",
        r"\bshare[- ]?alike\b|\bcopyleft\b"
        r"|\bunder (?:the )?(?:same|identical|this same) (?:licen[cs]e|terms)\b"
        r"|\b(?:licensed|released|distributed|conveyed?|made available|provided)\b.{0,40}\bunder (?:the terms of )?this (?:same )?licen[cs]e\b.{0,100}\b(?:as a whole|entire|derivative|modified|modifications|based on)\b"
        r"|\b(?:whole|entire) (?:work|program)\b.{0,60}\bunder (?:the terms of )?this licen[cs]e\b"
        r"|\b(?:corresponding source|source code (?:form )?of (?:the |your )?(?:modifications|modified|covered|derivative))\b.{0,120}\b(?:available|provide|disclose|offer|accompan\w*|convey)\b"
        r"|\bmust (?:also )?be (?:made available|licensed|distributed) under (?:the terms of )?(?:this|the same)\b"
        r"|\b(?:derivatives?|derived|modified|modifications|fine-?tuned|adapted|adaptations)\b.{0,120}\b(?:must|shall)\b(?: [\w,]+){0,8}? be"
        r" (?:made available|licensed|released|distributed|published) under (?:the terms of )?(?:this|the same) (?:licen[cs]e|agreement|terms)\b"
        r"|\b(?:modifi\w*|modified|derivatives?|adapt\w*|fine-?tun\w*)\b.{0,80}\b(?:must|shall) do so (?:only )?under (?:the terms of )?(?:this|the same) (?:licen[cs]e|agreement|terms)\b",
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
        "proprietary",
        r"\ball rights reserved\b|\bproprietary and confidential\b|\bconfidential and proprietary\b"
        r"|\bunauthori[sz]ed (?:copying|use|reproduction|distribution|disclosure)\b"
        r"|\bno part of\b.{0,80}\bmay be (?:reproduced|copied|distributed|used)\b"
        r"|\bno licen[cs]e (?:is |are )?(?:hereby )?granted\b|\bno rights are granted\b|\bunder a proprietary\b|\bproprietary licen[cs]e agreement\b"
        r"|\b(?:furnished|provided|licensed|used|distributed|made available) (?:\w+ ){0,4}(?:under|p[ue]rsuant to|subject to|in accordance with) "
        r"(?:the terms of )?your (?:\w+ ){0,3}(?:licen[cs]e|agreement|subscription)s?\b"
        r"|\bunder (?:the )?(?:[\w.-]+ ){0,3}(?:master|customer|end[- ]user|subscription|enterprise|commercial) (?:licen[cs]e |services? )?agreement\b"
        r"|\b(?:is|are) authori[sz]ed only (?:p[ue]rsuant to|under|by|with)\b"
        r"|\bmay (?:\w+ ){0,2}be (?:used|copied|reproduced|distributed) only with (?:the )?(?:\w+ ){0,2}(?:permission|consent|authori[sz]ation)\b"
        # permission denied outright
        r"|^\W*no (?:\w+ )?(?:licen[cs]es?|rights?|permissions?)\b[^.;]{0,160}\b(?:is|are) (?:hereby )?(?:granted|given|conferred)\b"
        r"|\bpermissions? (?:is|are) (?:hereby )?(?:not granted|restricted)\b|\b(?:you|licensee) (?:are|is) denied\b"
        r"|\b(?:you|licensee) (?:have|has) no (?:\w+ )?(?:permission|right|licen[cs]e) (?:\w+ ){0,6}to (?:use|copy|modify|distribute|share)\b"
        r"|\b(?:may|shall) not be (?:used|copied|reproduced|distributed)\b.{0,60}\bwithout (?:the )?(?:express |prior )*written (?:permission|consent|authori[sz]ation)\b"
        r"|\b(?:furnished|provided|licensed|used|distributed) (?:\w+ ){0,4}(?:under|pursuant to|subject to|in accordance with) (?:the terms of )?(?:a|an) (?:separate |executed |written |signed |valid )+(?:\w+ )?(?:licen[cs]e|agreement)\b"
        r"|\btrade secrets?\b|\bconfidential (?:property|information)\b|\bproprietary intellectual propert(?:y|ies)\b"
        r"|\b(?:is|are) protected by (?:the )?(?:applicable )?(?:\w+ )?(?:copyright|intellectual property)\b(?:,? (?:patent|trade secret|and|or|other|\w+)){0,6} (?:laws?|rights|treaties)\b"
        r"|\b(?:is|are) licen[cs]ed,? (?:and )?not sold\b"
        r"|\b(?:licen[cs]e |software |subscription |services? )?agreement (?:\w+ ){0,2}between (?:you|licensee|the licensee|the customer|customer|[\w.,&-]+(?: [\w.,&-]+){0,3} and)\b"
        r"|\bend[- ]user licen[cs]e agreement\b|\b(?:use|used|using) (?:\w+ ){0,3}(?:in accordance with|under|subject to|pursuant to) "
        r"(?:the terms of )?(?:the|a|an|your) (?:valid |separate |written |signed )*(?:commercial|end[- ]user|proprietary|enterprise|oem) licen[cs]e agreement\b",
        "proprietary notice: all rights reserved",
        veto=r"\btrademark|\bnames?\b|\blogo",
        need=("reserved", "confidential", "unauthori", "no part", "granted", "given", "conferred",
              "proprietary", "your", "agreement", "authori", "permission", "denied", "have no",
              "has no", "written", "separate", "executed", "signed", "valid", "secret",
              "protected", "sold"),
    ),
)
