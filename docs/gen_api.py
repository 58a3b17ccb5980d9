"""Generate docs/api.md, the API reference, from the package's docstrings.

    PYTHONPATH=src python docs/gen_api.py          # rewrite docs/api.md
    PYTHONPATH=src python docs/gen_api.py --check  # exit 1 if docs/api.md is stale

Documents the public names of the modules in MODULES: those in ``__all__``
when the module has one, else every public function and class defined in it.
Output is deterministic (sets in defaults are sorted).
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import sys
from pathlib import Path
from typing import Any

MODULES = [
    "licenselens",
    "licenselens.results",
    "licenselens.errors",
    "licenselens.judge.policy",
    "licenselens.judge.gate",
    "licenselens.judge.combine",
    "licenselens.report.badges",
    "licenselens.report.documents",
    "licenselens.report.labels",
    "licenselens.report.table",
    "licenselens.report.text",
    "licenselens.openness",
    "licenselens.batch",
    "licenselens.distributed",
]
#: names of ``licenselens`` that are documented under the module that defines them
_TOP_LEVEL_SKIP_KINDS = (type,)
OUT = Path(__file__).with_name("api.md")


class _Default:
    def __init__(self, value: Any) -> None:
        self.value = value

    def __repr__(self) -> str:
        v = self.value
        if isinstance(v, (set, frozenset)):
            inner = ", ".join(repr(x) for x in sorted(v, key=repr))
            return f"{type(v).__name__}({{{inner}}})" if v else f"{type(v).__name__}()"
        if dataclasses.is_dataclass(v) and not isinstance(v, type):
            return f"{type(v).__name__}()"
        return repr(v)


class _Raw:
    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def _ann(a: Any) -> Any:
    return _Raw(a) if isinstance(a, str) else a


def signature(obj: Any) -> str:
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return "(...)"
    params = []
    for p in sig.parameters.values():
        if p.default is not inspect.Parameter.empty:
            p = p.replace(default=_Default(p.default))
        params.append(p.replace(annotation=_ann(p.annotation)))
    return str(sig.replace(parameters=params, return_annotation=_ann(sig.return_annotation)))


def public_names(module: Any) -> list[str]:
    names = getattr(module, "__all__", None)
    if names is None:
        names = [
            n for n, o in vars(module).items()
            if not n.startswith("_") and (inspect.isfunction(o) or inspect.isclass(o))
            and getattr(o, "__module__", None) == module.__name__
        ]
    return sorted(names, key=lambda n: (not inspect.isclass(getattr(module, n, None)), n.lower()))


def _doc(obj: Any) -> str:
    """The docstring, with doctest examples fenced as ``pycon`` so that they render."""
    doc = inspect.getdoc(obj) or "*(no docstring)*"
    out: list[str] = []
    in_example = False
    for line in doc.split("\n"):
        if line.startswith(">>> ") and not in_example:
            out.append("```pycon")
            in_example = True
        elif in_example and not line.strip():
            out.append("```")
            in_example = False
        out.append(line)
    if in_example:
        out.append("```")
    return "\n".join(out)


def _member_lines(cls: type) -> list[str]:
    lines: list[str] = []
    for name, member in sorted(vars(cls).items()):
        if name.startswith("_"):
            continue
        if isinstance(member, property):
            lines += [f"- **`{name}`** (property): {_first_line(member.__doc__)}"]
        elif isinstance(member, (classmethod, staticmethod)):
            fn = member.__func__
            lines += [f"- **`{name}{signature(getattr(cls, name))}`**: {_first_line(fn.__doc__)}"]
        elif inspect.isfunction(member):
            lines += [f"- **`{name}{signature(member)}`**: {_first_line(member.__doc__)}"]
    return lines


def _first_line(doc: str | None) -> str:
    if not doc:
        return ""
    return inspect.cleandoc(doc).split("\n\n")[0].replace("\n", " ")


def render() -> str:
    out = [
        "# API reference",
        "",
        "Generated from the docstrings by `docs/gen_api.py`; do not edit by hand "
        "(run `PYTHONPATH=src python docs/gen_api.py`).",
        "",
    ]
    out += [f"- [`{m}`](#{m.replace('.', '')})" for m in MODULES]
    out.append("")
    for modname in MODULES:
        module = importlib.import_module(modname)
        out += [f"## {modname}", "", _doc(module), ""]
        for name in public_names(module):
            obj = getattr(module, name, None)
            if obj is None:
                continue
            if modname == "licenselens" and (isinstance(obj, _TOP_LEVEL_SKIP_KINDS)
                                             or not callable(obj)):
                continue  # classes and constants: see their own module
            if inspect.isclass(obj):
                kind = "exception" if issubclass(obj, BaseException) else "class"
                out += [f"### {kind} `{name}`", ""]
                if dataclasses.is_dataclass(obj):
                    fields = ", ".join(f.name for f in dataclasses.fields(obj))
                    out += [f"Fields: `{fields}`", ""]
                elif not issubclass(obj, BaseException):
                    out += [f"`{name}{signature(obj)}`", ""]
                out += [_doc(obj), ""]
                members = _member_lines(obj)
                if members:
                    out += members + [""]
            elif callable(obj):
                out += [f"### `{name}{signature(obj)}`", "", _doc(obj), ""]
            else:
                out += [f"### `{name}`", "", f"`{_Default(obj)!r}`"[:300], ""]
    return "\n".join(out).rstrip("\n") + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is stale: run PYTHONPATH=src python docs/gen_api.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
