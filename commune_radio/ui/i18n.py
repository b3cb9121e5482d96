"""Translators for the window: Vietnamese by default, English on request.

Source strings are English (``self.tr``); ``assets/translations/commune_radio_<lang>.qm`` holds
the translation, and Qt's own ``qtbase_<lang>.qm`` (standard buttons, dialogs) is loaded too
when this Qt build ships one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from commune_radio.paths import assets_dir

SUPPORTED = ("vi", "en")
DEFAULT_LANG = "vi"

_installed: list[QTranslator] = []
_current: str | None = None


def normalise(lang: str | None) -> str:
    """A supported language code; anything else falls back to Vietnamese."""
    lang = (lang or DEFAULT_LANG).strip().lower().replace("-", "_").split("_")[0]
    return lang if lang in SUPPORTED else DEFAULT_LANG


def translations_dir():
    """Where our .ts/.qm files live."""
    return assets_dir() / "translations"


def current_language() -> str | None:
    """The language whose translators are installed, or None before ``install``."""
    return _current


def install(lang: str | None = DEFAULT_LANG) -> list[str]:
    """Install the translators for ``lang`` on the running application (replacing earlier ones).

    Returns the names of the catalogues that were loaded, for logging and tests.
    """
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing translators")
    lang = normalise(lang)
    if lang == _current and _installed:
        return [t.filePath() for t in _installed]
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("commune_radio", str(translations_dir()))):
        translator = QTranslator(app)
        if translator.load(f"{name}_{lang}", folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(translator.filePath())
    # dates are always shown dd/mm/yyyy; the locale gives calendar popups their month names
    QLocale.setDefault(QLocale("vi_VN" if lang == "vi" else "en_GB"))
    _current = lang
    return loaded


def use(lang: str | None) -> str:
    """The window's language: ``lang`` normalised, its translators installed if they are not."""
    lang = normalise(lang)
    if current_language() != lang:
        install(lang)
    return lang
