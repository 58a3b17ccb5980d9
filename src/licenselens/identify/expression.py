"""License expressions: a small tree that the judge evaluates.

Strings are parsed with ``license-expression`` (SPDX syntax: AND, OR, WITH,
parentheses, ``+``); each symbol is resolved through the identifier lookup so
that ``apache 2 OR mit`` and ``Apache-2.0 OR MIT`` give the same tree.

>>> e = Leaf("MIT")
>>> render(Node("AND", [Leaf("MIT"), Leaf("Apache-2.0", "LLVM-exception")]))
'MIT AND Apache-2.0 WITH LLVM-exception'
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Leaf:
    """One license, with an optional exception."""

    license_id: str
    exception: str | None = None
    #: evidence spans in the input text where this license was found (token index)
    found_at: int = 0


@dataclass
class Node:
    """AND / OR of sub-expressions."""

    op: str  # "AND" | "OR"
    args: list[Leaf | Node] = field(default_factory=list)


Expr = Leaf | Node


def render(expr: Expr, parent: str | None = None) -> str:
    """The SPDX form of an expression tree."""
    if isinstance(expr, Leaf):
        return f"{expr.license_id} WITH {expr.exception}" if expr.exception else expr.license_id
    inner = f" {expr.op} ".join(render(a, expr.op) for a in expr.args)
    return f"({inner})" if parent and parent != expr.op else inner


def leaves(expr: Expr) -> list[Leaf]:
    """All licenses of an expression, in order, without repeats."""
    if isinstance(expr, Leaf):
        return [expr]
    out: list[Leaf] = []
    seen: set[tuple[str, str | None]] = set()
    for a in expr.args:
        for leaf in leaves(a):
            k = (leaf.license_id, leaf.exception)
            if k not in seen:
                seen.add(k)
                out.append(leaf)
    return out


def conjunction(items: list[Expr]) -> Expr:
    """AND of several expressions (a single one stays as it is); nested ANDs are
    flattened and repeats dropped, so ``MIT`` + ``Apache-2.0 AND MIT`` is
    ``MIT AND Apache-2.0``.

    >>> render(conjunction([Leaf("MIT"), Node("AND", [Leaf("Apache-2.0"), Leaf("MIT")])]))
    'MIT AND Apache-2.0'
    >>> render(conjunction([Leaf("MIT"), Node("OR", [Leaf("GPL-2.0-only"), Leaf("BSD-3-Clause")])]))
    'MIT AND (GPL-2.0-only OR BSD-3-Clause)'
    """
    flat: list[Expr] = []
    for item in items:
        if isinstance(item, Node) and item.op == "AND":
            flat.extend(item.args)
        else:
            flat.append(item)
    uniq: list[Expr] = []
    seen: set[str] = set()
    for part in flat:
        k = render(part)
        if k not in seen:
            seen.add(k)
            uniq.append(part)
    if len(uniq) == 1:
        return uniq[0]
    return Node("AND", uniq)
