"""Scale: classify_many over 1,000, 10,000 and 100,000 generated files, with 1 and 2 jobs.

    python benchmarks/scale.py                    # N = 1,000, 10,000, 100,000
    python benchmarks/scale.py --max 10000        # only the sizes up to 10,000
    python benchmarks/scale.py --sizes 2000 --jobs 1,2,4 --dir /tmp/scale-files

The files are variants of reference license texts taken at run time from the
installed ``licensedcode-data`` package (nothing of them is in this
repository), with real-world noise: a copyright line with another year and
holder, paragraphs re-wrapped to another width, CRLF line ends, a title or
trailing spaces; about 2% are texts of our own that match no license.  The
mix follows how often licenses are met in real trees (MIT and Apache first).

Each case runs in a new process: ``classify_many(paths, jobs=J)`` streamed
into ``write_jsonl`` (to a hash, so the outputs of 1 and 2 jobs can be
compared byte for byte).  Printed per case: seconds, files/s, the peak RSS
of the whole process tree (the case process and its workers, summed, sampled
every 50 ms from outside) and of the main process alone.  Then the ratios:
the speed-up of 2 jobs over 1 with "identical output", the cost per file and
the peak memory at each N against the smallest N (1.0 = linear cost, flat
memory).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from itertools import islice
from pathlib import Path

GENERATOR = "scale-v1"
PER_FOLDER = 1000
#: (ScanCode key, weight): roughly how often each is met in real source trees
MIX = [
    ("mit", 30), ("apache-2.0", 20), ("bsd-new", 8), ("gpl-3.0", 6), ("gpl-2.0", 5),
    ("bsd-simplified", 4), ("isc", 3), ("mpl-2.0", 3), ("lgpl-2.1", 2), ("unlicense", 2),
    ("cc-by-4.0", 2), ("cc0-1.0", 2), ("agpl-3.0", 1), ("lgpl-3.0", 1), ("zlib", 1),
    ("epl-2.0", 1), ("boost-1.0", 1), ("artistic-2.0", 1), ("python", 1), ("postgresql", 1),
    ("wtfpl-2.0", 1), ("x11", 1), ("ofl-1.1", 1), ("cc-by-nc-4.0", 1), ("cc-by-sa-4.0", 1),
    ("llama-2-license-2023", 1),
]
NO_LICENSE_SHARE = 0.02
HOLDERS = ["Ada Example", "The Example Project Authors", "Grace Sample Ltd.", "Widget Corp",
           "Jane Placeholder <jane@example.invalid>", "The Foo Bar Contributors", "Acme Labs"]
OWN_SENTENCES = [
    "This folder holds the sources of the example tool.",
    "Questions go to the maintainers listed in the project file.",
    "All rights are held by the authors; ask before you copy any part of it.",
    "Build it with the usual command and run the tests first.",
    "Nothing here may be shared outside the company without written approval.",
    "The data files were collected by the team during the spring survey.",
]


def reference_bodies() -> dict[str, str]:
    """The texts of :data:`MIX` from the packaged LicenseDB snapshot."""
    from licenselens.knowledge import snapshot

    texts = snapshot.licenses()
    return {key: texts[key]["text"] for key, _ in MIX if texts.get(key, {}).get("text")}


def variant(body: str, rng: random.Random) -> str:
    """One real-world looking copy of a license text."""
    year = rng.randint(1995, 2025)
    years = f"{year}-{year + rng.randint(1, 6)}" if rng.random() < 0.3 else str(year)
    head = f"Copyright (c) {years} {rng.choice(HOLDERS)}"
    text = body
    if rng.random() < 0.4:
        width = rng.randint(60, 100)
        text = "\n\n".join(textwrap.fill(" ".join(p.split()), width)
                           for p in body.split("\n\n") if p.strip())
    if rng.random() < 0.2:
        text = text.replace("\n", "  \n")
    text = f"{head}\n\n{text}\n" if rng.random() < 0.8 else f"{text}\n\n{head}\n"
    if rng.random() < 0.25:
        text = text.replace("\n", "\r\n")
    return text


def own_text(rng: random.Random) -> str:
    lines = rng.sample(OWN_SENTENCES, rng.randint(2, 4))
    return f"Notes for {rng.choice(HOLDERS)} ({rng.randint(1, 999)})\n\n" + "\n".join(lines) + "\n"


def generate(root: Path, n: int) -> None:
    """Write files ``root/dNNN/LICENSE-NNNNNN.txt`` up to ``n`` (kept for reruns)."""
    stamp = root / "manifest.json"
    try:
        have = json.loads(stamp.read_text())
        if have.get("generator") == GENERATOR and have.get("files", 0) >= n:
            return
    except (OSError, ValueError):
        pass
    bodies = reference_bodies()
    keys = [k for k, _ in MIX if k in bodies]
    weights = [w for k, w in MIX if k in bodies]
    rng = random.Random(20240610)
    start = time.perf_counter()
    for i in range(n):
        folder = root / f"d{i // PER_FOLDER:03d}"
        if i % PER_FOLDER == 0:
            folder.mkdir(parents=True, exist_ok=True)
        if rng.random() < NO_LICENSE_SHARE:
            text = own_text(rng)
        else:
            text = variant(bodies[rng.choices(keys, weights)[0]], rng)
        (folder / f"LICENSE-{i:06d}.txt").write_text(text, encoding="utf-8", newline="")
    stamp.write_text(json.dumps({"generator": GENERATOR, "files": n}))
    print(f"generated {n} files in {root} ({time.perf_counter() - start:.1f} s)", flush=True)


def iter_files(root: Path):
    """The generated files in order, one folder listed at a time."""
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        yield from (str(p) for p in sorted(folder.iterdir()))


class _HashSink:
    def __init__(self) -> None:
        self.sha = hashlib.sha256()

    def write(self, s: str) -> int:
        self.sha.update(s.encode("utf-8"))
        return len(s)

    def flush(self) -> None:
        pass


def run_case(root: Path, n: int, jobs: int) -> None:
    """In the case process: classify the first ``n`` files, print one JSON line."""
    import resource

    from licenselens.batch import classify_many, write_jsonl

    sink = _HashSink()
    start = time.perf_counter()
    count = write_jsonl(classify_many(islice(iter_files(root), n), jobs=jobs), sink)
    seconds = time.perf_counter() - start
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN)  # the workers, joined by now
    print(json.dumps({"n": count, "jobs": jobs, "seconds": seconds,
                      "cpu_main": me.ru_utime + me.ru_stime,
                      "cpu_workers": kids.ru_utime + kids.ru_stime,
                      "sha256": sink.sha.hexdigest(),
                      "main_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def _tree_rss_kb(pid: int) -> int:
    """Sum of VmRSS over ``pid`` and its descendants (Linux /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                parents[int(entry)] = int(stat[stat.rfind(")") + 2:].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    tree, frontier = {pid}, [pid]
    while frontier:
        p = frontier.pop()
        kids = [c for c, pp in parents.items() if pp == p and c not in tree]
        tree.update(kids)
        frontier.extend(kids)
    total = 0
    for p in tree:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except (OSError, ValueError):
            continue
    return total


def measure(root: Path, n: int, jobs: int) -> dict:
    """Run one case in a new process; sample its tree's RSS from here."""
    proc = subprocess.Popen([sys.executable, __file__, "--case", str(root), str(n), str(jobs)],
                            stdout=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(proc.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    start = time.perf_counter()
    sampler.start()
    out, _ = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode != 0:
        sys.exit(f"case N={n} jobs={jobs} failed (exit {proc.returncode})")
    res = json.loads(out.strip().splitlines()[-1])
    res.update(wall=wall, tree_rss_mb=peak / 1024, files_per_s=res["n"] / res["seconds"])
    return res


def _spin(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def free_cores(processes: int, seconds: float = 3.0) -> float:
    """Cores that ``processes`` busy processes get now (below that count: a shared machine)."""
    import multiprocessing
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    procs = [multiprocessing.Process(target=_spin, args=(seconds,)) for _ in range(processes)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return used / (time.perf_counter() - start)


def machine() -> str:
    """The machine (as benchmarks/speed.py says it) and how busy it is."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from speed import machine as cpu

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"{cpu()}, load average {load:.2f} at start"


def report(results: list[dict], sizes: list[int], jobs_list: list[int]) -> None:
    print(f"\n{'N':>8} {'jobs':>4} {'seconds':>8} {'files/s':>8} {'cpu ms/file':>11} "
          f"{'cores':>5} {'tree MB':>8} {'main MB':>8} {'wall s':>7}  output sha256")
    for r in results:
        cpu = r["cpu_main"] + r["cpu_workers"]
        print(f"{r['n']:>8} {r['jobs']:>4} {r['seconds']:>8.1f} {r['files_per_s']:>8.0f} "
              f"{cpu / r['n'] * 1000:>11.2f} {cpu / r['wall']:>5.2f} {r['tree_rss_mb']:>8.0f} "
              f"{r['main_rss_mb']:>8.0f} {r['wall']:>7.1f}  {r['sha256'][:16]}")
    print("(cpu ms/file: user+system time of the process tree per file, whatever else runs; "
          "cores: that time over the wall time, below the job count when the machine is shared)")
    by = {(r["n"], r["jobs"]): r for r in results}
    base_jobs = jobs_list[0]
    print(f"\nspeed-up over jobs={base_jobs} (same N), identical output:")
    for n in sizes:
        for j in jobs_list[1:]:
            a, b = by[(n, base_jobs)], by[(n, j)]
            same = "identical" if a["sha256"] == b["sha256"] else "DIFFERENT OUTPUT"
            bound = j / base_jobs * (a["cpu_main"] + a["cpu_workers"]) / (
                b["cpu_main"] + b["cpu_workers"])
            print(f"  N={n:>7} jobs={j}: {b['files_per_s'] / a['files_per_s']:.2f}x  {same}  "
                  f"(with {j} free cores, by CPU time: {bound:.2f}x)")
    print(f"\ngrowth against N={sizes[0]} (cost per file; peak tree memory), 1.00 = linear / flat:")
    for j in jobs_list:
        first = by[(sizes[0], j)]
        for n in sizes[1:]:
            r = by[(n, j)]
            cost = (r["seconds"] / r["n"]) / (first["seconds"] / first["n"])
            print(f"  jobs={j} N={n:>7}: cost per file x{cost:.2f}, "
                  f"memory x{r['tree_rss_mb'] / first['tree_rss_mb']:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000", help="numbers of files (comma list)")
    ap.add_argument("--max", type=int, default=None, help="leave out sizes above this")
    ap.add_argument("--jobs", default="1,2", help="job counts (comma list; first is the base)")
    ap.add_argument("--dir", default=None, help="where the files go (kept; default: a temp dir)")
    ap.add_argument("--case", nargs=3, metavar=("DIR", "N", "JOBS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.case:
        run_case(Path(args.case[0]), int(args.case[1]), int(args.case[2]))
        return
    sizes = sorted(int(s) for s in args.sizes.split(","))
    sizes = [s for s in sizes if args.max is None or s <= args.max] or [args.max]
    jobs_list = [int(j) for j in args.jobs.split(",")]
    root = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="licenselens-scale-"))
    print(f"machine: {machine()}")
    try:
        root.mkdir(parents=True, exist_ok=True)
        generate(root, max(sizes))
        subprocess.run([sys.executable, "-c", "from licenselens.batch import Classifier; "
                        "Classifier().load()"], check=True)  # the index cache is warm
        top = max(jobs_list)
        print(f"{top} busy processes get {free_cores(top):.2f} cores now", flush=True)
        results = []
        for n in sizes:
            for j in jobs_list:
                r = measure(root, n, j)
                print(f"N={n} jobs={j}: {r['files_per_s']:.0f} files/s, "
                      f"tree peak {r['tree_rss_mb']:.0f} MB", flush=True)
                results.append(r)
        report(results, sizes, jobs_list)
        print(f"\n{top} busy processes get {free_cores(top):.2f} cores at the end")
    finally:
        if not args.dir:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
