"""The window's file dialogs: they open in the user's Documents, or where the last one was left.

Qt's own (widget) file dialog has no Vietnamese catalogue, so these helpers always take the
platform's native dialog (Windows, the XDG portal on Linux), which speaks the system's language;
they never pass ``DontUseNativeDialog``. The last folder is remembered per kind of file
("audio", "report", ...) for the rest of the session, so the second import starts where the
first one was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_last_folders: dict[str, Path] = {}


def documents_dir() -> Path:
    """The user's Documents folder (the home folder where the platform names none)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def start_folder(kind: str) -> Path:
    """Where a dialog for ``kind`` opens: the last folder used for it, else Documents."""
    last = _last_folders.get(kind)
    if last is not None and last.is_dir():
        return last
    return documents_dir()


def remember(kind: str, path: Path | str) -> None:
    """Note the folder of ``path`` (or ``path`` itself when it is a folder) for ``kind``."""
    path = Path(path)
    _last_folders[kind] = path if path.is_dir() else path.parent


def forget_all() -> None:
    """Forget every remembered folder (a new session; tests)."""
    _last_folders.clear()


def open_files(parent: QWidget | None, kind: str, title: str, pattern: str) -> list[Path]:
    """Ask for existing files; the folder they came from is remembered."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder(kind)), pattern)
    if paths:
        remember(kind, paths[0])
    return [Path(p) for p in paths]


def open_folder_dialog(parent: QWidget | None, kind: str, title: str) -> Path | None:
    """Ask for an existing folder; it is remembered."""
    folder = QFileDialog.getExistingDirectory(parent, title, str(start_folder(kind)))
    if not folder:
        return None
    remember(kind, folder)
    return Path(folder)


def save_file(parent: QWidget | None, kind: str, title: str, name: str, pattern: str,
              folder: Path | None = None) -> Path | None:
    """Ask where to save ``name`` (proposed in ``folder``, else the start folder of ``kind``)."""
    start = (folder if folder is not None and folder.is_dir() else start_folder(kind)) / name
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start), pattern)
    if not path:
        return None
    remember(kind, Path(path).parent)
    return Path(path)
