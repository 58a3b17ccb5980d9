"""The ``licenselens data`` command: which reference data is in use, and how to
bring in a newer LicenseDB.

    licenselens data info [--json]
    licenselens data update --from PATH [--force]

``PATH`` is a LicenseDB checkout (``licenses/*.LICENSE``), a scancode-toolkit
wheel or installed package, or the LicenseDB's published JSON index folder.
The new snapshot is written into the user cache (``$LICENSELENS_CACHE``) and
wins over the packaged one from then on.

The CLI wires it with ``data.add_parser(subparsers)`` and dispatches
``args.func(args)`` (or ``data.run(args)``), which returns the exit status:
0 on success, 1 when the source or the snapshot could not be read (the
reason goes to stderr as one line).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from ..errors import LicenselensError
from ..knowledge import snapshot


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``data`` command (with ``info`` and ``update``) to an argparse subparsers."""
    p = subparsers.add_parser("data", help="the reference data (LicenseDB snapshot): info, update",
                              description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="data_command", metavar="{info,update}")
    sub.required = True
    info = sub.add_parser("info", help="the snapshot in use: version, date, counts, cache location")
    info.add_argument("--json", action="store_true", help="print one JSON object")
    upd = sub.add_parser("update", help="build a snapshot from a LicenseDB into the user cache")
    upd.add_argument("--from", dest="source", required=True, metavar="PATH",
                     help="a LicenseDB checkout, scancode-toolkit wheel or install, "
                          "or the LicenseDB JSON index folder")
    upd.add_argument("--force", action="store_true",
                     help="use it even when it is older than the packaged snapshot")
    upd.add_argument("--json", action="store_true", help="print the new snapshot's header as JSON")
    p.set_defaults(func=run)
    return p


def format_info(info: dict[str, Any]) -> str:
    """``data info`` as text lines."""
    counts = info.get("counts", {})
    src = info.get("source", {})
    lines = [
        f"data version:  {info['data_version']}",
        f"source:        {src.get('package', '?')} {src.get('version', '?')} ({src.get('kind', '?')})",
        f"LicenseDB date: {info.get('licensedb_date') or 'unknown'}",
        f"generated:     {info.get('generated', '')}",
        f"licenses:      {counts.get('licenses', 0)} ({counts.get('with_text', 0)} with text, "
        f"{counts.get('spdx_ids', 0)} with an SPDX id, {counts.get('exceptions', 0)} exceptions, "
        f"{counts.get('deprecated', 0)} deprecated)",
        f"active:        {info['active']} ({info['origin']})",
        f"cache dir:     {info['cache_dir']}",
    ]
    inactive = info.get("inactive")
    if inactive:
        state = inactive["data_version"] if inactive["readable"] else "unreadable"
        lines.append(f"not in use:    {inactive['path']} ({state})")
    lines.append(f"credit:        {info.get('credit', '')}")
    return "\n".join(lines)


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run ``data info`` or ``data update``; the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        if args.data_command == "update":
            header = snapshot.data_update(args.source, force=args.force)
            if args.json:
                print(json.dumps(header, indent=2, sort_keys=True), file=out)
            else:
                counts = header["counts"]
                print(f"wrote {snapshot.cached_path()}: {header['data_version']}, "
                      f"{counts['licenses']} licenses ({counts['with_text']} with text)", file=out)
            return 0
        info = snapshot.data_info()
        if args.json:
            print(json.dumps(info, indent=2, sort_keys=True), file=out)
        else:
            print(format_info(info), file=out)
        return 0
    except LicenselensError as exc:
        print(f"licenselens data: {exc}", file=err)
        return 1
