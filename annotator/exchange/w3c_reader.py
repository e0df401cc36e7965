"""W3C Web Annotation in: a collection written by :mod:`.w3c` read back as one reviewer's layer.

The annotations name articles by IRI; which article of the file an IRI is
(a URN holding its id, or its URL) is the project's business, so this returns
plain data keyed by IRI, each sentence with the text the file quotes for it,
which the project compares with its own before it accepts anything. Each rule
broken is a :class:`DocumentError` naming its place, such as
``first.items[12].target.selector``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from annotator.claims.model import FIELDS, Claim, Source, check
from annotator.exchange.errors import DocumentError
from annotator.exchange.w3c import CITATION_URN
from annotator.model import LABELS, RELATIONS, STATUSES

#: field name -> its label; the names are unique across labels, so ``"unit: %"`` says both.
FIELD_LABELS = {name: label for label, names in FIELDS.items() for name in names}
#: (IRI, start, end)
Key = tuple[str, int, int]


@dataclass
class SentenceWork:
    labels: set[str] = field(default_factory=set)
    note: str = ""
    fields: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class AnnotationLayer:
    """One reviewer's work as the file holds it, articles named by IRI. Every place
    quoted (in ``places``: the text each sentence must have) is checked by the project."""

    reviewer: str = ""
    statuses: dict[str, str] = field(default_factory=dict)
    sentences: dict[Key, SentenceWork] = field(default_factory=dict)
    links: list[tuple[Key, Key, str, str]] = field(default_factory=list)
    claims: list[tuple[Claim, tuple[Key, ...]]] = field(default_factory=list)
    places: dict[Key, tuple[str, str]] = field(default_factory=dict)  # key -> (where, exact)

    @property
    def iris(self) -> set[str]:
        return set(self.statuses) | {key[0] for key in self.places}


def is_w3c(data: Any) -> bool:
    """Whether parsed JSON is a Web Annotation document (rather than an annotator export)."""
    return isinstance(data, dict) and "@context" in data


def read_layer(data: Any) -> AnnotationLayer:
    """The layer in a parsed collection (or a single page); raises DocumentError."""
    items, where = _items(data)
    layer = AnnotationLayer()
    for n, item in enumerate(items):
        _annotation(layer, _object(item, f"{where}[{n}]"), f"{where}[{n}]")
    if not layer.reviewer:
        raise DocumentError(where, "holds no annotation")
    return layer


def _items(data: Any) -> tuple[list[Any], str]:
    data = _object(data, "document")
    kind = data.get("type")
    if kind == "AnnotationCollection":
        if "next" in _object(data.get("first"), "first"):
            raise DocumentError("first.next", "only a collection of one page is read")
        return _list(data["first"].get("items"), "first.items"), "first.items"
    if kind == "AnnotationPage":
        return _list(data.get("items"), "items"), "items"
    raise DocumentError("type", f"{kind!r}: expected an AnnotationCollection or an AnnotationPage")


def _annotation(layer: AnnotationLayer, item: Mapping[str, Any], where: str) -> None:
    if item.get("type") != "Annotation":
        raise DocumentError(f"{where}.type", "expected Annotation")
    creator = _text(_object(item.get("creator"), f"{where}.creator").get("name"), f"{where}.creator.name")
    if layer.reviewer and creator != layer.reviewer:
        raise DocumentError(f"{where}.creator.name", f"{creator!r}: every annotation must be by {layer.reviewer!r}")
    layer.reviewer = creator
    motivation = item.get("motivation")
    bodies = _bodies(item.get("body"), f"{where}.body")
    target = item.get("target")
    if motivation == "tagging" and isinstance(target, str):
        status = _one_value(bodies, f"{where}.body", STATUSES)
        _set_once(layer.statuses, target, status, f"{where}.target")
    elif motivation in ("tagging", "commenting", "describing"):
        key = _place(layer, target, f"{where}.target")
        work = layer.sentences.setdefault(key, SentenceWork())
        if motivation == "tagging":
            # One body per label (an older export wrote one annotation per label: read as well).
            work.labels.update(_one_value([body], f"{where}.body[{n}]", LABELS) for n, body in enumerate(bodies))
        elif motivation == "commenting":
            work.note = _text(bodies[0].get("value"), f"{where}.body.value")
        else:
            work.fields.extend(_field(body, f"{where}.body[{n}]") for n, body in enumerate(bodies))
    elif motivation == "linking":
        _link(layer, bodies, _list(target, f"{where}.target"), where)
    elif motivation in ("assessing", "identifying"):
        layer.claims.append(_claim(layer, item, bodies, where))
    else:
        raise DocumentError(f"{where}.motivation", f"{motivation!r} is not a motivation annotator writes")


def _link(layer: AnnotationLayer, bodies: list[dict[str, Any]], targets: list[Any], where: str) -> None:
    if len(targets) != 2:
        raise DocumentError(f"{where}.target", f"a link has two targets, not {len(targets)}")
    ends = [_place(layer, t, f"{where}.target[{n}]") for n, t in enumerate(targets)]
    relation = _one_value(bodies[:1], f"{where}.body[0]", RELATIONS)
    note = "".join(_text(b.get("value"), f"{where}.body[1]") for b in bodies[1:2])
    layer.links.append((ends[0], ends[1], relation, note))


def _claim(layer: AnnotationLayer, item: Mapping[str, Any], bodies: list[dict[str, Any]], where: str):
    iri = _text(item.get("id"), f"{where}.id")
    number = iri.rpartition(":claim:")[2]
    if not number.isdigit():
        raise DocumentError(f"{where}.id", "a claim's id ends in :claim:<number>")
    parts: dict[str, Any] = {"sources": []}
    for n, body in enumerate(bodies):
        role = _text(body.get("id", ""), f"{where}.body[{n}].id").rpartition(iri + ":")[2]
        if role.startswith("source:"):
            parts["sources"].append(_source(body, f"{where}.body[{n}]"))
        elif role in ("statement", "verdict", "rationale", "checked"):
            parts[role] = _text(body.get("value"), f"{where}.body[{n}].value")
        else:
            raise DocumentError(f"{where}.body[{n}].id", "expected the claim's id and :statement, :verdict, "
                                ":rationale, :checked or :source:N")
    targets = _list(item.get("target"), f"{where}.target")
    keys = tuple(  # a bare IRI (the collection's) stands for no sentence
        _place(layer, t, f"{where}.target[{n}]") for n, t in enumerate(targets) if not isinstance(t, str)
    )
    try:
        claim = check(Claim(
            id=int(number), statement=parts.get("statement", ""), verdict=parts.get("verdict"),
            rationale=parts.get("rationale", ""), checked_at=_date(parts.get("checked"), f"{where}.body"),
            sources=tuple(parts["sources"]),
        ))
    except ValueError as error:
        raise DocumentError(where, str(error)) from None
    return claim, keys


def _source(body: Mapping[str, Any], where: str) -> Source:
    iri = _text(body.get("source"), f"{where}.source")
    url = unquote(iri[len(CITATION_URN):]) if iri.startswith(CITATION_URN) else iri
    state = body.get("state")
    accessed = None
    if state is not None:
        stamp = _text(_object(state, f"{where}.state").get("sourceDate"), f"{where}.state.sourceDate")
        accessed = _date(stamp[:10], f"{where}.state.sourceDate")
    return Source(url, _text(body.get("label", ""), f"{where}.label"), accessed)


def _field(body: Mapping[str, Any], where: str) -> tuple[str, str, str]:
    name, colon, value = _text(body.get("value"), f"{where}.value").partition(": ")
    if not colon or name not in FIELD_LABELS or not value:
        raise DocumentError(f"{where}.value", f"expected 'field: value', the field one of {', '.join(FIELD_LABELS)}")
    return FIELD_LABELS[name], name, value


def _place(layer: AnnotationLayer, target: Any, where: str) -> Key:
    """A sentence target's key; the quote it gives is kept for the project to check."""
    target = _object(target, where)
    source = _text(target.get("source"), f"{where}.source")
    selectors = target.get("selector")
    found = {_kind(s): s for s in (_object(x, f"{where}.selector") for x in _as_list(selectors))}
    position = found.get("TextPositionSelector")
    if position is None:
        raise DocumentError(f"{where}.selector", "needs a TextPositionSelector")
    start, end = (_count(position.get(k), f"{where}.selector.{k}") for k in ("start", "end"))
    if start >= end:
        raise DocumentError(f"{where}.selector", f"start {start} is not before end {end}")
    key = (source, start, end)
    quote = found.get("TextQuoteSelector")
    exact = "" if quote is None else _text(quote.get("exact"), f"{where}.selector.exact")
    earlier = layer.places.setdefault(key, (where, exact))
    if exact and earlier[1] and exact != earlier[1]:
        raise DocumentError(where, f"quotes {start}-{end} otherwise than {earlier[0]}")
    if exact and not earlier[1]:
        layer.places[key] = (where, exact)
    return key


