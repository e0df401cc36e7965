"""schema.org ClaimReview out: each judged claim as the markup search engines read for fact-checks.

One JSON-LD document, ``{"@context": "https://schema.org", "@graph": [...]}``,
one ``ClaimReview`` per claim with a verdict, holding what Google's fact-check
markup asks for: ``claimReviewed`` (the statement), ``reviewRating`` (1-5 on the
verdict scale, ``alternateName`` the verdict in words; ``unverifiable``, off
the scale, has only its name), ``itemReviewed`` (a ``Claim`` with an
``appearance`` per article stating it and its ``firstAppearance``), ``author``
(the organisation), ``datePublished`` (the day the claim was checked, else
last changed) and ``url`` (from a template such as
``https://example.org/fact-checks/{claim}``).

Without a URL template or an organisation the file is still written, and the
warnings returned say what search engines will miss.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TextIO

from annotator.claims.model import SCALE, Claim
from annotator.exchange.work import WorkClaim
from annotator.model import ArticleMeta
from annotator.translatable import QT_TRANSLATE_NOOP

#: The verdict scale as ratings: worst 1, best 5.
RATINGS = {verdict: n for n, verdict in enumerate(SCALE, 1)}
#: What ``{claim}`` in a URL template stands for.
CLAIM_PLACEHOLDER = "{claim}"


@dataclass(frozen=True)
class Publication:
    """What ClaimReview says of an article a claim appears in."""

    meta: ArticleMeta
    date: str | None  # YYYY-MM-DD


def write_claimreview(
    out: TextIO, claims: Iterable[WorkClaim], articles: Mapping[str, Publication], *,
    organisation: str = "", url_template: str = "",
) -> list[str]:
    """Write the judged ``claims`` to ``out``; the warnings (empty when nothing is missing)."""
    out.write('{"@context": "https://schema.org",\n "@graph": [')
    written = 0
    for item in claims:
        if not item.claim.verdict:
            continue
        review = claim_review(item, articles, organisation, url_template)
        out.write(",\n  " if written else "\n  ")
        out.write(json.dumps(review, ensure_ascii=False))
        written += 1
    out.write("\n ]}\n" if written else "]}\n")
    return _warnings(written, organisation, url_template)


def claim_review(
    item: WorkClaim, articles: Mapping[str, Publication], organisation: str, url_template: str,
) -> dict[str, Any]:
    claim = item.claim
    review: dict[str, Any] = {"@type": "ClaimReview"}
    if url_template:
        review["url"] = url_template.replace(CLAIM_PLACEHOLDER, str(claim.id))
    review["claimReviewed"] = claim.statement
    review["reviewRating"] = _rating(claim.verdict or "")
    review["itemReviewed"] = _claim(claim, articles)
    if organisation:
        review["author"] = {"@type": "Organization", "name": organisation}
    published = claim.checked_at.isoformat() if claim.checked_at else item.modified[:10]
    if published:
        review["datePublished"] = published
    if claim.rationale:
        review["reviewBody"] = claim.rationale
    if claim.sources:
        review["citation"] = [_citation(source.url, source.title) for source in claim.sources]
    return review


def _rating(verdict: str) -> dict[str, Any]:
    rating: dict[str, Any] = {"@type": "Rating"}
    if verdict in RATINGS:
        rating |= {"ratingValue": RATINGS[verdict], "bestRating": len(SCALE), "worstRating": 1}
    rating["alternateName"] = verdict
    return rating


def _claim(claim: Claim, articles: Mapping[str, Publication]) -> dict[str, Any]:
    """The Claim reviewed, with one appearance per article (in date order) stating it."""
    seen: list[str] = []
    for appearance in claim.appearances:
        if appearance.article_id not in seen and appearance.article_id in articles:
            seen.append(appearance.article_id)
    seen.sort(key=lambda article: (articles[article].date or "9999", article))
    works = [_work(articles[article]) for article in seen]
    found: dict[str, Any] = {"@type": "Claim"}
    if works:
        found["appearance"] = works
        found["firstAppearance"] = works[0]
    return found


def _work(publication: Publication) -> dict[str, Any]:
    meta = publication.meta
    work: dict[str, Any] = {"@type": "NewsArticle"}
    for key, value in (("url", meta.url), ("headline", meta.title), ("datePublished", publication.date)):
        if value:
            work[key] = value
    if meta.author:
        work["author"] = {"@type": "Person", "name": meta.author}
    if meta.outlet:
        work["publisher"] = {"@type": "Organization", "name": meta.outlet}
    return work


def _citation(url: str, title: str) -> dict[str, Any]:
    cited: dict[str, Any] = {"@type": "CreativeWork"}
    if url.lower().startswith(("http://", "https://")):
        cited["url"] = url
    else:
        cited["text"] = url
    if title:
        cited["name"] = title
    return cited


def _warnings(written: int, organisation: str, url_template: str) -> list[str]:
    if not written:
        return [QT_TRANSLATE_NOOP("exchange.claimreview", "no claim has a verdict: the file holds no ClaimReview")]
    warnings = []
    if not url_template:
        warnings.append(QT_TRANSLATE_NOOP(
            "exchange.claimreview", "no url: search engines need the address of each fact-check (give --url-template, "
            "e.g. {example}, or set url_template)").format(example="https://example.org/fact-checks/{claim}"))
    elif CLAIM_PLACEHOLDER not in url_template:
        warnings.append(QT_TRANSLATE_NOOP(
            "exchange.claimreview", "the url template has no {placeholder}: every ClaimReview gets the same url"
        ).format(placeholder=CLAIM_PLACEHOLDER))
    if not organisation:
        warnings.append(QT_TRANSLATE_NOOP(
            "exchange.claimreview", "no author: search engines need the organisation (give --organisation or set "
            "organisation)"))
    return warnings
