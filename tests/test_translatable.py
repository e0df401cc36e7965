"""The core's sentences marked for translation stay the English strings they always were."""

from __future__ import annotations

import json
import pickle
from dataclasses import fields

from annotator.model import ArticleMeta
from annotator.project.metadata import ONE_LINE
from annotator.review.reading import agreement_sentences, why_poor
from annotator.translatable import QT_TRANSLATE_NOOP, Joined, Name, Said


def test_a_marked_sentence_is_its_english_text_with_its_template_and_values():
    said = QT_TRANSLATE_NOOP("review.reading", "only {n} sentences tagged {label}").format(n=3, label=Name("claim"))
    assert said == "only 3 sentences tagged claim" and isinstance(said, str)
    assert (said.context, said.template, said.values) == ("review.reading", "only {n} sentences tagged {label}",
                                                          {"n": 3, "label": "claim"})
    assert json.dumps({"why": said}) == '{"why": "only 3 sentences tagged claim"}'
    assert str(said) == said and type(str(said)) is str


def test_a_list_keeps_its_parts():
    joined = Joined("; ", ["a", Name("quote")])
    assert joined == "a; quote" and joined.parts == ("a", "quote") and joined.separator == "; "


def test_a_sentence_survives_a_pickle_whole():
    """An error crossing to another process keeps what the window translates."""
    said = QT_TRANSLATE_NOOP("errors", "{path}: {reason}").format(path="a.db", reason=Joined(", ", [Name("claim")]))
    back = pickle.loads(pickle.dumps(said))
    assert back == said and (back.context, back.template) == ("errors", "{path}: {reason}")
    assert back.values["reason"].parts == ("claim",) and isinstance(back.values["reason"].parts[0], Name)
    fixed = pickle.loads(pickle.dumps(QT_TRANSLATE_NOOP("errors", "no {braces} here")))
    assert fixed == "no {braces} here" and fixed.values == {}


def test_the_agreement_reading_is_built_of_marked_parts():
    reason = why_poor("quote", 3, 1)
    first, second = agreement_sentences({"claim": 0.91, "quote": 0.2}, {"quote": reason})
    assert first == "Agree well (alpha >= 0.8): claim (alpha 0.91)."
    assert second == "Do not agree well: quote (alpha 0.20: only 3 sentences tagged quote by either reviewer)."
    assert isinstance(second, Said) and isinstance(second.values["labels"], Joined)
    assert isinstance(second.values["labels"].parts[0].values["label"], Name)


def test_every_detail_of_an_article_has_its_one_line_refusal():
    assert set(ONE_LINE) == {field.name for field in fields(ArticleMeta)}
    assert all(said == f"the {name} must be one line" for name, said in ONE_LINE.items())
