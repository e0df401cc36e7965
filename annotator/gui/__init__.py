"""The desktop window: Qt only, over :class:`annotator.project.Project`.

No SQL here and no import of ``annotator.store`` (except ``StoreError`` in
``app.py``); every data operation goes through the facade.
"""
