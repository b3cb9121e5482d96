"""Rendering a programme to one WAV: every item back to back, progress per item, Cancel between
items, and never a half-written file."""

import wave

import pytest

from commune_radio.audio.wav import read_info
from commune_radio.core.errors import RejectedInput


def test_render_is_every_item_back_to_back_mono_upmixed(ctx, lib, tmp_path):
    p = ctx.programmes.create("Ghép", [lib["a"].id, lib["b"].id], intro_id=lib["jingle"].id).value
    result = ctx.render.render(p, tmp_path / "out" / "tuan48.wav")
    infos = [read_info(ctx.library.audio_path(i.segment)) for i in p.items]
    assert result.channels == 2 and result.frames == sum(i.frames for i in infos)
    with wave.open(str(result.path)) as w:
        assert (w.getnchannels(), w.getframerate(), w.getsampwidth()) == (2, 48000, 2)
        assert w.getnframes() == result.frames
        first = w.readframes(10)
    with wave.open(str(ctx.library.audio_path(lib["jingle"]))) as w:
        mono = w.readframes(10)
    # the mono intro lands identically in both channels, sample for sample
    assert first == b"".join(mono[i:i + 2] * 2 for i in range(0, len(mono), 2))
    mono_only = ctx.programmes.create("Đơn", [lib["a"].id]).value
    assert ctx.render.render(mono_only, tmp_path / "mono.wav").channels == 1


def test_render_of_a_programme_with_missing_audio_writes_nothing(ctx, lib, tmp_path):
    p = ctx.programmes.create("Thiếu", [lib["a"].id, lib["b"].id]).value
    ctx.library.audio_path(lib["b"]).unlink()
    with pytest.raises(RejectedInput) as err:
        ctx.render.render(p, tmp_path / "x.wav")
    assert err.value.message_id == "programme.audio_missing"
    assert list(tmp_path.glob("*.wav")) == []


def test_render_reports_progress_after_each_item(ctx, lib, tmp_path):
    p = ctx.programmes.create("Tiến độ", [lib["a"].id, lib["b"].id],
                              intro_id=lib["jingle"].id).value
    seen = []
    result = ctx.render.render(p, tmp_path / "p.wav", progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == pytest.approx(1.0)
    assert len(seen) == 1 + len(p.items) and seen == sorted(seen)
    # by audio length: the 0.6 s jingle is a quarter of the 2.3 s
    assert seen[1] == pytest.approx(0.6 / 2.3, abs=0.01)
    assert result.path.is_file()


def test_cancel_stops_between_items_and_leaves_no_file(ctx, lib, tmp_path):
    p = ctx.programmes.create("Huỷ", [lib["a"].id, lib["b"].id], intro_id=lib["jingle"].id).value
    seen = []
    target = tmp_path / "out" / "huy.wav"
    result = ctx.render.render(p, target, progress=seen.append,
                               cancelled=lambda: len(seen) >= 2)
    assert result is None
    assert len(seen) == 2  # the jingle was written, then the render stopped
    assert not target.exists() and list(target.parent.iterdir()) == []
