"""Refresh the packaged LicenseDB snapshot from a scancode-toolkit wheel.

    python tools/refresh_data.py                      # newest scancode-toolkit on the index
    python tools/refresh_data.py --version 32.5.0     # that release
    python tools/refresh_data.py --wheel PATH.whl     # a wheel (or install, or LicenseDB folder) at hand

Downloads the wheel with ``pip download --no-deps`` (scancode is never
installed nor imported), reads ``licensedcode/data/licenses/*.LICENSE`` out of
it and writes ``src/licenselens/data/licensedb-snapshot.jsonl.xz``: one xz
file of JSON lines, a header (source, LicenseDB date, counts, digest,
CC-BY-4.0 credit to nexB Inc. and the ScanCode contributors) then one line per
license.  Prints its size, the time to load it, and the counts.  Commit the
new snapshot, then run the tests and ``benchmarks/accuracy.py --snapshot``.
"""

from __future__ import annotations

import argparse
import lzma
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from licenselens.knowledge import snapshot  # noqa: E402
from licenselens.knowledge.licensedb import read_source  # noqa: E402


def download(version: str | None, dest: Path) -> Path:
    """The scancode-toolkit wheel, downloaded without its dependencies."""
    spec = f"scancode-toolkit=={version}" if version else "scancode-toolkit"
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                    "--python-version", "3.11", "--dest", str(dest), spec], check=True)
    wheels = sorted(dest.glob("scancode_toolkit-*.whl"))
    if not wheels:
        raise SystemExit("refresh_data: pip downloaded no scancode-toolkit wheel")
    return wheels[-1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--wheel", type=Path, help="a scancode-toolkit wheel, install or LicenseDB folder")
    ap.add_argument("--version", help="the scancode-toolkit release to download")
    ap.add_argument("--out", type=Path, default=snapshot.packaged_path())
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source_path = args.wheel or download(args.version, Path(tmp))
        t0 = time.perf_counter()
        entries, source = read_source(source_path)
        data, header = snapshot.encode(entries, source, preset=9 | lzma.PRESET_EXTREME)
        t1 = time.perf_counter()
    snapshot.write(args.out, data)
    t2 = time.perf_counter()
    snapshot.read_licenses(args.out)
    t3 = time.perf_counter()
    print(f"source:   {source.package} {source.version} ({source.kind}: {source.path})")
    print(f"snapshot: {args.out} {len(data) / 1e6:.2f} MB, {header['data_version']}")
    print(f"counts:   {header['counts']}")
    print(f"read+compress {t1 - t0:.1f} s; write {t2 - t1:.2f} s; full load {t3 - t2:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