def _bodies(value: Any, where: str) -> list[dict[str, Any]]:
    bodies = [_object(b, where) for b in _as_list(value)]
    if not bodies:
        raise DocumentError(where, "missing")
    return bodies


def _one_value(bodies: list[dict[str, Any]], where: str, allowed: tuple[str, ...]) -> str:
    value = bodies[0].get("value")
    if len(bodies) != 1 or value not in allowed:
        raise DocumentError(where, f"expected one body whose value is one of {', '.join(allowed)}")
    return value


def _set_once(found: dict[str, str], key: str, value: str, where: str) -> None:
    if key in found:
        raise DocumentError(where, f"{key} is given a status twice")
    found[key] = value


def _date(value: str | None, where: str) -> _dt.date | None:
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise DocumentError(where, f"{value!r} is not a date YYYY-MM-DD") from None


def _kind(node: Mapping[str, Any]) -> str:
    kind = node.get("type")
    return kind if isinstance(kind, str) else ""


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _list(value: Any, where: str) -> list[Any]:
    if isinstance(value, list):
        return value
    if value is None:
        raise DocumentError(where, "missing")
    return [value]


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise DocumentError(where, "expected an object")
    return value


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise DocumentError(where, "expected text")
    return value


def _count(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise DocumentError(where, "expected a whole number >= 0")
    return value
