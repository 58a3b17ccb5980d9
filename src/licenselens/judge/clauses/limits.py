"""Phrases that qualify a prohibition, for :mod:`.scope`.

* exceptions that give no leave: what the law allows or requires ("except where the
  law permits it", "unless such limits are contrary to applicable law");
* leave given case by case ("unless authorised in writing by the licensor"): a
  permission, not the license's own frame;
* taking the work apart (reverse engineering, decompiling), which limits modification
  without forbidding it;
* enumerated lists that one prohibition opens ("you may not (i) ...; (ii) ...").
"""

from __future__ import annotations

import re

from ... import lazyre

#: leave given case by case, in writing or by the licensor: a permission, not the license's frame
WRITTEN_LEAVE = lazyre.compile(
    r"\bin writing\b|\bwritten (?:consent|permission|approval|authori[sz]ation|agreement)\b"
    r"|\b(?:authori[sz]ed|permitted|approved|agreed|allowed) (?:\w+ ){0,2}by (?:the )?(?:licensor|us|copyright (?:holder|owner))\b"
)

#: an exception for what the law or third parties' licences allow: no leave from the licensor
BY_LAW = lazyre.compile(
    r"(?:except|unless|save)\b.{0,80}\b(?:permitted|allowed|required|authori[sz]ed|mandated) (?:by|under) "
    r"(?:the )?(?:applicable |mandatory |governing )?(?:law|statute|legislation"
    r"|(?:third[- ]party |open[- ]source )(?:\w+ )?(?:licen[cs]\w*|terms))\b"
    r"|(?:except|unless|save)\b.{0,60}\b(?:the )?(?:applicable |mandatory )?(?:law|statute|legislation)s? "
    r"(?:expressly |specifically )?(?:allows?|permits?|requires?|provides? otherwise)\b"
    r"|(?:except|unless|save)\b.{0,60}\b(?:contrary to|prohibited by|forbidden by|invalid under|unenforceable under"
    r"|not enforceable under) (?:the )?(?:applicable |mandatory |governing )?(?:law|statute|legislation)s?\b"
)

#: taking the work apart (to study it), not changing it
REVERSE = lazyre.compile(
    r"\b(?:be )?(?:reverse[- ]?engineer\w*|decompil\w*|disassembl\w*|reverse[- ]?(?:assembl|compil)\w*)"
)

#: an enumerated list that a prohibition opens: "you may not 1) ...; 2) ...; or 3) ..."
FIRST_ITEM = lazyre.compile(r"\s*\(?(?:1|i|a)[.)]\s")
#: what every first item holds: a clause without it opens no list (a cheap test first)
ANY_FIRST_ITEM = lazyre.compile(r"(?:1|i|a)[.)]\s")
NEXT_ITEM = lazyre.compile(r";\s*(?:and |or )?\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s")

#: an item with a subject and verb of its own ("(b) you must ...") is not a continuation
OWN_SUBJECT = lazyre.compile(r"(?:\w+ ){0,4}?(?:may|shall|must|will|can|agrees?|is|are)\b")

