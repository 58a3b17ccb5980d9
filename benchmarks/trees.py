"""Whole environments: a virtualenv of about 50 common packages, scanned by licenselens
and, when available, by pip-licenses and ScanCode on the same folder.

    python benchmarks/trees.py [--venv /tmp/licenselens-bench-trees/venv] [--no-scancode]

Creates the virtualenv once (pip from PyPI; reused while it exists), installs
pip-licenses into it, then prints for each tool: packages found, how often the
license found in the files agrees with the declared one, files (or packages)
per second, and peak memory.  ScanCode runs from the peers' virtualenv
(benchmarks/setup-peers.sh) on the ``*.dist-info`` folders only (``--include``):
the whole tree takes it too long; the limit is printed.  Figures are printed,
never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PACKAGES = [
    "requests", "urllib3", "certifi", "idna", "charset-normalizer", "numpy", "pandas",
    "python-dateutil", "pytz", "six", "pyyaml", "click", "jinja2", "markupsafe", "attrs",
    "packaging", "setuptools", "wheel", "prettytable", "wcwidth", "rich", "pygments",
    "markdown-it-py", "mdurl", "typing-extensions", "pydantic", "annotated-types", "flask",
    "werkzeug", "itsdangerous", "blinker", "sqlalchemy", "greenlet", "pytest", "pluggy",
    "iniconfig", "tomli", "toml", "cryptography", "cffi", "pycparser", "tqdm", "filelock",
    "platformdirs", "virtualenv", "distlib", "boto3", "botocore", "s3transfer", "jmespath",
    "docutils", "sphinx", "babel", "scipy", "pillow", "lxml",
]
DEFAULT_VENV = Path(tempfile.gettempdir()) / "licenselens-bench-trees" / "venv"
PEERS = Path(os.environ.get("LICENSELENS_PEERS_VENV",
                            Path.home() / ".cache" / "licenselens-bench" / "peers"))


def ensure_venv(venv: Path) -> Path:
    """The benchmark virtualenv (created and filled once) and its site-packages."""
    marker = venv / ".licenselens-bench-ready"
    if not marker.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", *PACKAGES, "pip-licenses"],
                       check=True)
        marker.write_text("ok\n", encoding="utf-8")
    return next((venv / "lib").glob("python3*/site-packages"))


def timed(cmd: list[str], **kw) -> tuple[bytes, float, int, int]:
    """Run ``cmd``; (stdout, seconds, peak RSS in MB of that process tree's largest, rc)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL, **kw)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - start
        out.seek(0)
        data = out.read()
    return data, seconds, usage.ru_maxrss // 1024, proc.returncode


def count_files(site: Path) -> int:
    return sum(len(files) for _, _, files in os.walk(site))


def ids(expression: str | None) -> set[str]:
    """License ids of an expression, lower-cased (operators and parentheses dropped)."""
    words = re.sub(r"[()]", " ", expression or "").split()
    return {w.lower() for w in words if w.upper() not in ("AND", "OR", "WITH")}


def run_licenselens(site: Path, nfiles: int) -> dict:
    exe = [sys.executable, "-m", "licenselens"]
    data, secs, rss, rc = timed([*exe, "packages", str(site), "--format", "json"])
    pkgs = json.loads(data)
    agreement: dict[str, int] = {}
    strict = [0, 0]  # ScanCode's rule: the same ids declared as found, where both exist
    for p in pkgs:
        agreement[p["agreement"]] = agreement.get(p["agreement"], 0) + 1
        if ids(p.get("declared")) and ids(p.get("found")):
            strict[ids(p["declared"]) != ids(p["found"])] += 1
    _, tsecs, trss, trc = timed([*exe, "classify", "--json", str(site)])
    return {"packages": len(pkgs), "agreement": agreement, "strict": strict,
            "packages_seconds": secs,
            "packages_rss_mb": rss, "packages_rc": rc, "classify_seconds": tsecs,
            "classify_files_per_s": nfiles / tsecs, "classify_rss_mb": trss, "classify_rc": trc,
            "declared": {p["package"].lower(): p.get("declared") for p in pkgs}}


def run_pip_licenses(venv: Path, declared_by_us: dict[str, str | None]) -> dict | None:
    exe = venv / "bin" / "pip-licenses"
    if not exe.exists():
        return None
    data, secs, rss, rc = timed([str(exe), "--format=json", "--from=mixed", "--with-system"])
    rows = json.loads(data or b"[]")
    from licenselens import identify  # its names ("MIT License; BSD License") as SPDX ids

    def theirs(value: str) -> set[str]:
        parts = [identify(v.strip()).expression for v in value.split(";") if v.strip()]
        return set().union(*(ids(p) for p in parts if p)) if parts else set()

    same = sum(1 for r in rows if declared_by_us.get(r["Name"].lower()) is not None
               and theirs(r["License"]) == ids(declared_by_us[r["Name"].lower()]))
    unknown = sum(1 for r in rows if r["License"] in ("UNKNOWN", ""))
    return {"packages": len(rows), "seconds": secs, "rss_mb": rss, "rc": rc,
            "same_declared_as_licenselens": same, "unknown": unknown}


def run_scancode(site: Path) -> dict | None:
    exe = PEERS / "bin" / "scancode"
    if not exe.exists():
        return None
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "scan.json"
        _, secs, rss, rc = timed([str(exe), "--license", "--package", "--info", "-n", "2",
                                  "--include", "*.dist-info*", "--quiet", "--json", str(out),
                                  str(site)])
        data = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    files = [f for f in data.get("files", []) if f.get("type") == "file"]
    packages = data.get("packages", [])
    by_info: dict[str, set[str]] = {}
    for f in files:
        m = re.search(r"([^/]+\.dist-info)/", f["path"])
        if m and f.get("detected_license_expression_spdx"):
            by_info.setdefault(m.group(1), set()).update(ids(f["detected_license_expression_spdx"]))
    agree = disagree = 0
    for pkg in packages:
        declared = ids(pkg.get("declared_license_expression_spdx"))
        infos = [d for d in by_info if d.lower().startswith(
            re.sub(r"[-_.]+", "_", pkg.get("name") or "").lower() + "-")]
        found = set().union(*(by_info[d] for d in infos)) if infos else set()
        if declared and found:
            agree += declared == found
            disagree += declared != found
    return {"packages": len(packages), "files_scanned": len(files), "seconds": secs,
            "files_per_s": len(files) / secs if secs else 0.0, "rss_mb": rss, "rc": rc,
            "agree": agree, "disagree": disagree, "limit": "--include '*.dist-info*'"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--venv", type=Path, default=DEFAULT_VENV)
    ap.add_argument("--no-scancode", action="store_true")
    args = ap.parse_args()
    site = ensure_venv(args.venv)
    nfiles = count_files(site)
    print(f"tree: {site} ({nfiles} files)")
    ours = run_licenselens(site, nfiles)
    print(f"licenselens packages: {ours['packages']} packages in {ours['packages_seconds']:.1f} s"
          f" (rc {ours['packages_rc']}), peak {ours['packages_rss_mb']} MB; declared vs found: "
          + ", ".join(f"{k} {v}" for k, v in sorted(ours["agreement"].items()))
          + f"; same ids declared and found (ScanCode's rule): agree {ours['strict'][0]}, "
          f"disagree {ours['strict'][1]}")
    print(f"licenselens classify: {nfiles} files in {ours['classify_seconds']:.1f} s = "
          f"{ours['classify_files_per_s']:.0f} files/s (rc {ours['classify_rc']}), "
          f"peak {ours['classify_rss_mb']} MB")
    pl = run_pip_licenses(args.venv, ours["declared"])
    if pl is None:
        print("pip-licenses: not installed in the benchmark venv")
    else:
        print(f"pip-licenses: {pl['packages']} packages in {pl['seconds']:.1f} s, peak "
              f"{pl['rss_mb']} MB; UNKNOWN license {pl['unknown']}; same declared ids as "
              f"licenselens for {pl['same_declared_as_licenselens']} (it reads declarations "
              "only, never the files)")
    sc = None if args.no_scancode else run_scancode(site)
    if sc is None:
        print("scancode: not run (peers venv missing or --no-scancode)")
    else:
        print(f"scancode ({sc['limit']}): {sc['packages']} packages, {sc['files_scanned']} files "
              f"in {sc['seconds']:.1f} s = {sc['files_per_s']:.1f} files/s (rc {sc['rc']}), peak "
              f"{sc['rss_mb']} MB; declared vs found: agree {sc['agree']}, "
              f"disagree {sc['disagree']}")


if __name__ == "__main__":
    main()
