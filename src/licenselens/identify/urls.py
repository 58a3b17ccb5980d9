"""Licenses named by the address of their published text or deed.

No network: the address itself says which license it is (SPDX, OSI,
choosealicense, Creative Commons, GNU, Apache, Mozilla, Open Data Commons),
or it is the URL of exactly one curated record.

>>> from licenselens.knowledge.records import knowledge_base
>>> kb = knowledge_base()
>>> license_from_url(kb, "https://creativecommons.org/publicdomain/zero/1.0/")
'CC0-1.0'
>>> license_from_url(kb, "http://creativecommons.org/licenses/by-nc-sa/4.0/legalcode")
'CC-BY-NC-SA-4.0'
>>> license_from_url(kb, "https://www.apache.org/licenses/LICENSE-2.0.txt")
'Apache-2.0'
"""

from __future__ import annotations

import re

from .. import lazyre
from ..knowledge.records import KnowledgeBase
from .strings import resolve_name

#: an address in running text
URL_RE = lazyre.compile(r"\bhttps?://[^\s<>()\"'\]]{4,200}", re.IGNORECASE)

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (lazyre.compile(r"^spdx\.org/licenses/([a-z0-9.+-]+)$"), r"\1"),
    (lazyre.compile(r"^opensource\.org/licenses?/([a-z0-9.+-]+)$"), r"\1"),
    (lazyre.compile(r"^choosealicense\.com/licenses/([a-z0-9.+-]+)$"), r"\1"),
    (lazyre.compile(r"^creativecommons\.org/publicdomain/zero/(\d\.\d)$"), r"cc0-\1"),
    (lazyre.compile(r"^creativecommons\.org/licenses/([a-z-]+)/(\d\.\d)(?:/[a-z]{2})?$"), r"cc-\1-\2"),
    (lazyre.compile(r"^gnu\.org/licenses/((?:a|l)?gpl|fdl)-(\d\.\d)$"), r"\1-\2"),
    (lazyre.compile(r"^gnu\.org/licenses/old-licenses/((?:l)?gpl)-(\d\.\d)$"), r"\1-\2"),
    (lazyre.compile(r"^apache\.org/licenses/license-(\d\.\d)$"), r"apache-\1"),
    (lazyre.compile(r"^mozilla\.org/(?:en-us/)?mpl/(\d\.\d)$"), r"mpl-\1"),
    (lazyre.compile(r"^opendatacommons\.org/licenses/(odbl|pddl)/(\d\.\d)$"), r"\1-\2"),
    (lazyre.compile(r"^opendatacommons\.org/licenses/by/(\d\.\d)$"), r"odc-by-\1"),
)


def normalise_url(url: str) -> str:
    """Lower case, no scheme, ``www.``, query, fragment, trailing ``/``, file suffix
    or ``legalcode``/``deed`` page: the part that names the license."""
    u = url.strip().strip(".,;:").lower()
    u = re.sub(r"^[a-z]+://", "", u)
    u = re.sub(r"^(?:www|api)\.", "", u)
    u = re.sub(r"[?#].*$", "", u).rstrip("/")
    u = re.sub(r"/(?:legalcode(?:\.[a-z-]+)?|deed\.[a-z-]+)$", "", u)
    u = re.sub(r"(?:\.[a-z]{2}(?:-[a-z]{2})?)?\.(?:html?|txt|php|json|md)$", "", u)
    return u.rstrip("/")


def license_from_url(kb: KnowledgeBase, url: str) -> str | None:
    """The license id an address names, or None."""
    norm = normalise_url(url)
    for pattern, template in _PATTERNS:
        m = pattern.match(norm)
        if m:
            lid = resolve_name(kb, m.expand(template))
            if lid:
                return lid
    owners = {lid for lid, address in kb.curated_urls.items() if normalise_url(address) == norm}
    return owners.pop() if len(owners) == 1 else None
