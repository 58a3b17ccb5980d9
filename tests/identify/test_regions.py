"""Region search: a short reference that is a passage of a bigger license's text,
and an exception whose license is only named; an exact text that names other
licenses (texts from the packaged snapshot)."""

from __future__ import annotations

import re

from tests.conftest import rewrap

import licenselens
import licenselens.normalise
from licenselens.identify.expression import Leaf
from licenselens.identify.matchers.qualifiers import fdl_notice
from licenselens.identify.similarity import passage_share
from licenselens.identify.text import identify_text
from licenselens.knowledge import snapshot
from licenselens.knowledge.records import knowledge_base
from licenselens.knowledge.refindex import ref_number, reference_index


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def _gpl2_notice(ref) -> list[str]:
    """The notice that heads the GPL-2.0-or-later reference (grant, warranty, address),
    without the license text that follows it."""
    text = ref("gpl-2.0-plus")
    head = text[: text.index("GNU GENERAL PUBLIC LICENSE")]
    # the reference's notice runs its paragraphs together: split on the sentences' starts
    parts = re.split(r"\n(?=This program is distributed|You should have received)", head)
    assert len(parts) == 3
    return [p.strip() for p in parts]


def _leaves(expression: str | None) -> set[str]:
    return {t for t in re.split(r"[\s()]+", expression or "") if t not in ("", "AND", "OR", "WITH")}


def test_a_notice_and_an_exception_give_the_license_with_the_exception(ref):
    grant, warranty, address = _gpl2_notice(ref)
    exception = ref("bison-exception-2.2")
    r = licenselens.classify_text("\n\n".join([grant, warranty, address, exception]))
    assert r.expression == "GPL-2.0-or-later WITH Bison-exception-2.2"


def test_an_exception_between_the_grant_and_the_warranty_is_still_the_licenses(ref):
    grant, warranty, address = _gpl2_notice(ref)
    exception = ref("libtool-exception-2.0")
    r = licenselens.classify_text("\n\n".join([grant, exception, warranty, address]))
    assert r.expression == "GPL-2.0-or-later WITH Libtool-exception"


def test_a_title_beside_an_exception_does_not_replace_the_exception(ref):
    grant, warranty, _address = _gpl2_notice(ref)
    exception = _paragraphs(ref("gcc-linking-exception-2.0"))
    r = licenselens.classify_text("\n\n".join([grant, *exception, warranty]))
    assert _leaves(r.expression) == {"GPL-2.0-or-later", "GCC-exception-2.0"}
    assert "WITH" in (r.expression or "")


def test_a_short_license_that_is_a_passage_of_another_is_itself_alone(ref):
    idx = reference_index()
    gpl = ref_number(idx, "gpl-2.0-plus")
    passages = [k for i, k in enumerate(idx.keys)
                if i != gpl and not idx.is_exception[i] and idx.sizes[i] * 2 <= idx.sizes[gpl]
                and passage_share(idx, i, gpl) >= 0.9 and 12 <= idx.sizes[i] <= 60]
    assert passages  # the GPL's warranty sentence is a license of its own in the data
    for key in passages:
        alone = licenselens.classify_text(ref(key))
        assert alone.expression is not None
        assert "GPL-2.0-or-later" not in alone.expression


def test_a_reference_holding_its_own_title_is_not_the_titled_bigger_license(ref):
    """A short text that opens with the words of a bigger license, and is a reference
    of its own word for word, stays itself."""
    idx = reference_index()
    unl = ref_number(idx, "unlicense")
    smaller = [k for i, k in enumerate(idx.keys)
               if i != unl and idx.sizes[i] * 2 <= idx.sizes[unl]
               and passage_share(idx, i, unl) >= 0.9 and idx.sizes[i] >= 12]
    assert smaller
    for key in smaller:
        got = licenselens.classify_text(ref(key)).expression
        assert got is not None and got != "Unlicense"


