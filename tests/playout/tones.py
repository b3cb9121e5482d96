"""Test audio made by sox: sine tones at 48 kHz, 16-bit."""

import subprocess
from pathlib import Path


def make_tone(path: Path, seconds: float, freq: float, channels: int = 1) -> Path:
    """A sine tone WAV (48 kHz 16-bit, 0.3 of full scale)."""
    subprocess.run(
        ["sox", "-n", "-r", "48000", "-b", "16", "-c", str(channels), str(path),
         "synth", f"{seconds}", "sine", f"{freq}", "vol", "0.3"],
        check=True,
    )
    return path
