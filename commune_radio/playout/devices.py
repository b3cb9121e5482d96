"""The audio outputs of this computer (QMediaDevices), found by id or by the name a person reads."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtMultimedia import QAudioDevice, QMediaDevices


@dataclass(frozen=True)
class OutputDevice:
    """One audio output as the settings and the screens know it."""

    id: str
    description: str
    is_default: bool


def device_id(device: QAudioDevice) -> str:
    """The stable id of a device as text (what the settings table stores)."""
    return bytes(device.id().data()).decode("utf-8", "replace")


def describe(device: QAudioDevice) -> OutputDevice:
    """A Qt device as plain data."""
    return OutputDevice(device_id(device), device.description(), device.isDefault())


def output_devices() -> list[OutputDevice]:
    """Every audio output, the system default marked."""
    return [describe(d) for d in QMediaDevices.audioOutputs()]


def find_output(name: str) -> QAudioDevice | None:
    """The output whose id or description is ``name`` (exact first, then case-insensitive,
    then the only one whose description contains it); None when nothing or several match."""
    return _find(QMediaDevices.audioOutputs(), name)


def _find(devices, name: str) -> QAudioDevice | None:
    devices = list(devices)
    for match in (
        lambda d: device_id(d) == name,
        lambda d: d.description() == name,
        lambda d: d.description().casefold() == name.casefold(),
    ):
        found = [d for d in devices if match(d)]
        if found:
            return found[0]
    found = [d for d in devices if name.casefold() in d.description().casefold()]
    return found[0] if len(found) == 1 else None


def default_output() -> QAudioDevice | None:
    """The system's default output, or None when the computer has none."""
    device = QMediaDevices.defaultAudioOutput()
    return None if device.isNull() else device


def input_devices() -> list[OutputDevice]:
    """Every audio input (line-in, microphone, a sink's monitor), the system default marked."""
    return [describe(d) for d in QMediaDevices.audioInputs()]


def find_input(name: str) -> QAudioDevice | None:
    """The input whose id or description is ``name``, matched as outputs are: the air monitor
    a station wires to its transmitter."""
    return _find(QMediaDevices.audioInputs(), name)