def test_a_reference_word_for_word_is_itself_though_it_names_other_licenses(ref):
    """The GNU FDL's closing notice names the "or any later version" license, a variant
    carries a notice naming the plain version, the EUPL 1.0 names other licenses:
    the text is still, word for word, the one reference."""
    kb = knowledge_base()
    for key in ("gfdl-1.1", "gfdl-1.3-invariants-only", "gfdl-1.3-no-invariants-or-later",
                "eupl-1.0", "python-2.0.1"):
        lid = kb.by_scancode[key]
        m = identify_text(ref(key))
        assert {h.license_id for h in m.hits if h.strong} - {lid}  # other titles are there
        assert m.matched_by == "exact"
        assert m.expr is not None and m.expr.license_id == lid


def _fdl_variants() -> list[tuple[str, str]]:
    """(variant key, base key) of the GNU FDL references whose text is a notice followed
    by the license (taken from the packaged snapshot's keys)."""
    keys = set(snapshot.licenses())
    return sorted((k, k.split("-invariants")[0].replace("-no", ""))
                  for k in keys if k.startswith("gfdl-") and "invariants" in k)


def test_a_gnu_fdl_notice_says_which_invariant_sections_reading_applies(ref):
    kb = knowledge_base()
    variants = _fdl_variants()
    assert len(variants) >= 8
    for key, base in variants:
        variant = ref(key)
        body = ref(base)
        notice = variant[: variant.index(body.strip()[:40])]
        assert "Invariant" in notice
        # the document's own section titles in place of the placeholders, its copyright,
        # the base license's text after it, re-wrapped: no longer any reference word for word
        notice = notice.replace("LIST THEIR TITLES", '"Where We Began" and "Kind Words"')
        notice = notice.replace("LIST", '"A Line Of Our Own"')
        text = "Copyright (C) 2031 A Writer Of Manuals.\n\n" + rewrap(notice + "\n\n" + body, 66)
        m = identify_text(text)
        assert m.expr is not None and m.expr.license_id == kb.by_scancode[key], key


def test_the_fdl_closing_section_examples_do_not_qualify_the_license(ref):
    """The license's own closing section shows both notices as examples: a text of the
    license alone stays the license."""
    for base in sorted({b for _k, b in _fdl_variants()}):
        assert fdl_notice(licenselens.normalise.tokens(ref(base))) is None


def _with_my_noise(text: str) -> str:
    """The text with a word of mine after every twelfth word: no reference word for word."""
    words = text.split()
    return " ".join(w + (" indeed" if i % 12 == 11 else "") for i, w in enumerate(words))


def test_a_license_that_holds_a_shorter_license_is_not_split_in_two(ref):
    """A license whose text holds another, shorter reference word for word (its
    disclaimer, its grant): in a copy that is not word for word, the shorter one scores
    best on its own stretch, but the license that holds it is what the text is."""
    idx = reference_index()
    kb = knowledge_base()
    for key in ("anu-license", "stlport-2000", "fsf-unlimited-no-warranty"):
        big = ref_number(idx, key)
        assert any(passage_share(idx, i, big) >= 0.9 and idx.sizes[i] * 2 <= idx.sizes[big]
                   for i in range(len(idx.keys)) if i != big and idx.sizes[i] >= 12)
        got = identify_text(_with_my_noise(ref(key)))
        assert isinstance(got.expr, Leaf) and got.expr.license_id == kb.by_scancode[key], key


def test_a_gnu_notice_with_any_version_clause_is_the_gpl_not_its_warranty_sentence(ref):
    """The notice's version clause rewritten ('version 2 only', 'version 3', none) so that
    no title phrase names it: the notice sentence is read, and the warranty sentence
    after it is part of that license."""
    grant, warranty, address = (" ".join(p.split()) for p in _gpl2_notice(ref))
    clause = "; either version 2 of the License, or (at your option) any later version."
    assert clause in grant
    for replacement, expected in ((", version 2.", "GPL-2.0-only"),
                                  ("; version 2 of the License.", "GPL-2.0-only"),
                                  ("; version 3.", "GPL-3.0-only"),
                                  (".", "GPL-1.0-or-later")):
        text = rewrap("\n\n".join([grant.replace(clause, replacement), warranty, address]), 64)
        assert licenselens.classify_text(text).expression == expected, replacement
