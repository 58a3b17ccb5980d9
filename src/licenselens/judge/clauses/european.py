"""French, German, Spanish, Portuguese, Italian and Dutch clauses: grants,
share-alike and non-commercial forms.

Many licenses of the open categories exist in these languages (CeCILL, the
Licence Art Libre, the Québec licenses, the national Creative Commons ports,
the German data licenses).  Only the forms a reader needs to see that rights
are granted are here: a grant word ("droit", "Recht", "derecho", "direito",
"diritto", "recht", "autorise", "darf", "puede", ...) near the verbs it
covers, the "same license / same conditions" duty, and "non-commercial".
Clauses are lower case; accents are kept.
"""

from __future__ import annotations

from ... import lazyre

#: a grant word of one of the languages
_GRANT = lazyre.compile(
    r"\b(?:droits?|autorisation|permission|concède|accorde|autorise|est autorisé|êtes autorisé|pouvez|peut|est permis"
    r"|recht|rechte|nutzungsrecht\w*|erlaubnis|gestattet|erlaubt|darf|dürfen|räumt|zulässig"
    r"|derechos?|permiso|autoriza|concede|otorga|se permite|puede|pueden"
    r"|direitos?|permissão|é permitido|pode|podem"
    r"|diritt[oi]|permesso|autorizza|è consentito|può|possono"
    r"|toestemming|vergunning|mag|mogen)\b"
)
_USE = lazyre.compile(
    r"\b(?:utilis\w+|exécut\w+|nutz\w*|benutz\w*|verwend\w*|usar|utiliz\w+|usare|utilizzar\w*|gebruik\w*)"
)
_MOD = lazyre.compile(
    r"\b(?:modifi\w+|adapt\w+|transform\w+|tradu\w+|bearbeit\w*|veränder\w*|änder\w*|umgestalt\w*"
    r"|wijzig\w*|bewerk\w*|aanpass\w*|obras derivadas|œuvres? dérivées?|opere derivate|obras derivadas)"
)
_DIST = lazyre.compile(
    r"\b(?:distribu\w+|diffus\w+|reprodu\w+|copi\w+|communiqu\w+|vervielfältig\w*|verbreit\w*|weiterzugeb\w*"
    r"|weitergeb\w*|öffentlich zugänglich|redistribu\w+|riprodu\w+|verveelvoudig\w*|verspreid\w*|kopi\w+)"
)
#: a negation near the grant word: "ne ... pas", "nicht", "no", "não", "non", "niet"
_NEGATED = lazyre.compile(r"\b(?:ne|n'|nicht|kein\w*|no|não|non|niet|geen|jamais|nunca|mai)\b")
_SHARE_ALIKE = lazyre.compile(
    r"\b(?:même licence|mêmes conditions|même contrat|gleichen bedingungen|derselben lizenz|gleiche lizenz"
    r"|misma licencia|mismas condiciones|mesma licença|mesmas condições|stessa licenza|stesse condizioni"
    r"|dezelfde licentie|zelfde voorwaarden|copyleft)\b"
)
_NON_COMMERCIAL = lazyre.compile(
    r"\b(?:fins non commerciales|pas d'utilisation commerciale|nicht-?kommerziell\w*|keine kommerzielle"
    r"|no comercial(?:es)?|não comercia(?:l|is)|non commercial[ei]|niet-?commercie\w*)\b"
)
#: "any use": a grant without a purpose limit
_ANY_USE = lazyre.compile(
    r"\b(?:jede|jegliche) (?:\w+ )?(?:nutzung|verwendung)\b|\b(?:tout usage|toute utilisation|cualquier uso"
    r"|qualquer uso|qualsiasi uso|elk gebruik|ieder gebruik)\b"
)
#: an act named as the subject of a grant word ("jede Nutzung ... ist zulässig")
_SUBJECT_BEFORE = lazyre.compile(r"\b(?:nutzung|verwendung|utilisation|uso|gebruik)\b")
#: "commercial and non-commercial": both are allowed
_BOTH = lazyre.compile(r"\bkommerziel\w* (?:und|oder|wie) |\bcommerci\w* (?:als|et|ou|y|o|e|en|of) (?:\w+ )?(?:non|niet|no|não)\b")
#: words that tell a text in these languages is license terms
VOCAB = lazyre.compile(
    r"\b(?:licence|\w*lizenz\w*|licencia|licença|licenza|licentie|droit d'auteur|urheberrecht\w*"
    r"|derechos? de autor|direitos? autora\w*|diritto d'autore|auteursrecht|garantie|gewährleistung|haft(?:ung|et|en)"
    r"|responsabilit\w+|concédant|lizenzgeber|licenciante|licenziante|licentiegever)\b"
)


_ENGLISH = lazyre.compile(r"\b(?:the|and|of|to|you|any|or|is|this|that|with|for)\b")
_FOREIGN = lazyre.compile(
    r"\b(?:le|la|les|des|du|et|est|une?|der|die|das|und|ist|zu|von|el|los|las|y|del|que|os|as|da|do|uma"
    r"|il|di|della|che|het|een|van|en|zijn|e|o|para|qualquer|pessoa|em|com|cualquier|persona|toute|personne)\b"
)


def findings(t: str) -> list[tuple[str, str]]:
    """``(label, reason)`` pairs for clause ``t`` (lower case); nothing for English clauses."""
    out: list[tuple[str, str]] = []
    if len(_FOREIGN.findall(t)) <= len(_ENGLISH.findall(t)):
        return out
    g = _GRANT.search(t)
    if g is not None:
        window = t[g.start() : g.end() + 240]
        before = t[max(0, g.start() - 30) : g.start()]
        verbs = [(d, p.search(window)) for d, p in (("use", _USE), ("modify", _MOD),
                                                    ("redistribute", _DIST))]
        subject = t[max(0, g.start() - 60) : g.start()]
        if not any(m for _, m in verbs) and _SUBJECT_BEFORE.search(subject):
            # "Jede Nutzung ... ist zulässig": the act named before the grant word
            verbs = [("use", _SUBJECT_BEFORE.search(subject))]
            window = subject
        if any(m for _, m in verbs) and not _NEGATED.search(before) \
                and not _NEGATED.search(window[: (min(m.start() for _, m in verbs if m))]):
            out.append(("grant", "grant of rights"))
            if _ANY_USE.search(t) and not _NEGATED.search(t):
                out.append(("grant-any", "grant of any use"))
            out.extend((f"{d}:free", "granted without a limit on this freedom") for d, m in verbs if m)
    if _SHARE_ALIKE.search(t):
        out.append(("share-alike", "share-alike: derivatives and copies stay under the same terms"))
    if _NON_COMMERCIAL.search(t) and not _BOTH.search(t):
        out.append(("commercial:prohibited", "non-commercial only"))
    return out