_WITHOUT_PERMISSION = lazyre.compile(
    r"\bwithout (?:first )?(?:\w+ ){0,4}?(?:prior |express |explicit |separate |specific )*(?:written )?"
    r"(?:permission|consent|approval|authori[sz]ation|licen[cs]e|agreement|arrangement)\b"
)
#: "not without this licence file / the notices / offering the source": a notice or
#: source duty on sharing, not leave to be asked for
_WITHOUT_NOTICE = lazyre.compile(
    r"\bwithout (?:also |first )?(?:(?:a|the) copy of )?(?:this|these|the|its|their) (?:\w+ )?"
    r"(?:licen[cs]e (?:files?|texts?|documents?|notices?)|(?:copyright )?notices?|attributions?|credits?|headers?|source(?: code)?)\b"
    r"|\bwithout (?:also |first )?(?:offering|providing|including|supplying|giving|making available|publishing) (?:\w+ ){0,3}?source\b"
    r"|\bwithout (?:a copy of )?this licen[cs]e\b"
    r"|\bwithout (?:also |first )?(?:sending|submitting|reporting|returning|contributing) (?:\w+ ){0,3}?(?:changes|modifications|improvements|patches)\b"
    r"|\bin (?:binary|object|executable|compiled) (?:code )?(?:form )?only\b"
)
_PERMISSION_WORDS = lazyre.compile(
    r"\b(?:permission|consent|approval|authori[sz]ation|separate (?:licen[cs]e|agreement)|commercial licen[cs]e"
    r"|written (?:licen[cs]e|agreement)|(?:obtain|purchas|acquir)\w* (?:\w+ ){0,3}licen[cs]e|pay\w*|fee|agreed (?:to )?(?:by|with|in writing))\b"
)
#: an exception that points back at the license itself: the prohibition is the license's frame
_SELF_EXCEPTION = lazyre.compile(
    r"^\W*(?:unless|except|excepting|other than|save|apart from)\b.{0,60}"
    r"\b(?:this|the|these|such) (?:licen[cs]e|agreement|terms|conditions|eula|section|paragraph)\b"
    r"|^\W*(?:unless|except|excepting|other than|save|apart from)\b.{0,40}"
    r"\b(?:as |where )?(?:expressly |explicitly |specifically )?(?:permitted|provided|allowed|authori[sz]ed|set (?:forth|out)|stated|described|specified|granted)\b"
    r"|^\W*(?:unless|except|excepting|other than)\b.{0,40}\b(?:herein|hereunder|above|below|in accordance with|in compliance with)\b"
)
#: "... but you may sell it as part of a larger distribution": selling alone is barred, a duty
_AGGREGATE = lazyre.compile(
    r"(?:but|however|yet|it|this)\b,? (?:\w+ ){0,3}(?:may|can) (?:\w+ ){0,4}(?:sell\w*|sold|include\w*|distribut\w*|charg\w*|bundl\w*)\b"
    r".{0,80}\b(?:aggregate|larger|part of|bundle|collection|compilation|together with"
    r"|with (?:\w+ ){0,2}(?:products?|software|programs?|distributions?))"
)

#: "... except as part of a larger work": alone it is barred, within other software allowed
_EXCEPT_BUNDLED = lazyre.compile(
    r"(?:unless|except|other than|save)\b,? (?:\w+ ){0,3}?(?:as (?:a |one )?(?:part|component) of|within|bundled with|included in"
    r"|together with|in combination with) (?:an? |the |your )?(?:\w+ ){0,2}?(?:larger|aggregate|bigger|other)\b"
)


def qualify(clause_rest: str, scope: str) -> str:
    """How a prohibition is qualified (``clause_rest``: the clause after its scope): 'none', 'permission', 'condition' or 'frame'."""
    if _WITHOUT_NOTICE.search(scope):
        return "condition"  # "... without this licence file", "... without offering the source"
    if _WITHOUT_PERMISSION.search(scope):
        return "permission"
    rest = clause_rest[:200]
    if not rest.strip():
        return "none"
    head = rest.lstrip(" ,;")
    if _AGGREGATE.match(head) or _EXCEPT_BUNDLED.match(head):
        return "aggregate"
    if BY_LAW.match(head):
        return "none"
    if re.match(r"(?:unless|except|excepting|other than|save|apart from|without)\b", head):
        if WRITTEN_LEAVE.search(head[:120]):
            return "permission"  # "unless expressly authorised in writing by the licensor"
        if _SELF_EXCEPTION.match(head):
            return "frame"
        if _PERMISSION_WORDS.search(head[:160]):
            return "permission"
        return "condition"
    if re.match(r"(?:provided|so long as|as long as|if)\b", head):
        return "condition"
    return "none"
