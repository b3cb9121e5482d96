"""Formats v1 and v2 of the station log file: member names, limits and vocabularies, in one place.

Version 2 (written since issue 9) adds the evidence of sound per item (what was sent, what the
air monitor heard), the pack an item came from, and ``events.jsonl``: the station's record of
being on (running periods) and what happened to it (dead air, a lost output, clock jumps …).
The reader takes both versions.

The writer and the reader both read these constants so they cannot drift apart;
docs/export-format.md describes the same format for people and other programs.
"""

from __future__ import annotations

from commune_radio.core import limits
from commune_radio.core.broadcasts import ItemStatus, Status, Trigger
from commune_radio.core.languages import LANGUAGES
from commune_radio.core.topics import TOPICS

FORMAT_NAME = "commune-radio-log"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)
SUFFIX = ".crlog"

MANIFEST = "manifest.json"
ENTRIES = "entries.jsonl"
SIGNATURE = "signature"
EVENTS = "events.jsonl"
MEMBERS_BY_VERSION = {1: (MANIFEST, ENTRIES, SIGNATURE), 2: (MANIFEST, ENTRIES, EVENTS, SIGNATURE)}
MEMBERS = MEMBERS_BY_VERSION[FORMAT_VERSION]
SIGNATURE_ALGORITHM = "ed25519"

# Limits of the reader. A year of a busy station is a few MB of JSON; these leave a wide margin
# and still stop a zip bomb or a mistaken multi-GB file before it fills memory.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_MEMBERS = 4
MAX_EVENTS_BYTES = 16 * 1024 * 1024
MAX_EVENTS = 100_000
MAX_MANIFEST_BYTES = 64 * 1024
MAX_SIGNATURE_BYTES = 1024
MAX_ENTRIES_BYTES = 512 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed for any member above RATIO_FLOOR bytes
RATIO_FLOOR = 1024 * 1024
MAX_BROADCASTS = 1_000_000
MAX_ITEMS_PER_BROADCAST = 500
# one line of entries.jsonl is one broadcast: its 500 items with 1000-character titles fit in
# about 6.5 MB even with every character \u-escaped; a longer line is not a broadcast
MAX_LINE_BYTES = 8 * 1024 * 1024
# objects/arrays and commas of one broadcast outside strings (the broadcast, its item list,
# its items; 12 fields and 10 per item): what a line may hold before it is decoded
MAX_ENTRY_CONTAINERS = 2 + MAX_ITEMS_PER_BROADCAST
MAX_ENTRY_SEPARATORS = 12 + 11 * MAX_ITEMS_PER_BROADCAST

# text lengths: one table shared with the places a person types these values (core.limits)
MAX_SHORT_TEXT = limits.MAX_SHORT_TEXT  # names, programme, device
MAX_LONG_TEXT = limits.MAX_LONG_TEXT  # titles, reasons

# statuses a finished broadcast can have; "started" rows are still airing and never exported
FINAL_STATUSES = tuple(s.value for s in Status if s is not Status.STARTED)
TRIGGERS = tuple(t.value for t in Trigger)
ITEM_STATUSES = tuple(s.value for s in ItemStatus)
TOPIC_IDS = tuple(t.id for t in TOPICS)
LANGUAGE_IDS = tuple(lang.id for lang in LANGUAGES)

BROADCAST_KEYS = (
    "id", "station_code", "programme", "dx", "trigger", "scheduled_at", "started_at",
    "ended_at", "status", "reason", "device", "items",
)
ITEM_KEYS_V1 = (
    "segment_id", "sha256", "title", "topic", "language", "planned_s", "played_s",
    "started_at", "ended_at", "status",
)
# v2: what was sent (measured from the samples written), what came back on the air monitor,
# and the content pack the item came from (null when not measured / not from a pack)
EVIDENCE_KEYS = ("sent_rms_dbfs", "sent_peak_dbfs", "silent_s", "monitor_rms_dbfs")
PACK_KEYS = ("pack_id", "pack_segment_id")
ITEM_KEYS_V2 = ITEM_KEYS_V1 + EVIDENCE_KEYS + PACK_KEYS
ITEM_KEYS_BY_VERSION = {1: ITEM_KEYS_V1, 2: ITEM_KEYS_V2}
ITEM_KEYS = ITEM_KEYS_V2  # what the reader hands on: a v1 item has None in the v2 fields
MIN_DBFS, MAX_DBFS = -200.0, 20.0
MAX_PACK_ID = 64
SILENCE_ON_AIR_DBFS = -50.0  # a monitor level below this while an item played: dead air

# events.jsonl (v2): one object a line, {"at", "kind", "detail", "until"}; "running" is a
# period the station program was on (from its start, heartbeats and stop), the others moments
EVENT_KEYS = ("at", "kind", "detail", "until")
EVENT_KINDS = ("running", "start", "stop", "crash", "clock_jump", "dead_air", "preflight",
               "device_lost", "stream_up", "stream_down")
# the sound evidence of a played broadcast, decided by the reader from items and events
SOUND_CLASSES = ("verified", "sent", "dead_air")
