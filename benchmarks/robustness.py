"""Generalisation beyond the labelled corpus: licenses with real-file noise.

    python benchmarks/robustness.py

Takes reference texts at run time from the LicenseDB snapshot shipped with the
package (nothing is copied), applies noise written here (copyright header,
Markdown title, re-wrapping, CRLF, indentation, typographic quotes, a README
around the license, two licenses in one file), and prints identification
accuracy, tier agreement with the clean text, ms per variant, the misses, and
what non-license texts come out as (they should be unknown).
"""

from __future__ import annotations

import random
import sys
import textwrap
import time

import licenselens
from licenselens.knowledge import snapshot

KEYS = (
    "mit apache-2.0 bsd-new bsd-simplified isc bsd-zero unlicense zlib boost-1.0 mpl-2.0 epl-1.0 "
    "epl-2.0 gpl-2.0 gpl-3.0 lgpl-2.1 lgpl-3.0 agpl-3.0 artistic-2.0 python postgresql wtfpl-2.0 "
    "cc0-1.0 cc-by-4.0 cc-by-sa-4.0 cc-by-nc-4.0 cc-by-nd-4.0 odbl-1.0 upl-1.0 ms-pl x11 mit-0 "
    "bigscience-rail-1.0 bigscience-open-rail-m stable-diffusion-2022-08-22 llama-2-license-2023 "
    "llama-license-2023 bigcode-open-rail-m-v1 apple-ml-ferret-2023 elastic-license-v2 bsl-1.1 "
    "polyform-noncommercial-1.0.0"
).split()
PAIRS = [("mit", "apache-2.0"), ("bsd-new", "mit"), ("isc", "gpl-3.0"), ("apache-2.0", "cc-by-4.0")]
NOT_LICENSES = [
    "# Frobnicator\n\nA tool. Install with pip.\n\n## Usage\nRun it.\n",
    "Changelog\n=========\n\n1.2.0 - fixed a bug in the parser\n1.1.0 - added options\n",
    "def main():\n    print('hello world')\n\nif __name__ == '__main__':\n    main()\n",
    "We respect your privacy. We collect your email address to send you updates and never sell it.",
    "Contributing: fork the repository, create a branch, and open a pull request. Add tests.",
]


def body(key: str) -> tuple[str, str]:
    entry = snapshot.licenses().get(key)
    if entry is None:
        raise OSError(f"{key}: not in the snapshot")
    text = entry["text"]
    expected = entry.get("spdx_license_key") or f"LicenseRef-scancode-{key}"
    return text, licenselens.identify(expected).expression or expected


def rewrap(text: str, width: int) -> str:
    paras = [" ".join(p.split()) for p in text.split("\n\n")]
    return "\n\n".join(textwrap.fill(p, width) for p in paras if p)


def transforms(rng: random.Random) -> dict:
    readme_head = ("# Frobnicator\n\nFrobnicator turns widgets into gadgets. Install it with pip.\n\n"
                   "## Usage\n\nCall frob() with a widget.\n\n## License\n\n")
    return {
        "header": lambda t: f"Copyright (c) 20{rng.randint(10, 30)} Some Body <sb@example.org>\n\n" + t,
        "markdown": lambda t: "# License\n\n" + t,
        "rewrap": lambda t: rewrap(t, rng.choice([50, 72, 100])),
        "crlf": lambda t: t.replace("\n", "\r\n"),
        "indent": lambda t: "\n".join("  " + line for line in t.split("\n")),
        "quotes": lambda t: t.replace('"', "\u201c"),
        "readme": lambda t: readme_head + t + "\n\n## Contributing\n\nPull requests welcome.\n",
    }


def main() -> int:
    rng = random.Random(1)
    n = ok = tier_same = 0
    misses = []
    start = time.perf_counter()
    for key in KEYS:
        try:
            text, expected = body(key)
        except OSError:
            continue
        clean = licenselens.classify_text(text)
        for name, fn in transforms(rng).items():
            r = licenselens.classify_text(fn(text))
            n += 1
            ok += r.expression == expected
            tier_same += r.tier == clean.tier
            if r.expression != expected or r.tier != clean.tier:
                misses.append(f"{name:9} {key}: expected {expected}, got {r.expression} "
                              f"({r.matched_by} {r.confidence:.2f}), tier {clean.tier}->{r.tier}")
    for a, b in PAIRS:
        (ta, ea), (tb, eb) = body(a), body(b)
        r = licenselens.classify_text(ta + "\n\n-----\n\n" + tb)
        n += 1
        good = bool(r.expression) and set(r.expression.split(" AND ")) == {ea, eb}
        ok += good
        tier_same += 1
        if not good:
            misses.append(f"two       {a}+{b}: expected {ea} AND {eb}, got {r.expression}")
    ms = (time.perf_counter() - start) / max(1, n) * 1000
    print(f"noisy variants: identification {ok}/{n} = {ok / max(1, n):.3f}; tier unchanged "
          f"{tier_same}/{n}; {ms:.1f} ms per variant")
    for line in misses:
        print("  miss: " + line)
    fp = 0
    for t in NOT_LICENSES:
        r = licenselens.classify_text(t)
        fp += r.license is not None or r.tier not in ("unknown",)
        print(f"  not a license: {t[:30]!r} -> tier {r.tier}, license {r.expression}")
    print(f"false positives: {fp}/{len(NOT_LICENSES)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
