"""The exception hierarchy of licenselens.

Every error the library raises is a :class:`LicenselensError`; its message
names the input and the reason.  The library never prints.
"""

from __future__ import annotations


class LicenselensError(Exception):
    """Base class of every error raised by licenselens."""


class InputError(LicenselensError):
    """An input could not be read at all (missing path, permission, I/O error)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class PolicyError(LicenselensError):
    """A policy file is malformed or has values outside the allowed ones."""


class KnowledgeBaseError(LicenselensError):
    """A license record in the knowledge base is malformed."""


class DataError(LicenselensError):
    """The reference data (a LicenseDB snapshot or a source to build one from) is unusable."""


class DataSourceError(DataError):
    """A LicenseDB source given to ``data update`` could not be read."""


class SnapshotError(DataError):
    """A LicenseDB snapshot file is missing, truncated or not in the snapshot format."""


class ArgumentError(LicenselensError, TypeError):
    """A function was given an argument of the wrong type (e.g. bytes instead of str)."""


class FormatError(LicenselensError, ValueError):
    """An option names an output format, style or value that does not exist."""


class OptionError(LicenselensError, ValueError):
    """An option has a value outside its allowed range (a negative size limit, ``max_files=0``)."""
