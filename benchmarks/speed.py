"""Speed and memory of licenselens, side by side with the peers, on the corpus files.

    python benchmarks/speed.py [--corpus ../shared/corpus] [--passes 20]

Figures: files/s in one process after warm-up (several passes over every
file), median ms per file, cold start of ``licenselens classify FILE`` (a new
process, index cache warm), peak memory (max RSS of a process doing the warm
run).  Peers run in their own virtualenv through benchmarks/peers.py.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PEERS_VENV = Path(os.environ.get("LICENSELENS_PEERS_VENV",
                                 Path.home() / ".cache/licenselens-bench/peers"))

_WARM = r"""
import json, resource, statistics, sys, time
import licenselens
from licenselens.pipeline import texts as T
files = sys.argv[2:]
passes = int(sys.argv[1])
texts = [open(f, encoding="utf-8", errors="replace").read() for f in files]
for t in texts:
    licenselens.classify_text(t)
per = []
start = time.perf_counter()
for _ in range(passes):
    T._MEMO = T.TextMemo()  # every pass judges every file (repeats are benchmarks/mix.py's)
    for t in texts:
        s = time.perf_counter()
        licenselens.classify_text(t)
        per.append(time.perf_counter() - s)
total = time.perf_counter() - start
print(json.dumps({"files_per_s": len(per) / total, "median_ms": statistics.median(per) * 1000,
                  "max_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def machine() -> str:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def _our_command() -> str | None:
    """The ``licenselens`` command of this Python's environment (else one on PATH)."""
    beside = Path(sys.executable).with_name("licenselens")
    return str(beside) if beside.exists() else shutil.which("licenselens")


def _warm_median(cmd: list[str], runs: int) -> float:
    """Median wall time of ``cmd`` as a new process, after one run that fills the caches."""
    subprocess.run(cmd, capture_output=True, check=False)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=False)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def cold_start(file: Path, runs: int = 7) -> float:
    exe = _our_command()
    cmd = [exe, "classify", str(file)] if exe else [sys.executable, "-m", "licenselens",
                                                    "classify", str(file)]
    return _warm_median(cmd, runs)


def first_use(file: Path, runs: int = 3) -> float:
    """``licenselens classify FILE`` with an empty user cache: the reference index and the
    knowledge base are built from the LicenseDB snapshot (median of ``runs``)."""
    import tempfile

    exe = _our_command()
    cmd = [exe, "classify", str(file)] if exe else [sys.executable, "-m", "licenselens",
                                                    "classify", str(file)]
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            env = {**os.environ, "LICENSELENS_CACHE": tmp}
            t = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=False, env=env)
            times.append(time.perf_counter() - t)
    return statistics.median(times)


def snapshot_figures() -> str:
    """Size of the packaged LicenseDB snapshot and the time to read all of it."""
    code = ("import time; from licenselens.knowledge import snapshot as s; t=time.perf_counter(); "
            "n=len(s.read_licenses(s.packaged_path())); p=s.packaged_path(); "
            "print(f'{p.name}: {p.stat().st_size/1e6:.2f} MB, {n} licenses, "
            "{s.active().data_version}, full read {time.perf_counter()-t:.2f} s')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    return out.stdout.strip() or out.stderr.strip()[-200:]


def peer_cold_start(peer: str, file: Path, runs: int = 7) -> float:
    """A peer's whole process on one file (``peers.py --peer PEER FILE``), median of
    ``runs``: the same kind of figure as :func:`cold_start`."""
    cmd = [str(PEERS_VENV / "bin" / "python"), str(HERE / "peers.py"), "--peer", peer, str(file)]
    return _warm_median(cmd, runs)


def peer_figures(peer: str, files: list[Path], passes: int) -> dict | None:
    py = PEERS_VENV / "bin" / "python"
    if not py.exists():
        return None
    reps = max(1, passes // 5) if peer != "scancode" else 1
    t = time.perf_counter()
    proc = subprocess.run([str(py), str(HERE / "peers.py"), "--peer", peer, "--repeat",
                           str(reps), *map(str, files)], capture_output=True, text=True,
                          timeout=3600)
    wall = time.perf_counter() - t
    lines = [json.loads(x) for x in proc.stdout.splitlines() if x.startswith("{")]
    if not lines or "peer" not in lines[-1]:
        return None
    summary = lines[-1]
    per = [x["seconds"] for x in lines[:-1]]
    return {
        "files_per_s": summary["files"] / summary["total_seconds"] if summary["total_seconds"] else 0,
        "median_ms": statistics.median(per) * 1000 if per else 0.0,
        "cold_s": peer_cold_start(peer, files[0]),
        "max_rss_kb": summary["max_rss_kb"],
        "wall_s": wall,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus")
    ap.add_argument("--passes", type=int, default=20)
    ap.add_argument("--no-peers", action="store_true")
    args = ap.parse_args()
    cands = [Path(args.corpus)] if args.corpus else [HERE.parent.parent / "shared" / "corpus",
                                                     Path("/work/shared/corpus")]
    corpus = next((c for c in cands if (c / "std").is_dir()), None)
    if corpus is None:
        print("speed: corpus not found (expected ../shared/corpus); nothing to measure")
        return 0
    files = sorted((corpus / "std").iterdir()) + sorted((corpus / "models").iterdir())
    print(f"machine: {machine()}")
    print(f"files: {len(files)} ({sum(f.stat().st_size for f in files) // 1024} KiB) from {corpus}")
    warm = subprocess.run([sys.executable, "-c", _WARM, str(args.passes), *map(str, files)],
                          capture_output=True, text=True, check=True)
    ours = json.loads(warm.stdout.strip().splitlines()[-1])
    rows = [("licenselens", ours["files_per_s"], ours["median_ms"], cold_start(files[0]),
             ours["max_rss_kb"] / 1024)]
    if not args.no_peers:
        for peer in ("licenseclassifier", "askalono", "scancode"):
            fig = peer_figures(peer, files, args.passes)
            if fig:
                rows.append((peer, fig["files_per_s"], fig["median_ms"], fig["cold_s"],
                             fig["max_rss_kb"] / 1024))
    print()
    print("| tool | files/s (warm, 1 process) | median ms/file | cold start s | peak memory MB |")
    print("|---|---|---|---|---|")
    for name, fps, med, cold, mem in rows:
        print(f"| {name} | {fps:.0f} | {med:.2f} | {cold:.2f} | {mem:.0f} |")
    print("\ncold start: licenselens = `licenselens classify FILE` as a new process (median of 7, "
          "cache warm); peers = their whole process on the same file (benchmarks/peers.py), "
          "median of 7.")
    print(f"first use: licenselens = the same with an empty cache (index and knowledge base "
          f"built from the snapshot), median of 3: {first_use(files[0]):.2f} s")
    print(f"snapshot: {snapshot_figures()}")
    if len(rows) == 1:
        print("(peers not measured: run benchmarks/setup-peers.sh first)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
