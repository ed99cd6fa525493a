"""What Yomu says about itself: names, version, and the credits the dictionary data requires.

The constants are plain text with no Qt behind them, so the CLI, the About box and any later
"Licences" page can all quote the same words. Qt is only imported when the dialog is shown.
"""
from __future__ import annotations

import html

from reader import __version__

APP_NAME = "Yomu"
ORGANISATION_NAME = "Yomu"
APP_TAGLINE = "Read Japanese news with furigana, dictionary look-ups, highlights and notes."

# Required attribution for the EDRDG dictionary files (CC BY-SA 4.0). Reuse this constant
# wherever the dictionary data is credited; do not paraphrase it.
DATA_LICENCE_CREDIT = (
    "JMdict, JMnedict and KANJIDIC2 are the property of the Electronic Dictionary Research and "
    "Development Group, used under CC BY-SA 4.0"
)
EDRDG_URL = "https://www.edrdg.org/edrdg/licence.html"
CC_BY_SA_URL = "https://creativecommons.org/licenses/by-sa/4.0/"


def about_text() -> str:
    """The About box as plain text (also handy for `yomu --about` style output)."""
    return f"{APP_NAME} {__version__}\n{APP_TAGLINE}\n\n{DATA_LICENCE_CREDIT}."


def about_html() -> str:
    """The About box body as rich text; every piece of text is escaped."""
    e = html.escape
    return (
        f"<h2 style='margin-bottom:0'>{e(APP_NAME)}</h2>"
        f"<p style='margin-top:2px'>Version {e(__version__)}</p>"
        f"<p>{e(APP_TAGLINE)}</p>"
        f"<p style='font-size:small'>{e(DATA_LICENCE_CREDIT)}. "
        f"See <a href='{e(EDRDG_URL)}'>the EDRDG licence</a> and "
        f"<a href='{e(CC_BY_SA_URL)}'>CC BY-SA 4.0</a>.</p>"
    )


def show_about(parent) -> object:
    """Open the About box window-modally without blocking; returns the QMessageBox."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(f"About {APP_NAME}")
    box.setIcon(QMessageBox.Icon.Information)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_html())
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
