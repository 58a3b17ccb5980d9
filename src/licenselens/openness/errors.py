"""Errors of the openness scorecard: every one names the file and the field at fault."""

from __future__ import annotations

from ..errors import LicenselensError


class ProfileError(LicenselensError, ValueError):
    """A model profile (ours or a MOF file) is malformed.

    ``source`` is the file (or ``<dict>`` for a profile built in memory),
    ``field`` the dotted path of the offending field (``components.basics.weights``).
    """

    def __init__(self, source: str, field: str, reason: str) -> None:
        where = f"{source}: {field}" if field else source
        super().__init__(f"{where}: {reason}")
        self.source = source
        self.field = field
        self.reason = reason


class StatsError(LicenselensError, ValueError):
    """A table of hub statistics (CSV or JSON) is malformed."""

    def __init__(self, source: str, where: str, reason: str) -> None:
        super().__init__(f"{source}: {where}: {reason}" if where else f"{source}: {reason}")
        self.source = source
        self.where = where
        self.reason = reason


class ChartError(LicenselensError):
    """A chart could not be drawn (e.g. PNG asked for without matplotlib)."""
