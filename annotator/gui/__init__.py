"""The desktop window: Qt only, over :class:`annotator.project.Project`.

No SQL here and no import of ``annotator.store``; every data operation goes
through the facade, and its errors come from ``annotator.errors``.
"""
