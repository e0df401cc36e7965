"""What a fixture file holds, as plain JSON-able data read back through the facade.

Used by ``tests/fixtures/make_fixtures.py`` to write the sidecar
``schema<N>.json`` and by the migration tests to compare a file after it was
opened (and upgraded) by the current release with that record.
"""

from __future__ import annotations


def describe(project, version: int) -> dict:
    """Articles, and per reviewer: labels, notes, statuses, links; decisions from schema 2."""
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
        record["reviewers"][name] = layer
    if version >= 2:
        rows = project.db.execute(
            "SELECT r.name, a.sentence_id, a.other_sentence_id, a.choice, a.value"
            " FROM adjudications a JOIN reviewers r ON r.id = a.reviewer_id ORDER BY 1, 2, 3"
        ).fetchall()
        record["adjudications"] = [list(row) for row in rows]
    return record
