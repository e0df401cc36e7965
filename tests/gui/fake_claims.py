"""An in-memory stand-in for ``project.claims`` and the fact-check fields, after the contract in
/work/notes/claims-api.md, until the facade of branch claims-core is merged (then this goes).

Each edit returns Changes whose ``undo`` is the inverse edit, as the facade's do.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from functools import partial

from annotator.claims.model import Appearance, Claim
from annotator.errors import ProjectError
from annotator.project import Changes
from annotator.store.claim_summaries import ClaimSummary

UNSET = object()
_clock = itertools.count(1)


def _changes(project, sentences, undo, merge_key=None) -> Changes:
    articles = frozenset(project.sentence(s).article_id for s in sentences)
    return Changes(articles, frozenset(sentences), frozenset({"claims"}), None, undo, merge_key)


class FakeClaims:
    def __init__(self, project):
        self.project = project
        self.claims: dict[int, dict] = {}  # id -> {"reviewer", "claim": Claim, "sentences": list, "at": int}
        self.ids = itertools.count(1)

    def _mine(self, reviewer):
        return {cid: c for cid, c in self.claims.items() if c["reviewer"] == reviewer}

    def list(self, reviewer):
        rows = sorted(self._mine(reviewer).items(), key=lambda item: -item[1]["at"])
        return [ClaimSummary(cid, c["claim"].statement, c["claim"].verdict, len(c["sentences"]),
                             len({self.project.sentence(s).article_id for s in c["sentences"]}),
                             None, None, 0, str(c["at"])) for cid, c in rows]

    def get(self, reviewer, claim_id):
        c = self._mine(reviewer).get(claim_id)
        if c is None:
            raise ProjectError(f"no claim {claim_id}")
        sentences = [self.project.sentence(s) for s in c["sentences"]]
        return replace(c["claim"], appearances=tuple(Appearance(s.article_id, s.start, s.end) for s in sentences))

    def of_sentence(self, reviewer, sentence_id):
        return next((cid for cid, c in self._mine(reviewer).items() if sentence_id in c["sentences"]), None)

    def of_article(self, reviewer, article_id):
        return {s: cid for cid, c in self._mine(reviewer).items() for s in c["sentences"]
                if self.project.sentence(s).article_id == article_id}

    def create(self, reviewer, sentence_id, statement=None, claim_id=None):
        old = self.of_sentence(reviewer, sentence_id)
        if old is not None:
            self.claims[old]["sentences"].remove(sentence_id)
        cid = claim_id or next(self.ids)
        text = statement or self.project.sentence_text(sentence_id)
        self.claims[cid] = {"reviewer": reviewer, "claim": Claim(cid, text), "sentences": [sentence_id],
                            "at": next(_clock)}
        return _changes(self.project, {sentence_id}, partial(self._uncreate, reviewer, cid, old, text))

    def _uncreate(self, reviewer, cid, old, text):
        sentence = self.claims.pop(cid)["sentences"]
        if old is not None:
            self.claims[old]["sentences"].extend(sentence)
        return _changes(self.project, set(sentence),
                        lambda: self.create(reviewer, sentence[0], text, claim_id=cid))

    def attach(self, reviewer, claim_id, sentence_id):
        old = self.of_sentence(reviewer, sentence_id)
        if old is not None:
            self.claims[old]["sentences"].remove(sentence_id)
        self.claims[claim_id]["sentences"].append(sentence_id)
        self.claims[claim_id]["at"] = next(_clock)
        undo = (partial(self.attach, reviewer, old, sentence_id) if old is not None
                else partial(self.detach, reviewer, sentence_id))
        return _changes(self.project, {sentence_id}, undo)

    def detach(self, reviewer, sentence_id):
        old = self.of_sentence(reviewer, sentence_id)
        self.claims[old]["sentences"].remove(sentence_id)
        return _changes(self.project, {sentence_id}, partial(self.attach, reviewer, old, sentence_id))

    def update(self, reviewer, claim_id, *, statement=UNSET, verdict=UNSET, rationale=UNSET, checked_at=UNSET):
        given = {k: v for k, v in dict(statement=statement, verdict=verdict, rationale=rationale,
                                       checked_at=checked_at).items() if v is not UNSET}
        if given.get("statement", "x") == "":
            raise ProjectError("a claim needs a statement")
        c = self.claims[claim_id]
        before = {k: getattr(c["claim"], k) for k in given}
        c["claim"] = replace(c["claim"], **given)
        c["at"] = next(_clock)
        key = ("claim", reviewer, claim_id, *sorted(given))
        return _changes(self.project, set(c["sentences"]), lambda: self.update(reviewer, claim_id, **before), key)

    def set_sources(self, reviewer, claim_id, sources):
        c = self.claims[claim_id]
        before = c["claim"].sources
        c["claim"] = replace(c["claim"], sources=tuple(sources))
        return _changes(self.project, set(c["sentences"]), lambda: self.set_sources(reviewer, claim_id, before))


class FakeFields:
    """``project.fields`` and ``project.set_field``."""

    def __init__(self, project):
        self.project = project
        self.values: dict[tuple, str] = {}

    def fields(self, reviewer, sentence_id):
        found: dict[str, dict[str, str]] = {}
        for (r, s, label, field), value in self.values.items():
            if (r, s) == (reviewer, sentence_id):
                found.setdefault(label, {})[field] = value
        return found

    def set_field(self, reviewer, sentence_id, label, field, value):
        key = (reviewer, sentence_id, label, field)
        before = self.values.pop(key, "")
        if value:
            self.values[key] = value
        return _changes(self.project, {sentence_id},
                        lambda: self.set_field(reviewer, sentence_id, label, field, before),
                        ("field", reviewer, sentence_id, label, field))
