"""Every MUST of the W3C Web Annotation Data Model (Recommendation, 23 February 2017) that
applies to what annotator writes, each checked by name, so a failure says which one.

``problems(collection)`` lists the MUSTs an AnnotationCollection document breaks.
Section numbers are the specification's.
"""

from __future__ import annotations

import re
from typing import Any

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
MOTIVATIONS = {
    "assessing", "bookmarking", "classifying", "commenting", "describing", "editing", "highlighting",
    "identifying", "linking", "moderating", "questioning", "replying", "tagging",
}
# xsd:dateTime with the UTC timezone expressed as "Z" (3.3.5, 4.2.3).
DATETIME_Z = re.compile(r"^-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")
IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")


def _types(node: dict) -> list:
    value = node.get("type", [])
    return value if isinstance(value, list) else [value]


def _many(value: Any) -> list:
    return value if isinstance(value, list) else [] if value is None else [value]


def annotation_problems(a: dict, where: str, embedded: bool) -> list[str]:
    found = []
    context = a.get("@context")
    if not embedded or context is not None:
        # 3.1: 1 or more @context, anno.jsonld one of them; a single value MUST be a string.
        if not (context == CONTEXT or (isinstance(context, list) and CONTEXT in context)):
            found.append(f"{where}: 3.1 @context MUST include {CONTEXT} (a string when alone)")
    # 3.1: exactly 1 IRI identifying it.
    if not isinstance(a.get("id"), str) or not IRI.match(a["id"]):
        found.append(f"{where}: 3.1 an Annotation MUST have exactly 1 IRI (id)")
    # 3.1: 1 or more types, Annotation one of them.
    if "Annotation" not in _types(a):
        found.append(f"{where}: 3.1 type MUST include Annotation")
    # 3.1: 1 or more targets.
    targets = _many(a.get("target"))
    if not targets:
        found.append(f"{where}: 3.1 an Annotation MUST have 1 or more targets")
    # 3.3.5 created / modified: xsd:dateTime in UTC with Z.
    for key in ("created", "modified", "generated"):
        if key in a and not (isinstance(a[key], str) and DATETIME_Z.match(a[key])):
            found.append(f"{where}: 3.3.5 {key} MUST be xsd:dateTime with Z")
    # 3.3.5 motivation: each a Motivation of the vocabulary (or a skos:Concept of one's own).
    for motivation in _many(a.get("motivation")):
        if motivation not in MOTIVATIONS:
            found.append(f"{where}: 3.3.5 motivation {motivation!r} MUST be a Motivation")
    for n, body in enumerate(_many(a.get("body"))):
        found += _body_problems(body, f"{where}.body[{n}]")
    for n, target in enumerate(targets):
        found += _target_problems(target, f"{where}.target[{n}]")
    # 3.3.3 creator: an agent; its name, when given, a string.
    for creator in _many(a.get("creator")):
        if isinstance(creator, dict) and not isinstance(creator.get("name", ""), str):
            found.append(f"{where}: 3.3.3 creator name MUST be a string")
    return found


def _body_problems(body: Any, where: str) -> list[str]:
    if isinstance(body, str):
        return [] if IRI.match(body) else [f"{where}: 3.2.1 an external body MUST be an IRI"]
    found = []
    if "TextualBody" in _types(body):
        # 3.2.4: exactly 1 value, a string; no id required but if present an IRI.
        if not isinstance(body.get("value"), str):
            found.append(f"{where}: 3.2.4 a TextualBody MUST have exactly 1 value")
    elif "SpecificResource" in _types(body):
        found += _specific_problems(body, where)
    else:
        found.append(f"{where}: a body MUST be an IRI, a TextualBody or a SpecificResource here")
    if "id" in body and not IRI.match(body["id"]):
        found.append(f"{where}: 3.2.4 a body's id MUST be an IRI")
    for purpose in _many(body.get("purpose")):
        # 4.1.1: purpose MUST be a Motivation.
        if purpose not in MOTIVATIONS:
            found.append(f"{where}: 4.1.1 purpose {purpose!r} MUST be a Motivation")
    return found


