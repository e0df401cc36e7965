"""The Claims window: every claim of the reviewer, and the selected claim's timeline.

``verdicts`` holds how a verdict is shown (its name in the interface's language,
its colour), ``models`` the claims table and the timeline as item models over
the facade's plain rows, ``timeline`` the timeline's view, ``window`` the
non-modal window that puts them together and sends the reviewer to a sentence.
"""
