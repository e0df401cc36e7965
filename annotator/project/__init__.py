"""The facade both faces use, like Anki's ``Collection``: one annotator file.

- :mod:`.facade`: :class:`Project`, opening the file, reading it, the small edits;
- :mod:`.exchange`: ``project.exchange``, a reviewer's whole work in and out;
- :mod:`.claims`: ``project.claims``, the claims' reads and edits;
- :mod:`.claim_files`: a reviewer's claims and fields in bulk (export, import, layers);
- :mod:`.claim_review`: claims compared, merged and decided into gold;
- :mod:`.claim_listing`: the claims as ``annotator claims`` lists them;
- :mod:`.adjudication`: deciding two reviewers' disagreements into gold;
- :mod:`.sources`: the layers ``compare`` and ``merge`` read (file, export, reviewer);
- :mod:`.progress`, :mod:`.clock`, :mod:`.store_errors`, :mod:`.text`: what every operation shares.

The errors it raises are in :mod:`annotator.errors`.
"""

from .changes import Changes
from .facade import Project
from .progress import Progress

__all__ = ["Changes", "Progress", "Project"]
