"""The content pack file (``.crpack``), format version 1: names and limits shared by the
office's writer and the station's strict reader. ``docs/pack-format.md`` is its reference.

A pack is how the provincial office hands content to its stations: audio segments with their
DX theme, language and validity dates, a suggested weekly DX programme per language, optionally
a schedule template and an updated theme catalogue, all signed with the office's own key.
"""

from __future__ import annotations

import re

FORMAT_NAME = "commune-radio-pack"
FORMAT_VERSION = 1
SUFFIX = ".crpack"

MANIFEST = "manifest.json"
SIGNATURE = "signature"
SCHEDULE = "schedule.toml"
SIGNATURE_ALGORITHM = "ed25519"
AUDIO_SUFFIXES = ("mp3", "wav", "ogg", "opus", "flac", "m4a")

# limits the reader enforces (the writer refuses to write beyond them too)
MAX_FILE_BYTES = 2 * 1024**3
MAX_SEGMENTS = 200
MAX_MEMBERS = MAX_SEGMENTS + 3  # manifest, signature, schedule template
MAX_MANIFEST_BYTES = 512 * 1024
MAX_SIGNATURE_BYTES = 1024
MAX_SCHEDULE_BYTES = 64 * 1024
MAX_AUDIO_BYTES = 200 * 1024**2
MAX_RATIO = 200  # uncompressed / compressed for any member above RATIO_FLOOR bytes
RATIO_FLOOR = 1024 * 1024
MAX_PROGRAMMES = 50
MAX_THEMES = 200
MAX_SHORT_TEXT = 200
MAX_LONG_TEXT = 1000

# ids: lower-case, no path characters, so an id can never name a place on disk
PACK_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
SEGMENT_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
THEME_ID = re.compile(r"[a-z][a-z0-9_]{1,39}")
AUDIO_MEMBER = re.compile(r"seg-[a-z0-9][a-z0-9._-]{0,63}\.(?:" + "|".join(AUDIO_SUFFIXES) + ")")

MANIFEST_KEYS = frozenset({
    "format", "format_version", "app_version", "pack_id", "title", "created_at", "office",
    "valid_from", "valid_until", "segments", "programmes", "schedule_template", "themes",
    "signature_algorithm",
})
OFFICE_KEYS = frozenset({"name", "province", "public_key"})
SEGMENT_KEYS = frozenset({
    "id", "member", "sha256", "size", "title", "topic", "language", "valid_from", "valid_until",
})
PROGRAMME_KEYS = frozenset({"language", "name", "dx", "segments"})
MEMBER_KEYS = frozenset({"member", "sha256", "size"})
THEME_KEYS = frozenset({"id", "vi", "en", "retired"})

# the prepared audio the library keeps is 48 kHz float PCM: far bigger than a compressed
# source, so the free-disk check counts each audio byte this many times (see pack-format.md)
DISK_FACTOR = 30
DISK_MARGIN_BYTES = 50 * 1024**2
