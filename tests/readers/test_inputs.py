"""Inputs: encodings, size limits, model cards, folders, SPDX documents, hostile input.

Every fixture is written here (short sentences of our own) or built from an
identifier; reference license texts come from the installed data package.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from tests.conftest import reference_text

import licenselens
from licenselens.cli import main
from licenselens.readers.decode import decode_bytes

PROPRIETARY = "Copyright 2031 Nobody Corp. All rights reserved. No part of this software may be copied.\n"


# --- encodings ---------------------------------------------------------------

@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "utf-16", "utf-32", "latin-1", "cp1252", "gb18030", "euc-kr",
     "shift_jis", "big5"],
)
def test_decoding(encoding):
    samples = {
        "gb18030": "本许可证允许任何人免费使用、复制和修改本软件，但必须保留版权声明和本许可声明。" * 3,
        "euc-kr": "이 라이선스는 누구나 소프트웨어를 자유롭게 사용하고 수정하며 배포할 수 있도록 허용합니다. " * 3,
        "shift_jis": "このライセンスは、誰でも本ソフトウェアを無料で使用、複製、改変することを許可します。" * 3,
        "big5": "本授權條款允許任何人免費使用、複製及修改本軟體，但須保留版權聲明。" * 3,
    }
    text = samples.get(encoding, "Die Lizenz erlaubt jedem die Nutzung für jeden Zweck, frei & offen. " * 3)
    d = decode_bytes(text.encode(encoding), "sample")
    assert not d.is_binary
    assert d.text.strip() == text.strip()


def test_mojibake_is_repaired_with_a_warning():
    broken = "Licence gérée par l’auteur".encode().decode("cp1252").encode("utf-8")
    d = decode_bytes(broken, "f")
    assert d.text == "Licence gérée par l’auteur"
    assert any("mojibake" in w for w in d.warnings)


def test_invalid_utf8_does_not_crash(tmp_path):
    p = tmp_path / "LICENSE"
    p.write_bytes(b"Permission granted \xff\xfe\xfa to use this for any purpose.\n" * 3)
    r = licenselens.classify(p)
    assert r.tier in ("open", "unknown", "semi-open", "closed")


def test_utf16_license_file_is_identified(tmp_path):
    p = tmp_path / "LICENSE"
    p.write_bytes(reference_text("mit").encode("utf-16"))
    assert licenselens.classify(p).license.id == "MIT"


def test_binary_file_is_unknown_with_a_warning(tmp_path):
    p = tmp_path / "LICENSE.bin"
    p.write_bytes(bytes(range(256)) * 64)
    r = licenselens.classify(p)
    assert r.tier == "unknown" and any("binary" in w for w in r.warnings)


def test_large_file_is_read_up_to_the_limit(tmp_path):
    p = tmp_path / "LICENSE"
    with open(p, "w", encoding="utf-8") as fh:
        fh.write(reference_text("apache-2.0"))
        fh.write("\n" + "filler words without meaning " * 1_800_000)  # ~52 MB
    r = licenselens.classify(p, max_bytes=5_000_000)
    assert any("limit" in w for w in r.warnings)
    assert r.license is not None and r.license.id == "Apache-2.0"


def test_sparse_one_gigabyte_file_is_bounded(tmp_path):
    p = tmp_path / "LICENSE"
    with open(p, "wb") as fh:
        fh.truncate(1 << 30)
    r = licenselens.classify(p)
    assert r.tier == "unknown" and r.warnings


# --- model cards -------------------------------------------------------------

def _card(tmp_path: Path, front: str, body: str = "# A model\n") -> Path:
    p = tmp_path / "README.md"
    p.write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    return p


def test_model_card_hub_id(tmp_path):
    r = licenselens.classify(_card(tmp_path, "license: llama3.1\nbase_model: meta/x\n"))
    assert r.kind == "model-card"
    assert r.license.id == "LicenseRef-scancode-llama-3.1-license-2024"
    assert r.tier == "semi-open"
    assert r.to_dict()["base_model"] == "meta/x"


def test_model_card_list_of_licenses(tmp_path):
    r = licenselens.classify(_card(tmp_path, "license:\n  - apache-2.0\n  - cc-by-nc-4.0\n"))
    assert r.restrictions["commercial"].verdict == "prohibited"
    assert "Apache-2.0" in r.expression and "CC-BY-NC-4.0" in r.expression


def test_model_card_other_with_license_name(tmp_path):
    front = "license: other\nlicense_name: gemma-terms-of-use\nlicense_link: https://ai.google.dev/gemma/terms\n"
    r = licenselens.classify(_card(tmp_path, front))
    assert r.license is not None and "gemma" in r.license.id
    assert r.to_dict()["license_name"] == "gemma-terms-of-use"


def test_model_card_prose_disagreement_warns(tmp_path):
    body = "# Model\n\n## License\n\nThis model is released under the MIT License.\n"
    r = licenselens.classify(_card(tmp_path, "license: apache-2.0\n", body))
    assert r.license.id == "Apache-2.0"
    assert any("License section" in w for w in r.warnings)


def test_yaml_alias_bomb_is_refused_quickly(tmp_path):
    bomb = "a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n" + "".join(
        f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    r = licenselens.classify(_card(tmp_path, bomb + "license: mit\n"))
    assert r.kind in ("model-card", "text")
    assert r.warnings


# --- folders -----------------------------------------------------------------

def test_model_folder_weights_decide(tmp_path):
    (tmp_path / "LICENSE-CODE").write_text(reference_text("apache-2.0"), encoding="utf-8")
    _card(tmp_path, "license: cc-by-nc-4.0\n")
    results = licenselens.classify_paths([str(tmp_path)])
    summary = results[-1]
    assert summary.kind == "folder"
    assert len(results) == 3
    assert summary.tier == "semi-open"
    assert any("weights" in w for w in summary.warnings)


def test_folder_without_license_is_unknown_not_all_rights_reserved(tmp_path):
    (tmp_path / "main.py").write_text("print('hello')\n", encoding="utf-8")
    r = licenselens.classify(tmp_path)
    assert r.kind == "folder" and r.tier == "unknown"
    assert any("no license file found" in w for w in r.warnings)
    assert all(v.verdict == "unknown" for v in r.restrictions.values())


def test_folder_skips_vcs_and_venvs_and_finds_one_level_down(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "LICENSE").write_text(PROPRIETARY, encoding="utf-8")
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "node_modules" / "LICENSE").write_text(PROPRIETARY, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "COPYING").write_text(reference_text("gpl-3.0"), encoding="utf-8")
    results = licenselens.classify_paths([str(tmp_path)])
    inputs = [r.input for r in results]
    assert any(i.endswith("sub/COPYING") for i in inputs)
    assert not any(".git" in i or "node_modules" in i for i in inputs)


def test_symlink_loop_and_link_out_of_folder(tmp_path):
    inside = tmp_path / "proj"
    inside.mkdir()
    (inside / "LICENSE").write_text(reference_text("mit"), encoding="utf-8")
    os.symlink(inside, inside / "loop")
    outside = tmp_path / "secret"
    outside.write_text(PROPRIETARY, encoding="utf-8")
    os.symlink(outside, inside / "LICENSE-OUT")
    results = licenselens.classify_paths([str(inside)])
    assert results[-1].tier == "open"
    assert any(r.kind == "error" and r.input.endswith("LICENSE-OUT")
               and "out of the tree" in r.extra["error"] for r in results)


def test_deep_tree_is_bounded(tmp_path):
    d = tmp_path
    for i in range(200):
        d = d / f"d{i}"
    d.mkdir(parents=True)
    (d / "LICENSE").write_text(PROPRIETARY, encoding="utf-8")
    r = licenselens.classify(tmp_path)
    assert r.kind == "folder"


# --- SPDX documents ----------------------------------------------------------

def _spdx_document():
    from datetime import datetime

    from license_expression import get_spdx_licensing
    from spdx_tools.spdx.model import (
        Actor,
        ActorType,
        CreationInfo,
        Document,
        ExtractedLicensingInfo,
        Package,
        SpdxNoAssertion,
    )

    lic = get_spdx_licensing()
    info = CreationInfo("SPDX-2.3", "SPDXRef-DOCUMENT", "test", "https://example.invalid/doc",
                        [Actor(ActorType.TOOL, "tests")], datetime(2030, 1, 1))
    pkgs = [
        Package("SPDXRef-a", "alpha", SpdxNoAssertion(), license_declared=lic.parse("MIT OR Apache-2.0"),
                files_analyzed=False),
        Package("SPDXRef-b", "beta", SpdxNoAssertion(), license_concluded=lic.parse("LicenseRef-ours"),
                files_analyzed=False),
    ]
    extracted = [ExtractedLicensingInfo("LicenseRef-ours", PROPRIETARY, "Our terms")]
    from spdx_tools.spdx.model import Relationship, RelationshipType

    rels = [Relationship("SPDXRef-DOCUMENT", RelationshipType.DESCRIBES, p.spdx_id) for p in pkgs]
    return Document(info, packages=pkgs, relationships=rels, extracted_licensing_info=extracted)


@pytest.mark.parametrize("ext", [".spdx.json", ".spdx.yaml", ".spdx", ".spdx.rdf.xml"])
def test_spdx_documents_in_each_format(tmp_path, ext):
    from spdx_tools.spdx.writer.write_anything import write_file

    p = tmp_path / f"sbom{ext}"
    write_file(_spdx_document(), str(p), validate=True)
    results = licenselens.classify_paths([str(p)])
    by_name = {r.input.split("#")[-1]: r for r in results}
    assert set(by_name) == {"alpha", "beta"}
    assert all(r.kind == "spdx-document" for r in results)
    assert set(by_name["alpha"].expression.split(" OR ")) == {"MIT", "Apache-2.0"}
    assert by_name["alpha"].tier == "open"
    assert by_name["beta"].tier == "closed"


def test_spdx_out_is_valid(tmp_path, capsys):
    from spdx_tools.spdx.parser.parse_anything import parse_file
    from spdx_tools.spdx.validation.document_validator import validate_full_spdx_document

    proj = tmp_path / "proj"
    proj.mkdir()
    (proj / "LICENSE").write_text(reference_text("mit"), encoding="utf-8")
    _card(proj, "license: llama3.1\n")
    out = tmp_path / "out.spdx.json"
    assert main(["classify", "--json", "--spdx-out", str(out), str(proj)]) == 0
    capsys.readouterr()
    doc = parse_file(str(out))
    assert validate_full_spdx_document(doc) == []
    assert any(e.license_id.startswith("LicenseRef-scancode-llama") for e in doc.extracted_licensing_info)
    assert len(doc.files) == 2


# --- CLI exit codes ----------------------------------------------------------

def test_unreadable_input_exit_1_and_others_still_reported(tmp_path, capsys):
    good = tmp_path / "LICENSE"
    good.write_text(reference_text("mit"), encoding="utf-8")
    code = main(["classify", "--json", str(tmp_path / "missing"), str(good)])
    out, err = capsys.readouterr()
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "missing" in err
    data = json.loads(out)
    assert [d["license"]["id"] for d in data] == ["MIT"]


def test_empty_file(tmp_path):
    p = tmp_path / "LICENSE"
    p.write_text("", encoding="utf-8")
    r = licenselens.classify(p)
    assert r.tier == "unknown" and r.warnings
