"""The fact-checking layer's pure parts: claims, word differences, claim comparison.

Kept apart from ``annotator.model`` (tags and links) because a claim says *what
is asserted* and *whether it holds*, a different question from what kind of
sentence it is; and apart from the store and the faces so that every rule here
is plain functions over plain data, testable without a database or Qt.

- ``model``: the verdict scale, ``Source``, ``Appearance``, ``Claim``, the
  fact-check fields per label, and the checks a claim must pass;
- ``wording``: the word-level difference of two sentences;
- ``compare``: matching two reviewers' claims and the agreement figures.
"""
