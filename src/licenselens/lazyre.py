"""Regular expressions compiled on first use.

The clause reader and the readers hold several hundred patterns; compiling them
all when the package is imported cost about a third of the command line's
start-up, though most runs use few of them.  :func:`compile` returns a
:class:`LazyPattern` with the methods of :class:`re.Pattern` that the package
uses; the real pattern is compiled the first time one of them is called.

>>> p = compile(r"\\bfree\\b")
>>> p.search("it is free software").group(0), p.pattern
('free', '\\\\bfree\\\\b')
"""

from __future__ import annotations

import atexit
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .userdirs import cache_dir

try:  # the regular-expression engine's own compiler (CPython 3.11 and later)
    import _sre
    from re import _compiler, _parser
except ImportError:  # another version or implementation: patterns compile as usual
    _sre = None


class LazyPattern:
    """A :class:`re.Pattern` compiled on first use."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            self._compiled = _STORE.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, string: str, *args: int) -> re.Match[str] | None:
        return self.compiled().search(string, *args)

    def match(self, string: str, *args: int) -> re.Match[str] | None:
        return self.compiled().match(string, *args)

    def fullmatch(self, string: str, *args: int) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, *args)

    def finditer(self, string: str, *args: int) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, *args)

    def findall(self, string: str, *args: int) -> list[Any]:
        return self.compiled().findall(string, *args)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str,
             count: int = 0) -> tuple[str, int]:
        return self.compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)


class CompiledStore:
    """Compiled patterns kept between runs: the engine's code of each pattern, so a new
    process skips the parser and the compiler (about 0.1 s for the clause reader's
    patterns, a sixth of a short run).

    The file (JSON, in the user cache) is keyed by the Python version and the engine's
    magic number; the engine validates the code it is given, and anything unexpected
    (another Python, a damaged file) means compiling as usual.  New patterns are
    written when the process ends.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._known: dict[str, list[Any]] | None = None
        self._new: dict[str, list[Any]] = {}

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, from the stored code when there is some."""
        if _sre is None or self.path is None or not isinstance(pattern, str):
            return re.compile(pattern, flags)
        key = f"{flags}:{pattern}"
        if self._known is None:
            self._known = self._read()
        stored = self._known.get(key)
        if stored is not None:
            try:
                final, code, groups, groupindex, indexgroup = stored
                return _sre.compile(pattern, final, code, groups, groupindex, tuple(indexgroup))
            except Exception:  # noqa: BLE001 - bad stored code: compile as usual
                self._known.pop(key, None)
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        entry = [flags | parsed.state.flags, list(code), parsed.state.groups - 1, groupindex,
                 indexgroup]
        if not self._new:
            atexit.register(self.save)
        if len(self._known) + len(self._new) < MAX_STORED:
            self._new[key] = entry
        return _sre.compile(pattern, entry[0], code, entry[2], groupindex, tuple(indexgroup))

    def _read(self) -> dict[str, list[Any]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8")) if self.path else {}
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def save(self) -> None:
        """Write the patterns compiled in this process (atomically; silently not, when
        the cache is not writable)."""
        if not self._new or self.path is None:
            return
        merged = {**self._read(), **self._new}
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(merged, separators=(",", ":")), encoding="utf-8")
            os.replace(tmp, self.path)
            self._new.clear()
        except OSError:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass


def _store_path() -> Path | None:
    """Where the compiled patterns are kept (the user cache)."""
    if _sre is None:
        return None
    version = f"{sys.implementation.name}{sys.version_info[0]}.{sys.version_info[1]}"
    return cache_dir() / f"regex-{version}-{_sre.MAGIC}.json"


#: patterns kept at most (the package's own are a few hundred)
MAX_STORED = 5000
#: the store every lazy pattern compiles through
_STORE = CompiledStore(_store_path())


def compile_now(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile``, through the store of compiled patterns (for patterns made at run
    time and cached by the caller, such as a phrase's regex)."""
    return _STORE.compile(pattern, flags)


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - mirrors re.compile
    """A pattern compiled the first time it is used."""
    return LazyPattern(pattern, flags)
