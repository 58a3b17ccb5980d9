"""Throughput on a realistic mix, whole processes side by side with the peers.

    python benchmarks/mix.py [--files 400] [--corpus ../shared/corpus] [--no-peers]

Builds N files in a temporary folder: the corpus' license files and model
licenses (when ../shared/corpus is there), common licenses from the packaged
LicenseDB snapshot, and texts that are no license, each with a copyright line
of its own (as real trees have them).  Then, on the same files in the same run:

* the whole ``licenselens classify --json FILE...`` process, with ``--jobs 1``
  and with the default (every core for more than 200 files);
* licenseclassifier's and askalono's whole processes (benchmarks/peers.py in the
  peers' virtualenv, benchmarks/setup-peers.sh), and the ratio;
* licenselens in one warm process: files/s, and what each stage costs;
* peak memory (max RSS) of each process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: runs of each whole process
RUNS = 5
ROOT = HERE.parent
PEERS_VENV = Path(os.environ.get("LICENSELENS_PEERS_VENV",
                                 Path.home() / ".cache" / "licenselens-bench" / "peers"))
#: common licenses, by ScanCode key, and how often each appears in the mix (relative)
COMMON = {"mit": 30, "apache-2.0": 25, "bsd-new": 12, "bsd-simplified": 6, "isc": 4,
          "gpl-2.0": 4, "gpl-3.0": 5, "lgpl-2.1": 3, "lgpl-3.0": 2, "mpl-2.0": 3, "unlicense": 2,
          "cc-by-4.0": 2, "cc0-1.0": 2, "llama-3.1-license-2024": 1, "gemma-tou-2024-04-01": 1}
NOT_LICENSES = [
    "This folder holds the sources of the example tool. Build it with make.",
    "Changelog\n\n1.2.0 - fixed the parser\n1.1.0 - first public release",
    "Contributors: see the AUTHORS file. Thanks to everybody who sent patches.",
    "def main():\n    print('hello world')\n\nif __name__ == '__main__':\n    main()\n",
]


def build(folder: Path, n: int, corpus: Path | None, seed: int = 7) -> list[Path]:
    """The mix: n files, each with a copyright line of its own."""
    from licenselens.knowledge import snapshot

    rng = random.Random(seed)
    texts = snapshot.licenses()
    pool: list[str] = []
    for key, weight in COMMON.items():
        body = (texts.get(key) or {}).get("text")
        if body:
            pool += [body] * weight
    real = []
    if corpus is not None:
        for sub in ("std", "models"):
            real += [p.read_text(encoding="utf-8", errors="replace")
                     for p in sorted((corpus / sub).glob("*"))]
    files = []
    for i in range(n):
        r = rng.random()
        if r < 0.05:
            body = rng.choice(NOT_LICENSES)
        elif r < 0.35 and real:
            body = rng.choice(real)
        else:
            body = rng.choice(pool)
        year = rng.randint(1995, 2026)
        head = f"Copyright (c) {year} {rng.choice(['Ada', 'Bo', 'Chen', 'Dana'])} Person {i}\n\n"
        path = folder / f"f{i:04d}" / "LICENSE"
        path.parent.mkdir()
        path.write_text(head + body, encoding="utf-8")
        files.append(path)
    return files


def timed(cmd: list[str]) -> tuple[float, int, str]:
    """Wall seconds, peak RSS (MB) of the process and its children (GNU time), stdout."""
    gnu_time = Path("/usr/bin/time")
    wrap = [str(gnu_time), "-f", "%M"] if gnu_time.exists() else []
    t = time.perf_counter()
    proc = subprocess.run(wrap + cmd, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t
    last = proc.stderr.strip().splitlines()[-1:] if wrap else []
    peak = int(last[0]) // 1024 if last and last[0].isdigit() else -1
    return wall, peak, proc.stdout


_STAGES = r"""
import cProfile, pstats, sys, time, io
import licenselens
from licenselens.pipeline import texts as T
from licenselens.knowledge import snapshot
files = sys.argv[1:]
bodies = [open(f, encoding='utf-8', errors='replace').read() for f in files]
# warm-up on other texts (every one-time cost paid: index, numpy, the clause reader's
# patterns), then the mix through an empty work-once memo: steady state on new files
others = [e["text"] for k, e in sorted(snapshot.licenses().items())
          if e.get("text") and k not in COMMON][::97][:25]
