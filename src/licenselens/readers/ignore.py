"""``.gitignore`` files and include/exclude globs, with Git's precedence.

Patterns are compiled by :mod:`pathspec` (Git's wildmatch rules).  A
``.gitignore`` applies to its own folder and below; the deepest file with a
matching pattern decides, and within one file the last matching pattern wins
(so ``!keep.log`` re-includes what ``*.log`` ignored).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

#: bytes of one .gitignore read (a larger one is cut, with a warning)
MAX_GITIGNORE_BYTES = 1_000_000


class Patterns:
    """A compiled Git-style pattern set that tells ignored, re-included or unmatched."""

    def __init__(self, spec: object) -> None:
        self.spec = spec
        self._negations = any(p.include is False for p in spec.patterns)  # type: ignore[attr-defined]

    def verdict(self, relpath: str) -> bool | None:
        """True (ignored), False (re-included by a ``!`` pattern) or None (no pattern matches).

        ``relpath`` is POSIX and relative to the pattern file's folder; a
        folder ends with ``/``.
        """
        if not self._negations:  # the common case: one compiled match
            return True if self.spec.match_file(relpath) else None  # type: ignore[attr-defined]
        decided: bool | None = None
        for pattern in self.spec.patterns:  # type: ignore[attr-defined]
            if pattern.include is not None and pattern.match_file(relpath) is not None:
                decided = bool(pattern.include)
        return decided


def compile_patterns(lines: Iterable[str]) -> Patterns | None:
    """Compiled Git-style patterns, or None when there is no pattern.

    Raises ``ValueError`` for a pattern pathspec cannot compile.
    """
    import pathspec

    spec = pathspec.GitIgnoreSpec.from_lines([ln.rstrip("\r\n") for ln in lines])
    return Patterns(spec) if any(p.include is not None for p in spec.patterns) else None


class IgnoreStack:
    """The ``.gitignore`` files met on the way down, one per folder (relative POSIX path)."""

    def __init__(self) -> None:
        self._specs: dict[str, Patterns] = {}
        self._order: list[str] = []

    def add(self, folder: str, text: str, source: str, warnings: list[str]) -> None:
        """Compile the ``.gitignore`` of ``folder`` ('' for the root); bad patterns warn."""
        try:
            spec = compile_patterns(text.splitlines())
        except (ValueError, TypeError) as exc:
            warnings.append(f"{source}: unreadable .gitignore pattern ({exc}): file not used")
            return
        if spec is not None:
            self._specs[folder] = spec
            self._order = sorted(self._specs, key=lambda f: (-f.count("/"), -len(f), f))

    def ignored(self, relpath: str, is_dir: bool) -> bool:
        """True when the nearest ``.gitignore`` with a matching pattern ignores ``relpath``."""
        if not self._specs:
            return False
        suffix = "/" if is_dir else ""
        for folder in self._order:  # deepest first
            if folder and not relpath.startswith(folder + "/"):
                continue
            decided = self._specs[folder].verdict(relpath[len(folder) + 1 if folder else 0:]
                                                  + suffix)
            if decided is not None:
                return decided
        return False


class Globs:
    """The caller's include and exclude globs (Git wildmatch, relative to the root)."""

    def __init__(self, include: Sequence[str] = (), exclude: Sequence[str] = ()) -> None:
        self.include = compile_patterns(include) if include else None
        self.exclude = compile_patterns(exclude) if exclude else None

    def excluded_dir(self, relpath: str) -> bool:
        """True when an exclude glob drops the folder (it is not entered)."""
        return self.exclude is not None and self.exclude.verdict(relpath + "/") is True

    def wanted_file(self, relpath: str) -> bool:
        """True unless an exclude glob drops the file or include globs leave it out."""
        if self.exclude is not None and self.exclude.verdict(relpath) is True:
            return False
        return self.include is None or self.include.verdict(relpath) is True
