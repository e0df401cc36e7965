"""The "Compare reviewers…" window: figures of two reviewers' agreement, and adjudication.

``dialog.CompareDialog`` is the entry point. The figures come from
:func:`annotator.review.compare` (through :class:`annotator.project.adjudication.Adjudication`)
and are only shown here, never computed; decisions go through the facade as
undoable commands.
"""
