"""The facade both faces use, like Anki's ``Collection``: one annotator file.

- :mod:`.facade`: :class:`Project`, opening the file, reading it, the small edits;
- :mod:`.exchange`: ``project.exchange``, a reviewer's whole work in and out;
- :mod:`.adjudication`: deciding two reviewers' disagreements into gold;
- :mod:`.sources`: the layers ``compare`` and ``merge`` read (file, export, reviewer);
- :mod:`.progress`, :mod:`.clock`, :mod:`.store_errors`: what every operation shares.

The errors it raises are in :mod:`annotator.errors`.
"""

from .changes import Changes
from .facade import Project
from .progress import Progress

__all__ = ["Changes", "Progress", "Project"]
