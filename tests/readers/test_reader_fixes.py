"""Reader defects of the first-use trial (2026-11-28): each test is named after its number."""

from __future__ import annotations

import os
import stat

import pytest
from tests.readers.builders import write

from licenselens.errors import InputError, LicenselensError, OptionError
from licenselens.readers.files import read_text
from licenselens.readers.modelcard import MAX_NODES, check_front_matter, parse_model_card


def test_trial_2_deeply_nested_front_matter_is_malformed_not_a_crash():
    card = parse_model_card("---\nlicense: " + "[" * 3000 + "]" * 3000 + "\n---\n# x\n", "c")
    assert card.licenses == []
    assert any("malformed YAML front matter" in w and "nested deeper" in w
               for w in card.warnings)


def test_trial_2_nesting_within_the_bound_is_read():
    card = parse_model_card("---\nlicense: mit\nextra: " + "[" * 20 + "]" * 20 + "\n---\n")
    assert card.licenses == ["mit"] and card.warnings == []


def test_trial_13_markdown_emphasis_is_not_an_alias():
    widgets = "".join(f'  - text: "The *quick* brown fox {i}"\n' for i in range(25))
    card = parse_model_card(f"---\nlicense: mit\nwidget:\n{widgets}---\n# x\n")
    assert card.licenses == ["mit"] and card.warnings == []


def test_trial_13_real_anchors_and_aliases_within_reason_are_read():
    front = "base: &b {lr: 1}\n" + "".join(f"run{i}: *b\n" for i in range(200))
    card = parse_model_card(f"---\n{front}license: apache-2.0\n---\n")
    assert card.licenses == ["apache-2.0"] and card.warnings == []


def test_alias_bomb_is_still_refused_by_its_expanded_size():
    bomb = "a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n" + "".join(
        f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True))
    assert "alias bomb" in check_front_matter(bomb)
    card = parse_model_card(f"---\n{bomb}license: mit\n---\n")
    assert card.licenses == [] and any(str(MAX_NODES) in w for w in card.warnings)


def test_trial_3_negative_max_bytes_is_a_typed_error(tmp_path):
    p = write(tmp_path / "LICENSE")
    for bad in (-5, 0, 2.5, True):
        with pytest.raises(OptionError, match="max_bytes"):
            read_text(p, max_bytes=bad)
    assert issubclass(OptionError, LicenselensError) and issubclass(OptionError, ValueError)


def test_trial_18_empty_path_is_rejected():
    with pytest.raises(InputError, match="empty path"):
        read_text("")


def test_trial_19_fifo_given_explicitly_does_not_hang(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    with pytest.raises(InputError, match="not a regular file"):
        read_text(fifo)


def test_trial_19_dev_zero_is_not_a_regular_file():
    if not os.path.exists("/dev/zero"):  # pragma: no cover - not a Unix system
        pytest.skip("no /dev/zero here")
    with pytest.raises(InputError, match="not a regular file") as info:
        read_text("/dev/zero")
    assert "larger than" not in str(info.value)
