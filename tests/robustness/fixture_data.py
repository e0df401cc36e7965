"""What a fixture file holds, as plain JSON-able data read back through the facade.

Used by ``tests/fixtures/make_fixtures.py`` to write the sidecar
``schema<N>.json`` and by the migration tests to compare a file after it was
opened (and upgraded) by the current release with that record.
"""

from __future__ import annotations


def describe(project, version: int) -> dict:
    """Articles, and per reviewer: labels, notes, statuses, links; decisions from schema 2;
    claims and fact-check fields from schema 4."""
    record: dict = {"schema_version": version, "articles": {}, "reviewers": {}}
    summaries = project.articles(None)
    for summary in summaries:
        record["articles"][summary.id] = {
            "source": summary.source,
            "title": summary.title,
            "date": summary.date.isoformat() if summary.date else None,
            "sentences": summary.sentences,
        }
    for name in project.reviewers():
        layer: dict = {"labels": [], "notes": {}, "status": {}, "links": []}
        for summary in summaries:
            for sentence, labels in project.labels(name, summary.id).items():
                layer["labels"].extend([sentence, label] for label in sorted(labels))
            for sentence, note in project.notes(name, summary.id).items():
                layer["notes"][str(sentence)] = note
            status = project.status(name, summary.id)
            if status != "todo":
                layer["status"][summary.id] = status
            for link in project.links(name, summary.id):
                row = [link.id, link.source, link.target, link.relation, link.note]
                if row not in layer["links"]:
                    layer["links"].append(row)
        layer["labels"].sort()
        layer["links"].sort()
        if version >= 4:
            layer["claims"] = _claims(project, name)
            layer["fields"] = _fields(project, name, summaries)
        record["reviewers"][name] = layer
    if version >= 2:
        rows = project.db.execute(
            "SELECT r.name, a.sentence_id, a.other_sentence_id, a.choice, a.value"
            " FROM adjudications a JOIN reviewers r ON r.id = a.reviewer_id ORDER BY 1, 2, 3"
        ).fetchall()
        record["adjudications"] = [list(row) for row in rows]
    return record


def _claims(project, name: str) -> list:
    """Each claim with its values, sources and appearances (by sentence id), by id."""
    found = []
    for summary in sorted(project.claims.list(name), key=lambda s: s.id):
        claim = project.claims.get(name, summary.id)
        found.append({
            "id": claim.id, "statement": claim.statement, "verdict": claim.verdict,
            "rationale": claim.rationale, "checked_at": _day(claim.checked_at),
            "sources": [[s.url, s.title, _day(s.accessed)] for s in claim.sources],
            "appearances": [entry.sentence_id for entry in project.claims.timeline(name, claim.id)],
        })
    return found


def _fields(project, name: str, summaries) -> dict:
    return {
        str(sentence.id): fields
        for summary in summaries for sentence in project.sentences(summary.id)
        if (fields := project.fields(name, sentence.id))
    }


def _day(day) -> str | None:
    return day.isoformat() if day else None
