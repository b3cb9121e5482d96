"""Segments of real prepared audio for the programme, log and render tests (sox tones)."""

import subprocess
from pathlib import Path

from commune_radio.services.library_service import ImportOptions


def add_tone(ctx, folder: Path, seconds: float, freq: float, *, channels: int = 1,
             topic: str = "dx_goals", language: str = "vi", title: str | None = None,
             valid_from=None, valid_until=None):
    """Import a sine tone (48 kHz 16-bit) into the library; return its segment."""
    path = folder / f"tone-{freq:g}-{channels}.wav"
    subprocess.run(
        ["sox", "-n", "-r", "48000", "-b", "16", "-c", str(channels), str(path), "synth",
         f"{seconds}", "sine", f"{freq}", "vol", "0.3"],
        check=True,
    )
    result = ctx.library.import_file(path, ImportOptions(
        topic=topic, language=language, title=title or f"{freq:g} Hz", valid_from=valid_from,
        valid_until=valid_until))
    assert result.ok, result.error
    return result.segment