def _target_problems(target: Any, where: str) -> list[str]:
    if isinstance(target, str):
        return [] if IRI.match(target) else [f"{where}: 3.2.1 a target IRI MUST be an IRI"]
    if "SpecificResource" not in _types(target):
        return [f"{where}: a target MUST be an IRI or a SpecificResource here"]
    return _specific_problems(target, where)


def _specific_problems(node: dict, where: str) -> list[str]:
    found = []
    # 4: a Specific Resource MUST have exactly 1 source, an IRI.
    source = node.get("source")
    if not isinstance(source, str) or not IRI.match(source):
        found.append(f"{where}: 4 a SpecificResource MUST have exactly 1 source (an IRI)")
    for n, selector in enumerate(_many(node.get("selector"))):
        found += _selector_problems(selector, f"{where}.selector[{n}]")
    state = node.get("state")
    if state is not None:
        # 4.3.1 TimeState: sourceDate xsd:dateTime with Z.
        if "TimeState" not in _types(state) or not DATETIME_Z.match(str(state.get("sourceDate", ""))):
            found.append(f"{where}: 4.3.1 a TimeState MUST have a sourceDate in xsd:dateTime with Z")
    return found


def _selector_problems(selector: dict, where: str) -> list[str]:
    kinds = _types(selector)
    found = []
    if "TextQuoteSelector" in kinds:
        # 4.2.4: exactly 1 exact; prefix and suffix 0 or 1, strings.
        if not isinstance(selector.get("exact"), str):
            found.append(f"{where}: 4.2.4 a TextQuoteSelector MUST have exactly 1 exact")
        for key in ("prefix", "suffix"):
            if key in selector and not isinstance(selector[key], str):
                found.append(f"{where}: 4.2.4 {key} MUST be a single string")
    elif "TextPositionSelector" in kinds:
        # 4.2.5: exactly 1 start and 1 end, non-negative integers.
        for key in ("start", "end"):
            value = selector.get(key)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                found.append(f"{where}: 4.2.5 {key} MUST be exactly 1 non-negative integer")
    else:
        found.append(f"{where}: a selector MUST have its type")
    return found


def collection_problems(doc: dict) -> list[str]:
    found = []
    # 5.1 Annotation Collection: @context as 3.1, exactly 1 IRI, type AnnotationCollection,
    # and a first page if it holds annotations.
    if doc.get("@context") != CONTEXT:
        found.append("collection: 5.1 @context MUST be the anno.jsonld context")
    if not isinstance(doc.get("id"), str) or not IRI.match(doc["id"]):
        found.append("collection: 5.1 MUST have exactly 1 IRI")
    if "AnnotationCollection" not in _types(doc):
        found.append("collection: 5.1 type MUST include AnnotationCollection")
    page = doc.get("first")
    if not isinstance(page, dict):
        return found + ["collection: 5.1 MUST link to its first page"]
    # 5.2 Annotation Page: exactly 1 IRI, type AnnotationPage, exactly 1 items list.
    if not isinstance(page.get("id"), str) or not IRI.match(page["id"]):
        found.append("first: 5.2 a page MUST have exactly 1 IRI")
    if "AnnotationPage" not in _types(page):
        found.append("first: 5.2 type MUST include AnnotationPage")
    if not isinstance(page.get("items"), list):
        found.append("first: 5.2 a page MUST have exactly 1 items list")
    if "startIndex" in page and not (isinstance(page["startIndex"], int) and page["startIndex"] >= 0):
        found.append("first: 5.2 startIndex MUST be a non-negative integer")
    if "total" in doc and doc["total"] != len(page.get("items", [])):
        found.append("collection: 5.1 total MUST be the number of annotations")
    for n, item in enumerate(page.get("items", [])):
        found += annotation_problems(item, f"first.items[{n}]", embedded=True)
    return found
