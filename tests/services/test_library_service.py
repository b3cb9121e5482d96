"""Importing into the library on a real database and a real audio store."""

import datetime as dt
import threading

from commune_radio.core.segments import SegmentMeta
from commune_radio.services.library_service import ImportOptions


def _state(ctx):
    files = sorted(p.relative_to(ctx.data_dir) for p in ctx.data_dir.rglob("*")
                   if p.is_file() and "sqlite3" not in p.name)
    return ctx.db.query("SELECT count(*) FROM segments")[0][0], files


def test_import_stores_prepared_audio_original_and_metadata(ctx, speech_wav):
    result = ctx.library.import_file(
        speech_wav, ImportOptions(topic="digital_skills", language="tay", valid_from="2026-11-01")
    )
    assert result.ok and not result.duplicate
    seg = result.segment
    assert seg.title == "ban-tin"  # no tag: the file name
    assert seg.topic == "digital_skills" and seg.language == "tay"
    assert seg.valid_from == dt.date(2026, 11, 1)
    assert ctx.library.audio_path(seg).is_file()
    assert abs(seg.prepared_lufs - (-16.0)) < 0.6
    assert seg.loudness_lufs < -16.5  # espeak speaks quieter than the target: it was levelled up
    assert 1.0 < seg.duration_s < 10.0
    assert list((ctx.data_dir / "originals").rglob("*.wav"))


def test_same_audio_twice_is_one_segment(ctx, speech_wav, tmp_path):
    first = ctx.library.import_file(speech_wav)
    copy = tmp_path / "copy-with-other-name.wav"
    copy.write_bytes(speech_wav.read_bytes())
    second = ctx.library.import_file(copy)
    assert second.ok and second.duplicate
    assert second.segment.id == first.segment.id
    assert second.as_json()["duplicate"] is True
    assert len(ctx.library.list()) == 1


def test_rejected_files_change_nothing(ctx, speech_wav, tmp_path):
    ctx.library.import_file(speech_wav)
    before = _state(ctx)
    not_audio = tmp_path / "bao-cao.mp3"
    not_audio.write_text("Đây là văn bản, không phải âm thanh", encoding="utf-8")
    results = [
        ctx.library.import_file(not_audio),
        ctx.library.import_file(tmp_path / "khong-co.wav"),
        ctx.library.import_file(speech_wav, ImportOptions(topic="weather")),
    ]
    assert [r.error.message_id for r in results] == [
        "audio.unreadable", "audio.not_found", "meta.bad_topic",
    ]
    assert all(not r.ok and r.as_json()["error"] for r in results)
    assert _state(ctx) == before


def test_cancelled_import_changes_nothing(ctx, speech_wav):
    before = _state(ctx)
    cancel = threading.Event()
    cancel.set()
    result = ctx.library.import_file(speech_wav, cancel=cancel)
    assert not result.ok and result.error.message_id == "import.cancelled"
    assert _state(ctx) == before


def test_metadata_edit_is_validated_and_stored(ctx, speech_wav):
    seg = ctx.library.import_file(speech_wav).segment
    meta = SegmentMeta("Kỹ năng số", "digital_skills", "hmong")
    updated = ctx.library.update_meta(seg.id, meta).value
    assert (updated.title, updated.topic, updated.language) == (
        "Kỹ năng số", "digital_skills", "hmong"
    )
    assert ctx.library.get(seg.id).title == "Kỹ năng số"


def test_segment_validity(ctx, speech_wav):
    seg = ctx.library.import_file(
        speech_wav, ImportOptions(valid_from="2026-11-01", valid_until="2026-11-30")
    ).segment
    assert seg.is_valid_on(dt.date(2026, 11, 15))
    assert not seg.is_valid_on(dt.date(2026, 12, 1))
