"""Small LicenseDB-shaped sources for the data tests (invented licenses, written here)."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

#: two invented licenses: key -> (category, name, text)
INVENTED = {
    "quokka-permissive-1.0": (
        "Permissive", "Quokka Permissive License 1.0",
        "Quokka Permissive License 1.0\n\nAnyone who receives this work may run it, study it, "
        "alter it and hand it on to others, for any purpose and without payment, provided "
        "that this notice travels with every copy. The work comes with no promise of any "
        "kind; its authors answer for nothing that happens through its use.",
    ),
    "wombat-research-2.0": (
        "Proprietary Free", "Wombat Research Terms 2.0",
        "Wombat Research Terms 2.0\n\nThe holder lets you run these weights solely for "
        "non-commercial research inside your own institution. You may not pass the weights "
        "or anything built from them to any other party, and you may not earn money with "
        "them in any way. Every right not named here stays with the holder.",
    ),
}


def front_matter(key: str, category: str, name: str) -> str:
    return (f"---\nkey: {key}\nshort_name: {name}\nname: {name}\ncategory: {category}\n"
            f"owner: Example Owner\nspdx_license_key: LicenseRef-scancode-{key}\n"
            "other_urls:\n    - https://example.invalid/licenses\n---\n\n")


def licensedb_folder(root: Path, when: float | None = None) -> Path:
    """A LicenseDB checkout: licenses/*.LICENSE with front matter, plus one in the older
    layout (data in *.yml beside a plain text)."""
    lic = root / "licenses"
    lic.mkdir(parents=True)
    for key, (cat, name, text) in INVENTED.items():
        (lic / f"{key}.LICENSE").write_text(front_matter(key, cat, name) + text + "\n",
                                            encoding="utf-8")
    (lic / "numbat-1.0.yml").write_text(
        "key: numbat-1.0\nname: Numbat License 1.0\ncategory: Permissive\n", encoding="utf-8")
    (lic / "numbat-1.0.LICENSE").write_text(
        "Numbat License 1.0: do as you like with this work, keep this line with it.\n",
        encoding="utf-8")
    if when is not None:
        for p in lic.iterdir():
            os.utime(p, (when, when))
    return root


def licensedb_wheel(path: Path, version: str = "99.1.0") -> Path:
    """A scancode-toolkit-shaped wheel holding the invented licenses."""
    with zipfile.ZipFile(path, "w") as zf:
        for key, (cat, name, text) in INVENTED.items():
            zf.writestr(f"licensedcode/data/licenses/{key}.LICENSE",
                        front_matter(key, cat, name) + text + "\n")
        zf.writestr(f"scancode_toolkit-{version}.dist-info/METADATA",
                    f"Metadata-Version: 2.1\nName: scancode-toolkit\nVersion: {version}\n")
    return path


def licensedb_json_index(root: Path) -> Path:
    """The LicenseDB's published JSON layout: index.json + <key>.json with the text."""
    root.mkdir(parents=True)
    index = []
    for key, (cat, name, text) in INVENTED.items():
        index.append({"license_key": key, "category": cat,
                      "spdx_license_key": f"LicenseRef-scancode-{key}",
                      "other_spdx_license_keys": [], "is_exception": False,
                      "is_deprecated": False, "json": f"{key}.json"})
        (root / f"{key}.json").write_text(json.dumps(
            {"key": key, "name": name, "short_name": name, "category": cat, "text": text}),
            encoding="utf-8")
    (root / "index.json").write_text(json.dumps(index), encoding="utf-8")
    return root
