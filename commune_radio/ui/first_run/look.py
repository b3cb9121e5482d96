"""How the wizard looks: larger type, big plain buttons, the chosen role framed in blue."""

from __future__ import annotations

import html

STYLE = """
QWizard QPushButton { min-height: 36px; padding: 4px 20px; }
QPushButton[choice="true"] {
    min-height: 92px; background: #ffffff; border: 1px solid #9e9e9e; border-radius: 6px;
}
QPushButton[choice="true"]:hover { border-color: #1565c0; }
QPushButton[choice="true"]:checked { background: #e3f2fd; border: 3px solid #1565c0; }
QListWidget#communeList::item { padding: 4px 2px; }
QCheckBox { spacing: 10px; }
QCheckBox::indicator { width: 20px; height: 20px; }
"""

FONT_SCALE = 1.15


def page_title(text: str) -> str:
    """A page title a little larger than the words under it (rich text for QWizard's header)."""
    return f'<span style="font-size: large; font-weight: bold;">{html.escape(text)}</span>'
