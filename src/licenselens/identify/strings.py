"""Identification of strings: SPDX ids in any case, names and common
spellings, model-hub license ids, PyPI trove classifiers, ScanCode keys,
``LicenseRef-`` ids and SPDX expressions.

>>> lookup("apache 2").ids
['Apache-2.0']
>>> lookup("MIT OR Apache-2.0").expression
'MIT OR Apache-2.0'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..knowledge.records import KnowledgeBase, knowledge_base
from ..normalise import normalise_phrase
from .expression import Expr, Leaf, Node, leaves, render

#: strings that say nothing about the license
UNKNOWN_WORDS = {"unknown", "noassertion", "other", "see license", "see license file", "n a",
                 "na", "none specified", "unspecified", "custom", "license", "various"}
FAMILY_WORDS = {"cc": "Creative Commons", "creative commons": "Creative Commons",
                "rail": "Responsible AI Licenses",
                "falcon": "TII Falcon licenses; some Falcon models are Apache-2.0",
                "tii falcon": "TII Falcon licenses", "mistral": "Mistral models: Apache-2.0, MRL "
                "or MNPL depending on the model"}
NO_LICENSE_WORDS = {"none", "no license", "unlicensed"}
#: names of a family that have a usual reading: identified as it, with a warning that
#: the name does not say which member (ScanCode's reading)
USUAL_READING = {"bsd": "the 3-clause form", "bsd license": "the 3-clause form",
                 "gpl": "any version", "gnu gpl": "any version",
                 "gnu general public license": "any version",
                 "gnu general public license gpl": "any version",
                 "lgpl": "version 2.0 or any later", "gnu lgpl": "version 2.0 or any later",
                 "gnu lesser general public license lgpl": "version 2.0 or any later",
                 "gnu library or lesser general public license lgpl": "version 2.0 or any later"}

_OPERATOR = re.compile(r"(?i)\s(?:and|or|with)\s|[()]")
_SPLIT_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])")
_DROP_WORDS = {"the", "version", "v", "ver", "license", "licence", "agreement", "software", "public"}


@dataclass
class IdentifierMatch:
    expr: Expr | None
    warnings: list[str] = field(default_factory=list)
    no_license: bool = False

    @property
    def ids(self) -> list[str]:
        return [leaf.license_id for leaf in leaves(self.expr)] if self.expr else []

    @property
    def expression(self) -> str | None:
        return render(self.expr) if self.expr else None


def _variants(norm: str) -> list[str]:
    out = [norm]
    out.append(re.sub(r"(?<=\d) (?=\d)", ".", norm))  # "llama3_1" -> "llama3.1"
    out.append(" ".join(w for w in norm.split() if w not in ("v", "ver", "version")))
    split = _SPLIT_LETTER_DIGIT.sub(" ", norm)
    out.append(split)
    for base in (norm, split):
        words = base.split()
        if words and words[0] == "the":
            out.append(" ".join(words[1:]))
        out.append(" ".join(w for w in words if w not in _DROP_WORDS))
        out.append(" ".join(w if not re.fullmatch(r"v\d+(\.\d+)*", w) else w[1:] for w in words))
        out.append(base.replace(" 2 ", " 2.0 ").rstrip(" 2") + " 2.0" if base.endswith(" 2") else base)
        if re.search(r" \d+$", base):
            out.append(base + ".0")
    seen: list[str] = []
    for v in out:
        v = " ".join(v.split())
        if v and v not in seen:
            seen.append(v)
    return seen


def resolve_notice_name(kb: KnowledgeBase, name: str) -> str | None:
    """A license named in a notice sentence ("released under the X"), or None."""
    if len(name) < 2 or name.lower() in ("the", "a", "this", "these", "license", "licence"):
        return None
    return resolve_name(kb, name)


def resolve_name(kb: KnowledgeBase, query: str) -> str | None:
    """The license id a single name or id stands for, or None.

    Deprecated SPDX ids are given in their current form (``GPL-3.0+`` ->
    ``GPL-3.0-or-later``).
    """
    lid = _resolve(kb, query)
    return kb.replaced_by.get(lid, lid) if lid else None


def _resolve(kb: KnowledgeBase, query: str) -> str | None:
    q = query.strip()
    if not q:
        return None
    if q in kb.records:
        return q
    norm = normalise_phrase(q)
    hit = kb.aliases.get(norm)
    if hit:
        return hit
    if q.lower().startswith("licenseref-scancode-"):
        key = q[len("LicenseRef-scancode-") :].lower()
        if key in kb.by_scancode:
            return kb.by_scancode[key]
    if q.lower().startswith("licenseref-") and not q.lower().startswith("licenseref-scancode-"):
        rest = q[len("LicenseRef-") :]
        return _resolve(kb, rest) if rest else None
    if "::" in q:  # a trove classifier: try its last part
        last = q.split("::")[-1].strip()
        if not last or last.lower() in ("osi approved", "other/proprietary license"):
            return None
        inner = re.search(r"\(([^()]{1,40})\)\s*$", last)
        outer = re.sub(r"\s*\([^()]*\)\s*$", "", last)
        for cand in (last, inner.group(1) if inner else "", outer):
            if cand and "::" not in cand:
                hit = resolve_name(kb, cand)
                if hit:
                    return hit
        return None
    for v in _variants(norm)[1:]:
        hit = kb.aliases.get(v)
        if hit:
            return hit
    return None


def _from_tree(
    kb: KnowledgeBase, node: object, warnings: list[str], mapping: dict[str, str]
) -> Expr | None:
    from license_expression import LicenseSymbol, LicenseWithExceptionSymbol

    if isinstance(node, LicenseWithExceptionSymbol):
        base = _from_tree(kb, node.license_symbol, warnings, mapping)
        exc_key = mapping.get(str(node.exception_symbol.key), str(node.exception_symbol.key))
        exc = exc_key if exc_key in kb.records else (resolve_name(kb, exc_key) or exc_key)
        if exc == exc_key and exc_key not in kb.records:
            warnings.append(f"unrecognised exception: {exc_key!r}")
        rec = kb.records.get(exc)
        if rec is not None and not rec.is_exception and base is not None:
            warnings.append(f"{exc} is a license, not an exception: read as "
                            f"{render(base)} AND {exc}")
            return _node("AND", [base, Leaf(exc)])
        if isinstance(base, Leaf):
            return Leaf(base.license_id, exc)
        return base
    if isinstance(node, LicenseSymbol):
        key = mapping.get(str(node.key), str(node.key))
        lid = key if key in kb.records else resolve_name(kb, key)
        if lid is None:
            warnings.append(f"unrecognised license in expression: {key!r}")
            return None
        return Leaf(lid)
    op = type(node).__name__.upper()
    if op not in ("AND", "OR"):
        return None
    children = list(node.args)  # type: ignore[attr-defined]
    parsed = [_from_tree(kb, c, warnings, mapping) for c in children]
    # an unknown part stays in the expression: under AND it makes the whole unknown,
    # under OR the known alternatives are judged
    parsed = [a if a is not None else Leaf(_symbol_key(c, mapping))
              for a, c in zip(parsed, children, strict=True)]
    args = [a for a in parsed if a is not None]
    return _node(op, args) if args else None


def _symbol_key(node: object, mapping: dict[str, str]) -> str:
    key = str(getattr(node, "key", node))
    return mapping.get(key, key)


def _node(op: str, args: list[Expr]) -> Expr:
    """``op`` of ``args`` with repeats dropped (``MIT OR MIT`` is ``MIT``)."""
    uniq: dict[str, Expr] = {}
    for a in args:
        uniq.setdefault(render(a), a)
    items = list(uniq.values())
    return items[0] if len(items) == 1 else Node(op, items)


def parse_expression(
    kb: KnowledgeBase, text: str, warnings: list[str], mapping: dict[str, str] | None = None
) -> Expr | None:
    """Parse an SPDX expression, resolving every symbol; None when nothing resolved."""
    from license_expression import ExpressionError, Licensing

    # keys with spaces ("Apache License 2.0 OR MIT") are resolved part by part
    try:
        tree = Licensing().parse(text, validate=False, simple=False)
    except (ExpressionError, Exception) as exc:  # the parser raises several types
        warnings.append(f"malformed license expression: {exc}")
        return None
    if tree is None:
        return None
    return _from_tree(kb, tree, warnings, mapping or {})


def lookup(query: str, kb: KnowledgeBase | None = None) -> IdentifierMatch:
    """Identify an identifier, name, trove classifier or expression."""
    kb = kb or knowledge_base()
    q = (query or "").strip()
    if len(q) > 10_000:
        return IdentifierMatch(None, ["identifier longer than 10000 characters: not read"])
    if not q:
        return IdentifierMatch(None, ["empty identifier"])
    norm = normalise_phrase(q)
    if norm in UNKNOWN_WORDS or q.upper() == "NOASSERTION":
        return IdentifierMatch(None, [f"{q!r} does not name a license"])
    if norm in FAMILY_WORDS:
        return IdentifierMatch(None, [f"{q!r} names a family of licenses ({FAMILY_WORDS[norm]}), "
                                      "not one license: say which"])
    if norm in NO_LICENSE_WORDS:
        return IdentifierMatch(None, [f"{q!r}: no license, so all rights are reserved"],
                               no_license=True)
    lid = resolve_name(kb, q)
    if lid:
        family = normalise_phrase(q.split("::")[-1]) if "::" in q else norm
        if family in USUAL_READING:
            return IdentifierMatch(Leaf(lid), [
                f"{q!r} names a family of licenses, not one: read as {lid} "
                f"({USUAL_READING[family]}); say which to be sure"])
        return IdentifierMatch(Leaf(lid))
    if "::" in q:
        return IdentifierMatch(None, [f"unrecognised trove classifier: {q!r}"])
    if _OPERATOR.search(q) or "+" in q:
        warnings: list[str] = []
        expr = _expression_with_spaces(kb, q, warnings)
        if expr is not None:
            return IdentifierMatch(expr, warnings)
        return IdentifierMatch(None, warnings or [f"unrecognised identifier: {q!r}"])
    if "/" in q or "," in q:  # "MIT/X11", "GPL, LGPL": alternatives as people write them
        parts = [p for p in re.split(r"\s*[/,]\s*", q) if p]
        ids = [resolve_name(kb, p) for p in parts]
        if ids and all(ids):
            if len(set(ids)) == 1 or (len(ids) == 2 and normalise_phrase(parts[1]) in _SYNONYM_TAILS):
                return IdentifierMatch(Leaf(ids[0]))  # type: ignore[arg-type]
            return IdentifierMatch(Node("OR", [Leaf(i) for i in ids]))  # type: ignore[arg-type]
    return IdentifierMatch(None, [f"unrecognised identifier: {q!r}"])


#: "MIT/X11", "MIT/Expat": a second name for the same license, not a choice
_SYNONYM_TAILS = {"x11", "expat"}

_OP_SPLIT = re.compile(r"(\(|\)|\s+(?:AND|OR|WITH|and|or|with)\s+)")


def _expression_with_spaces(kb: KnowledgeBase, q: str, warnings: list[str]) -> Expr | None:
    """Parse an expression whose symbols may be names with spaces."""
    parts = _OP_SPLIT.split(q)
    keys: list[str] = []
    mapping: dict[str, str] = {}
    for part in parts:
        stripped = part.strip()
        if not stripped or stripped in "()" or stripped.upper() in ("AND", "OR", "WITH"):
            keys.append(part)
            continue
        lid = resolve_name(kb, stripped)
        if lid is None and stripped.endswith("+"):
            base = resolve_name(kb, stripped[:-1])
            later = None
            if base and base.endswith("-only"):
                later = base[: -len("-only")] + "-or-later"
            elif base:
                later = base + "-or-later"
            lid = later if later and later in kb.records else base
        token = f"ll{len(mapping)}x"
        mapping[token] = lid or stripped
        keys.append(token)
    rebuilt = "".join(keys)
    sub_warnings: list[str] = []
    expr = parse_expression(kb, rebuilt, sub_warnings, mapping)
    for w in sub_warnings:
        for token, original in mapping.items():
            w = w.replace(token, original)
        warnings.append(w)

    def restore(e: Expr | None) -> Expr | None:
        if e is None:
            return None
        if isinstance(e, Leaf):
            return e
        return Node(e.op, [x for x in (restore(a) for a in e.args) if x is not None])

    return restore(expr)
