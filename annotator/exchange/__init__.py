"""One reviewer's work as a versioned JSON file, out and in, on plain data; and out
in the formats other tools read (W3C Web Annotation, ClaimReview, CSV, brat).

The store supplies ``ExportArticle``/``ExportLink`` values and claims
(:class:`annotator.claims.model.Claim`) to ``write_export`` and writes what
``read_export`` returns into the database;
nothing here speaks SQL or Qt. The format is documented by
resources/annotations.schema.json.
"""

from annotator.exchange.document import (
    FORMAT,
    VERSION,
    VERSIONS,
    ExportArticle,
    ExportDocument,
    ExportLink,
    ExportSentence,
)
from annotator.exchange.errors import DocumentError
from annotator.exchange.reader import read_annotations, read_export
from annotator.exchange.schema import schema_text
from annotator.exchange.writer import timestamp, write_export
from annotator.exchange.brat import write_brat_zip
from annotator.exchange.claimreview import write_claimreview
from annotator.exchange.csv_files import write_csv_zip
from annotator.exchange.w3c import write_w3c

__all__ = [
    "FORMAT",
    "VERSION",
    "VERSIONS",
    "DocumentError",
    "ExportArticle",
    "ExportDocument",
    "ExportLink",
    "ExportSentence",
    "read_annotations",
    "read_export",
    "schema_text",
    "timestamp",
    "write_brat_zip",
    "write_claimreview",
    "write_csv_zip",
    "write_export",
    "write_w3c",
]
