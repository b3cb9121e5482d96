"""Content-addressed, atomic storage of prepared audio and originals."""

from __future__ import annotations

import hashlib
import os

import pytest

from commune_radio.audio.store import AudioStore, sha256_bytes, sha256_file


def leftovers(root) -> list:
    return [p for p in root.rglob("*") if p.name.startswith(".part-")]


def test_prepared_audio_is_named_by_its_sha256(tmp_path):
    store = AudioStore(tmp_path)
    data = b"RIFF" + bytes(range(256)) * 100
    digest, path = store.put_prepared(data)
    assert digest == hashlib.sha256(data).hexdigest() == sha256_bytes(data)
    assert path == tmp_path / "audio" / digest[:2] / f"{digest}.wav"
    assert path.read_bytes() == data
    assert store.prepared_path(digest) == path
    assert not leftovers(tmp_path)


def test_the_same_audio_is_stored_once(tmp_path):
    store = AudioStore(tmp_path)
    first = store.put_prepared(b"the same bytes")
    mtime = first[1].stat().st_mtime_ns
    assert store.put_prepared(b"the same bytes") == first
    assert first[1].stat().st_mtime_ns == mtime  # not written again
    other, _ = store.put_prepared(b"other bytes")
    assert other != first[0]
    assert len(list((tmp_path / "audio").rglob("*.wav"))) == 2


def test_original_is_copied_under_its_hash_with_its_suffix(tmp_path):
    source = tmp_path / "Ban Tin.MP3"
    source.write_bytes(os.urandom(3 << 20))  # several 1 MiB pieces
    digest = sha256_file(source)
    assert digest == hashlib.sha256(source.read_bytes()).hexdigest()
    store = AudioStore(tmp_path / "data")
    kept = store.put_original(source, digest)
    assert kept == tmp_path / "data" / "originals" / digest[:2] / f"{digest}.mp3"
    assert kept.read_bytes() == source.read_bytes()
    assert store.put_original(source, digest) == kept
    assert not leftovers(tmp_path)


def test_a_failed_write_leaves_no_file_and_no_part(tmp_path, monkeypatch):
    store = AudioStore(tmp_path)

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        store.put_prepared(b"half a file")
    assert not list((tmp_path / "audio").rglob("*.wav"))
    assert not leftovers(tmp_path)


def test_an_interrupted_copy_leaves_no_original(tmp_path, monkeypatch):
    source = tmp_path / "tin.ogg"
    source.write_bytes(b"x" * 1000)
    store = AudioStore(tmp_path / "data")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("commune_radio.audio.store.shutil.copyfileobj", interrupted)
    with pytest.raises(KeyboardInterrupt):
        store.put_original(source, sha256_file(source))
    assert not list((tmp_path / "data").rglob("*.ogg"))
    assert not leftovers(tmp_path)
