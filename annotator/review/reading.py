"""The figures in plain words: what each means, its range, warnings, a summary.

A team lead reads the report, not the formulas. Each figure carries a one-line
meaning and its range (:data:`MEANINGS`), shown beside it in the window, the
HTML and the text; each label gets plain warnings where its figures can
mislead; three sentences above the tables say how many units, which labels
agree well and which do not, and why.

The thresholds are stated here once: Krippendorff's 0.8 for "agree well" (his
threshold for data to rely on; 0.667 the lowest for tentative conclusions),
10 tagged sentences in a layer as the least that makes a label's figure more
than a handful of decisions, and a gap of 0.3 between observed agreement and
kappa as the mark of a rare label (most sentences are "neither", which both
reviewers agree on without trying).
"""

from __future__ import annotations

from typing import NamedTuple

from annotator.translatable import QT_TRANSLATE_NOOP, Figure, Joined, Name

RELIABLE = 0.8
TENTATIVE = 0.667
FEW_POSITIVE = 10
PREVALENCE_GAP = 0.3
UNDEFINED = QT_TRANSLATE_NOOP("review.reading", "undefined")  # a figure's value in a sentence
NOT_AVAILABLE = QT_TRANSLATE_NOOP("review.reading", "n/a")


class Meaning(NamedTuple):
    name: str
    meaning: str
    range: str


MEANINGS: dict[str, Meaning] = {m.name: m for m in (
    Meaning("kappa", "Cohen's kappa: agreement beyond what each reviewer's own rates give by chance",
            "-1 to 1; 0 chance, 1 perfect"),
    Meaning("alpha", "Krippendorff's alpha: 1 - observed / expected disagreement, missing values allowed",
            "-1 to 1; >= 0.8 reliable, >= 0.667 tentative"),
    Meaning("ac1", "Gwet's AC1: chance-corrected agreement that stays stable when a label is rare",
            "-1 to 1; 1 perfect"),
    Meaning("positive", "positive specific agreement: of the sentences either tagged, the share both tagged "
            "(2a / (2a+b+c))", "0 to 1"),
    Meaning("negative", "negative specific agreement: of the sentences either left untagged, the share "
            "both left untagged (2d / (2d+b+c))", "0 to 1"),
    Meaning("observed", "observed agreement: share of sentences decided alike", "0 to 1; inflated by 'neither'"),
    Meaning("fleiss", "Fleiss' kappa: kappa over many reviewers, each sentence seen by as many",
            "-1 to 1; 0 chance, 1 perfect"),
)}


def label_warnings(label: str, counts: tuple[int, int, int, int], kappa: float | None,
                   observed: float | None, names: tuple[str, str] = ("A", "B")) -> tuple[str, ...]:
    """Plain warnings for one label of two reviewers from its 2x2 table (both, A only, B only, neither)."""
    both, a_only, b_only, neither = counts
    found = []
    tagged = {names[0]: both + a_only, names[1]: both + b_only}
    few = [(who, n) for who, n in tagged.items() if n < FEW_POSITIVE]
    if few:
        told = (QT_TRANSLATE_NOOP("review.reading", "{who} {n}").format(who=few[0][0], n=few[0][1]) if len(few) == 1
                else QT_TRANSLATE_NOOP("review.reading", "{who} {n} and {other} {m}").format(
                    who=few[0][0], n=few[0][1], other=few[1][0], m=few[1][1]))
        found.append(QT_TRANSLATE_NOOP("review.reading", "{label}: fewer than {least} tagged sentences ({told}); "
                                       "a few decisions move every figure").format(
            label=Name(label), least=FEW_POSITIVE, told=told))
    if observed is not None and (kappa is None or observed - kappa >= PREVALENCE_GAP):
        total = both + a_only + b_only + neither
        share = neither / total if total else 0
        kappa_text = UNDEFINED if kappa is None else Figure(f"{kappa:.2f}")
        found.append(QT_TRANSLATE_NOOP(
            "review.reading", "{label}: observed agreement {observed:.2f} but kappa {kappa}: {share:.0%} of "
            "sentences are 'neither', agreed on without effort; read positive agreement and AC1").format(
            label=Name(label), observed=observed, kappa=kappa_text, share=share))
    return tuple(found)


def verdict(value: float | None) -> str:
    """'well', 'tentatively' or 'poorly' by Krippendorff's thresholds; 'undefined'."""
    if value is None:
        return "undefined"
    if value >= RELIABLE:
        return "well"
    return "tentatively" if value >= TENTATIVE else "poorly"


def why_poor(label: str, either: int, agreed: int, many: bool = False) -> str:
    """Why a label's agreement is low, in words: ``either`` sentences were tagged
    ``label`` by a reviewer, ``agreed`` by every reviewer who saw them."""
    anyone = (QT_TRANSLATE_NOOP("review.reading", "any reviewer") if many
              else QT_TRANSLATE_NOOP("review.reading", "either reviewer"))
    label = Name(label)
    if either == 0:
        return QT_TRANSLATE_NOOP("review.reading", "no sentence tagged {label} by {anyone}").format(
            label=label, anyone=anyone)
    if either == 1:
        return QT_TRANSLATE_NOOP("review.reading", "only 1 sentence tagged {label} by {anyone}").format(
            label=label, anyone=anyone)
    if either < FEW_POSITIVE:
        return QT_TRANSLATE_NOOP("review.reading", "only {n} sentences tagged {label} by {anyone}").format(
            n=either, label=label, anyone=anyone)
    who = (QT_TRANSLATE_NOOP("review.reading", "all who saw them") if many
           else QT_TRANSLATE_NOOP("review.reading", "both"))
    return QT_TRANSLATE_NOOP("review.reading", "of {n} sentences tagged {label} by {anyone}, {who} tagged {agreed}"
                             ).format(n=either, label=label, anyone=anyone, who=who, agreed=agreed)


def agreement_sentences(alphas: dict[str, float | None], reasons: dict[str, str]) -> tuple[str, str]:
    """The second and third summary sentences: which labels agree well, which do not and why.

    ``alphas``: each label's alpha; ``reasons``: why, for the labels below
    :data:`RELIABLE` (from :func:`why_poor`)."""
    good = [QT_TRANSLATE_NOOP("review.reading", "{label} (alpha {alpha:.2f})").format(label=Name(label), alpha=value)
            for label, value in alphas.items() if verdict(value) == "well"]
    bad = [QT_TRANSLATE_NOOP("review.reading", "{label} (alpha {alpha}: {reason})").format(
        label=Name(label), alpha=NOT_AVAILABLE if value is None else Figure(f"{value:.2f}"), reason=reasons[label])
        for label, value in alphas.items() if verdict(value) != "well"]
    first = (QT_TRANSLATE_NOOP("review.reading", "Agree well (alpha >= {threshold}): {labels}.").format(
        threshold=RELIABLE, labels=Joined(", ", good)) if good
        else QT_TRANSLATE_NOOP("review.reading", "No label reaches alpha {threshold}, the threshold for data to rely "
                               "on.").format(threshold=RELIABLE))
    second = (QT_TRANSLATE_NOOP("review.reading", "Do not agree well: {labels}.").format(labels=Joined("; ", bad))
              if bad else QT_TRANSLATE_NOOP("review.reading", "Every label agrees well."))
    return first, second