for text in others + ["This folder holds an example. Nothing here is a license.",
                      "You may use this for research only; do not redistribute it."]:
    licenselens.classify_text(text)
passes = []
for _ in range(5):  # five passes, each through an empty memo: the median
    T._MEMO = T.TextMemo()
    t = time.perf_counter()
    for i, b in enumerate(bodies):
        licenselens.classify_text(b, source=files[i])
    passes.append(time.perf_counter() - t)
warm = sorted(passes)[2]
T._MEMO = T.TextMemo()
prof = cProfile.Profile()
prof.enable()
for i, b in enumerate(bodies):
    licenselens.classify_text(b, source=files[i])
prof.disable()
st = pstats.Stats(prof)
stages = {"decode/tokenise": "normalise.py", "identify": "identify/", "judge": "judge/",
          "work-once memo": "pipeline/memo.py"}
out = {}
for (file, _line, _name), (_cc, _nc, tt, _ct, _callers) in st.stats.items():
    for stage, part in stages.items():
        if part in file:
            out[stage] = out.get(stage, 0.0) + tt
import json, resource
print(json.dumps({"warm_files_per_s": len(bodies) / warm, "stages_s": out,
                  "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=400)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--peers", default="licenseclassifier,askalono",
                    help="peers to run, comma-separated (default: %(default)s)")
    args = ap.parse_args()
    corpus = Path(args.corpus) if Path(args.corpus).is_dir() else None
    exe = str(Path(sys.executable).with_name("licenselens"))
    with tempfile.TemporaryDirectory() as tmp:
        files = [str(p) for p in build(Path(tmp), args.files, corpus)]
        # a run over all of them first: every cache entry is built (the cache is warm)
        subprocess.run([exe, "classify", "--json", *files], capture_output=True, check=False)
        # every command runs RUNS times, the commands taking turns (ours, then each peer,
        # again and again), so a slower spell of a shared machine falls on all of them
        commands = [("licenselens --jobs 1", [exe, "classify", "--json", "--jobs", "1", *files]),
                    ("licenselens (default jobs)", [exe, "classify", "--json", *files])]
        py = PEERS_VENV / "bin" / "python"
        peer_names = [] if args.no_peers or not py.exists() else args.peers.split(",")
        commands += [(peer, [str(py), str(HERE / "peers.py"), "--peer", peer, *files])
                     for peer in peer_names]
        runs: dict[str, list[tuple[float, int, str]]] = {name: [] for name, _ in commands}
        for _ in range(RUNS):
            for name, cmd in commands:
                runs[name].append(timed(cmd))
        measured = [(name, statistics.median(r[0] for r in runs[name]),
                     max(r[1] for r in runs[name])) for name, _ in commands]
        rows = [m for m in measured if m[0].startswith("licenselens")]
        peers = [m for m in measured if not m[0].startswith("licenselens")]
        stages = json.loads(subprocess.run([sys.executable, "-c",
                                            f"COMMON = {sorted(COMMON)!r}\n" + _STAGES, *files],
                                           capture_output=True, text=True).stdout)
    print(f"mix: {args.files} files ({'corpus + ' if corpus else ''}LicenseDB snapshot texts + "
          f"non-licenses, each with its own copyright line); {os.cpu_count()} cores")
    print(f"| process | wall s (median of {RUNS}, taking turns) | files/s | peak MB |")
    print("|---|---|---|---|")
    for name, wall, mb in rows + peers:
        print(f"| {name} | {wall:.2f} | {args.files / wall:.0f} | {mb} |")
    fastest = min((p for p in peers), key=lambda p: p[1], default=None)
    if fastest is not None:
        best = min(r[1] for r in rows)
        print(f"\nlicenselens is {fastest[1] / best:.2f}x as fast as the fastest peer "
              f"({fastest[0]}), whole process, same files, same run")
    print(f"\nwarm, one process (after a warm-up on other texts; median of 5 passes, each "
          "through an emptied memo): "
          f"{stages['warm_files_per_s']:.0f} files/s, peak "
          f"{stages['max_rss_mb']} MB; own time per stage (s, first pass without the "
          "work-once memo): " + ", ".join(f"{k} {v:.2f}" for k, v in
                                         sorted(stages["stages_s"].items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
