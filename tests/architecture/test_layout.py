"""The layout rules of docs/architecture.md, checked so they cannot quietly erode:
stages import only the stages below them (import-linter), no module imports one
of ours inside a function (that is how cycles hide), and modules stay small."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "licenselens"
#: no module of the package is longer than this
MAX_LINES = 400


def _modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def test_import_contract_is_kept():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    if not Path(exe).exists():
        pytest.skip("import-linter is not installed (pip install '.[test]')")
    run = subprocess.run([exe, "--config", str(ROOT / "pyproject.toml")], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "broken" in run.stdout and "0 broken" in run.stdout


def _function_level_imports(path: Path) -> list[str]:
    """Imports of licenselens modules or of the standard library inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for fn in ast.walk(tree):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(fn):
            if isinstance(node, ast.ImportFrom):
                top = (node.module or "").split(".")[0]
                if node.level or top == "licenselens" or top in sys.stdlib_module_names:
                    found.append(f"{path.relative_to(SRC)}:{node.lineno}")
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    top = alias.name.split(".")[0]
                    if top == "licenselens" or top in sys.stdlib_module_names:
                        found.append(f"{path.relative_to(SRC)}:{node.lineno}")
    return found


def test_no_function_level_imports_of_our_modules():
    offenders = [hit for p in _modules() for hit in _function_level_imports(p)]
    assert offenders == [], "imports inside functions (move them to the top): " + ", ".join(offenders)


def test_the_checker_sees_a_hidden_import(tmp_path):
    sample = tmp_path / "m.py"
    sample.write_text("def f():\n    from . import api\n    import json\n    import yaml\n")
    global SRC
    saved, SRC = SRC, tmp_path
    try:
        assert _function_level_imports(sample) == ["m.py:2", "m.py:3"]
    finally:
        SRC = saved


def test_modules_are_small():
    long = {str(p.relative_to(SRC)): n for p in _modules()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}, f"modules over {MAX_LINES} lines: {long}"


def test_every_package_says_what_it_is():
    missing = [str(p.relative_to(SRC)) for p in SRC.rglob("__init__.py")
               if ast.get_docstring(ast.parse(p.read_text(encoding="utf-8"))) is None]
    assert missing == []
