"""Every code example in docs/ runs.

Per page, in a fresh temporary folder that holds a copy of the repository's
``LICENSE`` (Apache-2.0): the page's ```python blocks are executed in order in
one namespace, and every line of its ```console / ```sh blocks that starts
with ``licenselens `` is run through the CLI; it must exit 0, or the status
named by a trailing ``# exits N`` comment.  YAML policy examples in
policies.md must load, and docs/api.md must match its generator.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
import shlex
from pathlib import Path

import pytest

from licenselens.cli import main

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(p for p in DOCS.glob("*.md") if p.name != "api.md") if DOCS.is_dir() else []

_FENCE = re.compile(r"^```([\w-]*)[^\n]*\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)
_EXITS = re.compile(r"#\s*exits\s+(\d+)\s*$")


def blocks(page: Path) -> list[tuple[str, str, int]]:
    """(language, code, line number) of every fenced block of a page."""
    text = page.read_text(encoding="utf-8")
    return [(m.group(1).lower(), m.group(2), text.count("\n", 0, m.start()) + 1)
            for m in _FENCE.finditer(text)]


def commands(code: str) -> list[tuple[list[str], int]]:
    """The ``licenselens`` command lines of a console block, with the expected status."""
    out = []
    joined = code.replace("\\\n", " ")
    for raw in joined.splitlines():
        line = raw.strip()
        if line.startswith("$ "):
            line = line[2:].strip()
        if not line.startswith("licenselens "):
            continue
        expected = 0
        m = _EXITS.search(line)
        if m:
            expected = int(m.group(1))
        argv = shlex.split(line, comments=True)
        assert not {"|", ">", "<", "&&", ";"} & set(argv), (
            f"doc examples must not use shell syntax: {line}")
        out.append((argv[1:], expected))
    return out


def test_docs_exist():
    if not DOCS.is_dir():
        pytest.skip("docs/ is not part of this installation")
    for name in ("index.md", "rubric.md", "contract.md", "policies.md", "identification.md",
                 "api.md", "ci.md"):
        assert (DOCS / name).is_file(), name


@pytest.fixture
def workdir(tmp_path, monkeypatch, ref):
    lic = ROOT / "LICENSE"
    text = lic.read_text(encoding="utf-8") if lic.is_file() else ref("apache-2.0")
    (tmp_path / "LICENSE").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_examples_run(page, workdir):
    namespace: dict = {"__name__": f"docs_{page.stem}"}
    ran = 0
    for lang, code, line in blocks(page):
        where = f"{page.name}, block at line {line}"
        if lang == "python":
            try:
                exec(compile(code, where, "exec"), namespace)  # noqa: S102 - our own docs
            except Exception as exc:  # pragma: no cover - reported as the failure
                raise AssertionError(f"{where}: {type(exc).__name__}: {exc}") from exc
            ran += 1
        elif lang in ("console", "sh", "shell", "bash"):
            for argv, expected in commands(code):
                out, err = io.StringIO(), io.StringIO()
                with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                    status = main(argv)
                assert status == expected, (
                    f"{where}: licenselens {shlex.join(argv)} exited {status}, expected "
                    f"{expected}\nstdout: {out.getvalue()[-1500:]}\nstderr: {err.getvalue()[-1500:]}")
                ran += 1
    if ran == 0:
        pytest.skip(f"{page.name} has no runnable examples")


def test_policy_examples_load(tmp_path):
    from licenselens.judge.gate import load_gate_policy

    page = DOCS / "policies.md"
    if not page.is_file():
        pytest.skip("docs/policies.md is not part of this installation")
    yamls = [code for lang, code, _ in blocks(page) if lang == "yaml"]
    assert yamls
    for i, code in enumerate(yamls):
        f = tmp_path / f"p{i}.yaml"
        f.write_text(code, encoding="utf-8")
        load_gate_policy(f)  # raises PolicyError when an example is wrong


def test_relative_links_resolve():
    for page in PAGES + [DOCS / "api.md"]:
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#\s]+\.md)(?:#[^)]*)?\)", text):
            if "://" in target:
                continue
            assert (page.parent / target).is_file(), f"{page.name}: broken link {target}"


def test_api_reference_is_current():
    gen = DOCS / "gen_api.py"
    if not gen.is_file():
        pytest.skip("docs/gen_api.py is not part of this installation")
    spec = importlib.util.spec_from_file_location("gen_api", gen)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert (DOCS / "api.md").read_text(encoding="utf-8") == mod.render(), (
        "docs/api.md is stale: run PYTHONPATH=src python docs/gen_api.py")
