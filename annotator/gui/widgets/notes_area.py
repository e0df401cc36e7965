"""Texts that scroll when the window is short of room: a figure's meanings, warnings, a summary.

A wrapped text needs more lines the narrower its window, and a window of
1280x800 cannot also give every one of them all its lines. :class:`NotesArea`
shows its texts whole when there is room and, short of it, as many lines as
it is given with a scroll bar for the rest: never drawn over the next widget,
never cut without a way to read it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from .labels import FittedLabel


class NotesArea(QScrollArea):
    """``labels`` under one another, scrolling vertically; as tall as they are when the
    layout has room, down to ``least_lines`` lines when it has not."""

    def __init__(self, name: str, *labels: FittedLabel, least_lines: int = 3, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.least_lines = least_lines
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        content = QWidget()
        content.setObjectName(f"{name}-content")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        for label in labels:
            layout.addWidget(label)
            label.installEventFilter(self)
        layout.addStretch(1)
        self.setWidget(content)
        self.viewport().setAutoFillBackground(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """A text changed or was shown: the area asks the layout for its new height."""
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Resize):
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def _content_height(self) -> int:
        content = self.widget()
        width = self.viewport().width() if self.isVisible() else content.width()
        height = content.heightForWidth(width) if content.hasHeightForWidth() else -1
        return max(height, content.minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().sizeHint().width(), self._content_height() + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        least = self.least_lines * self.fontMetrics().lineSpacing()
        return QSize(super().minimumSizeHint().width(), min(least, self._content_height()) + 2 * self.frameWidth())
