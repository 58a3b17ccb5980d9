"""Model cards: Markdown with YAML front matter, as on model hubs.

Reads ``license`` (a string or a list), ``license_name``, ``license_link``,
``base_model`` and the prose "License" section.  Front matter is size-capped,
and its expanded size and nesting depth are measured on the YAML event stream
before it is loaded, so an alias bomb cannot expand and deep nesting cannot
exhaust the recursion limit.

>>> card = parse_model_card("---\\nlicense: apache-2.0\\nbase_model: x/y\\n---\\n# Model\\n")
>>> card.licenses, card.base_model
(['apache-2.0'], 'x/y')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_FRONT_MATTER = 64_000
#: nodes the front matter may hold with aliases expanded (real cards hold a few hundred)
MAX_NODES = 100_000
#: nesting depth of the front matter (real cards nest 3 or 4 levels)
MAX_DEPTH = 64
_HEADING = re.compile(r"^(#{1,6})\s*(.+?)\s*#*\s*$", re.MULTILINE)


@dataclass
class ModelCard:
    licenses: list[str] = field(default_factory=list)
    license_name: str | None = None
    license_link: str | None = None
    base_model: str | list[str] | None = None
    section: str | None = None  # the prose License section
    section_start: int = 0
    warnings: list[str] = field(default_factory=list)


def has_front_matter(text: str) -> bool:
    """True when the text opens with a YAML front-matter block."""
    head = text.lstrip("\ufeff")
    return head.startswith("---") and re.match(r"---[ \t]*\r?\n", head) is not None


def _front_matter(text: str) -> tuple[str | None, int]:
    head = text.lstrip("\ufeff")
    offset = len(text) - len(head)
    m = re.match(r"---[ \t]*\r?\n", head)
    if not m:
        return None, 0
    end = re.search(r"^(?:---|\.\.\.)[ \t]*\r?$", head[m.end() : m.end() + MAX_FRONT_MATTER + 10],
                    re.MULTILINE)
    if not end:
        return None, 0
    body = head[m.end() : m.end() + end.start()]
    close = head.find("\n", m.end() + end.start())
    return body, offset + (close + 1 if close >= 0 else len(head))


def check_front_matter(fm: str) -> str | None:
    """Why the front matter must not be loaded (None when it may be), from the YAML
    event stream alone: nothing is built, nothing recurses.

    Counts the nodes the document would hold with every alias expanded (an
    alias bomb is a small text that expands to millions) and the nesting
    depth (deep nesting exhausts the recursion of the loader).  Markdown
    ``*emphasis*`` inside strings is a scalar, never an alias.  Raises
    ``yaml.YAMLError`` for malformed YAML.
    """
    import yaml

    sizes: dict[str, int] = {}  # anchor -> expanded node count
    stack: list[list] = [[None, 0]]  # [anchor, nodes so far] per open collection
    for event in yaml.parse(fm, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            stack[-1][1] += sizes.get(event.anchor, 1)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            if len(stack) > MAX_DEPTH:
                return f"nested deeper than {MAX_DEPTH} levels"
            stack.append([event.anchor, 1])
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            anchor, n = stack.pop()
            if anchor:
                sizes[anchor] = n
            stack[-1][1] += n
        elif isinstance(event, yaml.ScalarEvent):
            if event.anchor:
                sizes[event.anchor] = 1
            stack[-1][1] += 1
        if stack[-1][1] > MAX_NODES or (len(stack) > 1 and stack[0][1] > MAX_NODES):
            return f"expands to more than {MAX_NODES} YAML nodes (an alias bomb)"
    return None


def _as_str(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, (str, int, float)):
        return str(value)
    return None


def license_section(text: str, start: int = 0) -> tuple[str | None, int]:
    """The Markdown section whose heading names the license, and its offset."""
    headings = list(_HEADING.finditer(text, start))
    for i, h in enumerate(headings):
        if re.search(r"licen[cs]", h.group(2), re.IGNORECASE):
            level = len(h.group(1))
            end = len(text)
            for nxt in headings[i + 1 :]:
                if len(nxt.group(1)) <= level:
                    end = nxt.start()
                    break
            body = text[h.end() : end].strip()
            return (body or None), h.end()
    return None, 0


def parse_model_card(text: str, source: str = "model card") -> ModelCard:
    """Parse front matter (safely) and the License section of a model card."""
    import yaml

    card = ModelCard()
    fm, body_start = _front_matter(text)
    data: object = None
    if fm is None:
        if has_front_matter(text):
            card.warnings.append(f"{source}: front matter not closed or over {MAX_FRONT_MATTER} "
                                 "characters: not read")
    else:
        try:
            problem = check_front_matter(fm)
            if problem:
                card.warnings.append(f"{source}: malformed YAML front matter: {problem}: "
                                     "not read")
            else:
                data = yaml.safe_load(fm)
        except yaml.YAMLError as exc:
            first = (str(exc).splitlines() or ["?"])[0]
            card.warnings.append(f"{source}: malformed YAML front matter: {first}")
        except (ValueError, TypeError, RecursionError) as exc:  # odd tags, anything missed
            card.warnings.append(f"{source}: malformed YAML front matter: "
                                 f"{type(exc).__name__}: {str(exc)[:200]}")
    if isinstance(data, dict):
        lic = data.get("license")
        if isinstance(lic, list):
            card.licenses = [s for s in (_as_str(v) for v in lic) if s and s.strip()]
        elif _as_str(lic) and str(lic).strip():
            card.licenses = [str(lic).strip()]
        elif lic is not None:
            card.warnings.append(f"{source}: front-matter 'license' is not a string or a list:"
                                 " ignored")
        card.license_name = _as_str(data.get("license_name"))
        card.license_link = _as_str(data.get("license_link"))
        base = data.get("base_model")
        if isinstance(base, list):
            card.base_model = [str(b) for b in base if _as_str(b)]
        else:
            card.base_model = _as_str(base)
    elif data is not None:
        card.warnings.append(f"{source}: front matter is not a mapping")
    card.section, card.section_start = license_section(text, body_start)
    return card
