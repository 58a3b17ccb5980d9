"""SPDX-License-Identifier headers (REUSE): every form read as written, with its place."""

from __future__ import annotations

import pytest
from tests.readers.builders import write

from licenselens.readers.headers import (
    MAX_LINES,
    MAX_TAG,
    combined_expression,
    find_tags,
    read_header_tags,
)


@pytest.mark.parametrize("line, expression", [
    ("// SPDX-License-Identifier: Apache-2.0 AND CC-BY-4.0", "Apache-2.0 AND CC-BY-4.0"),
    ("# SPDX-License-Identifier: (MIT OR GPL-2.0-only) AND BSD-3-Clause",
     "(MIT OR GPL-2.0-only) AND BSD-3-Clause"),
    ("/* SPDX-License-Identifier: GPL-2.0-or-later WITH Classpath-exception-2.0 */",
     "GPL-2.0-or-later WITH Classpath-exception-2.0"),
    ("-- SPDX-License-Identifier: LicenseRef-MyCorp-Proprietary", "LicenseRef-MyCorp-Proprietary"),
    ("<!-- SPDX-License-Identifier: mit or apache-2.0 -->", "mit or apache-2.0"),
    ("; SPDX-License-Identifier: GPL-2.0+", "GPL-2.0+"),
    ("{- SPDX-License-Identifier: BSD-2-Clause -}", "BSD-2-Clause"),
    ("(* SPDX-License-Identifier: DocumentRef-x:LicenseRef-y *)", "DocumentRef-x:LicenseRef-y"),
    ('"SPDX-License-Identifier: MIT",', "MIT"),
    ("spdx-license-identifier: ISC", "ISC"),
])
def test_compound_and_odd_tags_are_read_as_written(line, expression):
    tags, warnings = find_tags(f"first line\n{line}\nrest\n")
    assert [(t.expression, t.line) for t in tags] == [(expression, 2)]
    assert warnings == []


def test_offsets_point_at_the_expression():
    text = "#!/bin/sh\n# SPDX-License-Identifier: MIT OR Apache-2.0\n"
    (tag,), _ = find_tags(text)
    assert text[tag.start:tag.end] == "MIT OR Apache-2.0"


def test_trial_1_several_tags_one_compound_are_joined_with_and():
    text = "// SPDX-License-Identifier: MIT\n// SPDX-License-Identifier: Apache-2.0 AND CC-BY-4.0\n"
    tags, _ = find_tags(text)
    assert [t.line for t in tags] == [1, 2]
    assert combined_expression(tags) == "MIT AND (Apache-2.0 AND CC-BY-4.0)"


def test_repeated_tags_count_once_and_a_single_wrapped_tag_is_unwrapped():
    tags, _ = find_tags("# SPDX-License-Identifier: (MIT OR X11)\n"
                        "# SPDX-License-Identifier: (MIT OR X11)\n")
    assert combined_expression(tags) == "MIT OR X11"
    assert combined_expression([]) is None


def test_mentions_that_are_not_tags_are_passed_over():
    code = ('TAG = re.compile(r"SPDX-License-Identifier:\\s*([^\\n]+)")\n'
            "x = '{{ SPDX-License-Identifier: {license} }}'\n"
            "# SPDX-License-Identifier:\n")
    assert find_tags(code) == ([], [])


def test_only_the_first_lines_are_searched():
    text = "\n" * MAX_LINES + "# SPDX-License-Identifier: MIT\n"
    assert find_tags(text)[0] == []
    assert [t.line for t in find_tags(text, max_lines=MAX_LINES + 1)[0]] == [MAX_LINES + 1]


def test_trial_20_a_tag_over_the_limit_says_tag_truncated():
    long = " OR ".join(f"LicenseRef-part-{i}" for i in range(100))
    assert len(long) > MAX_TAG
    (tag,), warnings = find_tags(f"# SPDX-License-Identifier: {long}\n", "f.c")
    assert tag.truncated and len(tag.expression) == MAX_TAG
    assert warnings and "tag truncated" in warnings[0] and warnings[0].startswith("f.c:1:")


def test_read_header_tags_from_files_in_other_encodings(tmp_path):
    p = tmp_path / "a.c"
    p.write_bytes("// SPDX-License-Identifier: MIT\n".encode("utf-16"))
    assert [t.expression for t in read_header_tags(p)[0]] == ["MIT"]
    q = write(tmp_path / "b.c", "int x;\n")
    assert read_header_tags(q) == ([], [])


def test_read_header_tags_never_raises(tmp_path):
    assert read_header_tags(tmp_path / "missing.c")[0] == []
    assert "not a regular file" in read_header_tags(tmp_path)[1][0]
    binary = tmp_path / "blob.dat"
    binary.write_bytes(b"\x00\x01SPDX-License-Identifier: MIT\x00" * 50)
    assert read_header_tags(binary) == ([], [])
