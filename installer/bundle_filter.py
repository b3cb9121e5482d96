"""Which files PyInstaller's Qt hooks collect that the bundle leaves out (spec and hooks share it).

Paths are bundle-relative with forward slashes. Plugins are filtered in our hooks
(installer/hooks/), before PyInstaller follows their shared-library links, so a dropped plugin
does not leave its libraries behind (the GTK 3 theme plugin alone would bring cairo, pango and
the GDK stack). Everything else is filtered once more in the spec as a safety net.
"""

from __future__ import annotations

QT = "PySide6/Qt/"  # Linux wheels; on Windows the wheels lay Qt out directly under PySide6/
PREFIXES = (QT, "PySide6/")

# plugin folders (or plugin file name starts) that the program cannot use
DROP_PLUGINS = (
    "egldeviceintegrations/",
    "wayland-",             # Wayland desktops run the xcb plugin through XWayland
    "generic/",             # evdev/tuio input for kiosk framebuffers
    "imageformats/libqpdf", "imageformats/qpdf",     # would pull in QtPdf
    "platforminputcontexts/libqtvirtualkeyboard", "platforminputcontexts/qtvirtualkeyboard",
    "platformthemes/libqgtk3",  # links the system's GTK 3; the bundle would mix two GTK stacks
    "networkinformation/",
    "tls/",                 # the program makes no network connection
    "position/", "sqldrivers/", "qmltooling/", "designer/", "webview/", "texttospeech/",
    "sensors/", "canbus/", "geoservices/", "renderers/", "renderplugins/", "sceneparsers/",
    "assetimporters/", "geometryloaders/", "scxmldatamodel/",
    # Qt's FFmpeg media backend: only QMediaPlayer/QMediaRecorder need it, and playout writes
    # its own PCM to a QAudioSink, which (with QMediaDevices and QAudioSource) works without
    # any backend plugin. Leaving it out also leaves out Qt's libav*/libsw* (20 MB) and the
    # QtQuick/QML libraries the plugin links (16 MB).
    "multimedia/",
    # image formats no screen shows (icons are SVG, PNG is built into QtGui, .ico for Windows)
    "imageformats/libqjpeg", "imageformats/qjpeg", "imageformats/libqtiff", "imageformats/qtiff",
    "imageformats/libqwebp", "imageformats/qwebp", "imageformats/libqgif", "imageformats/qgif",
    "imageformats/libqicns", "imageformats/qicns", "imageformats/libqtga", "imageformats/qtga",
    "imageformats/libqwbmp", "imageformats/qwbmp",
)
# platform plugins kept: X11 desktops, the offscreen one (smoke tests), Windows
KEEP_PLATFORMS = {"libqxcb.so", "libqoffscreen.so", "qwindows.dll", "qoffscreen.dll"}
# Qt's own translations: only the program's languages (Qt ships no Vietnamese catalogue today)
KEEP_TRANSLATIONS = ("_vi.qm", "_en.qm")
# Qt libraries that must never be in the bundle even if something links them
DROP_LIBS = (
    "libQt6Pdf", "Qt6Pdf", "libQt6WaylandClient", "libQt6WlShellIntegration",
    "libQt6VirtualKeyboard", "Qt6VirtualKeyboard", "libQt6EglFSDeviceIntegration",
    "libQt6EglFsKmsSupport", "libQt6WebEngine", "Qt6WebEngine",
    # only Qt's FFmpeg media plugin linked these (see DROP_PLUGINS)
    "libQt6Quick", "Qt6Quick", "libQt6Qml", "Qt6Qml", "libavcodec", "libavformat", "libavutil",
    "libswresample", "libswscale", "avcodec-", "avformat-", "avutil-", "swresample-", "swscale-",
)


def wanted(dest: str) -> bool:
    """Whether a collected file (its path inside the bundle) belongs in the bundle."""
    dest = dest.replace("\\", "/")
    for prefix in PREFIXES:
        if not dest.startswith(prefix):
            continue
        rest = dest[len(prefix):]
        if rest.startswith("plugins/"):
            plugin = rest[len("plugins/"):]
            if plugin.startswith(DROP_PLUGINS):
                return False
            if plugin.startswith("platforms/"):
                return plugin.rsplit("/", 1)[-1] in KEEP_PLATFORMS
        if rest.startswith("translations/"):
            return rest.endswith(KEEP_TRANSLATIONS)
        if rest.startswith("qml/"):
            return False
    return not dest.rsplit("/", 1)[-1].startswith(DROP_LIBS)


def keep_hook_entries(entries):
    """Filter a hook's ``(source, destination folder)`` list with ``wanted``."""
    import os

    return [(src, dst) for src, dst in entries
            if wanted(f"{dst}/{os.path.basename(src)}")]
