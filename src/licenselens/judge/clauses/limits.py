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
NEXT_ITEM = lazyre.compile(r";\s*(?:and |or )?\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s")

#: an item with a subject and verb of its own ("(b) you must ...") is not a continuation
OWN_SUBJECT = lazyre.compile(r"(?:\w+ ){0,4}?(?:may|shall|must|will|can|agrees?|is|are)\b")
