"""The desktop window: Qt only, over :class:`annotator.project.Project`.

No SQL here and no import of ``annotator.store``; every data operation goes
through the facade, and its errors come from ``annotator.errors``.

Qt's raster painter splits a fill of more than about a hundred scan lines (a
scroll bar's gradient, a highlighted paragraph, an antialiased chip column)
among a pool of threads and waits for them: on the window's small areas that
costs more than the fill, in thread wake-ups and the kernel (a scroll bar's
repaint 0.7-0.9 ms of CPU, against 0.15-0.2 ms without the pool), and while
other programs hold the cores the window waits for a pooled thread to be
scheduled. ``QT_NO_GUI_THREADPOOL`` has Qt paint in the calling thread, the
same pixels; set here, before any QApplication, unless the user set it.
"""

import os

os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
