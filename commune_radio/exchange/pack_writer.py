"""Writing an office content pack (``.crpack``): the spec an officer writes, checked, becomes a
signed ZIP that the station's strict reader accepts.

The spec is a small TOML file (``docs/pack-format.md`` shows one) naming the audio files, their
stable ids, themes, languages and dates, the suggested programme per language, and optionally a
schedule template and a theme catalogue. Everything the reader will check is checked here first,
so an officer learns of a mistake before the pack travels to a hundred stations.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from commune_radio.core.atomic import atomic_write
from commune_radio.core.clock import to_utc_iso
from commune_radio.core.errors import RejectedInput
from commune_radio.core.languages import is_language
from commune_radio.core.signing import public_key_b64
from commune_radio.core.topics import TOPICS, is_topic
from commune_radio.exchange import pack_format as pf


@dataclass(frozen=True)
class WrittenPack:
    """What ``write_pack`` made."""

    path: Path
    pack_id: str
    segments: int
    programmes: int
    size: int
    public_key: str


def _spec_error(spec: Path, detail: str) -> RejectedInput:
    return RejectedInput("pack.bad_spec", file=spec.name, detail=detail)


def _spec_date(value, spec: Path, field: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise _spec_error(spec, f"{field}: YYYY-MM-DD")


def _file_ref(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def build_manifest(spec_path: Path, public_key: str, *, app_version: str,
                   now: dt.datetime) -> tuple[dict, dict[str, Path]]:
    """The manifest a spec describes, and the files to pack under their member names."""
    spec_path = Path(spec_path)
    try:
        return _build_manifest(spec_path, public_key, app_version=app_version, now=now)
    except (KeyError, TypeError, AttributeError) as exc:  # a table or value of the wrong shape
        raise _spec_error(spec_path, f"{type(exc).__name__}: {exc}") from None


def _build_manifest(spec_path: Path, public_key: str, *, app_version: str,
                    now: dt.datetime) -> tuple[dict, dict[str, Path]]:
    try:
        spec = tomllib.loads(spec_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise _spec_error(spec_path, str(exc)) from None
    base = spec_path.parent

    def need(obj: dict, key: str, where: str):
        if key not in obj:
            raise _spec_error(spec_path, f"{where}{key}: missing")
        return obj[key]

    pack_id = str(need(spec, "pack_id", ""))
    if not pf.PACK_ID.fullmatch(pack_id):
        raise _spec_error(spec_path, "pack_id: a-z 0-9 . _ - (max 64)")
    files: dict[str, Path] = {}
    segments = []
    for n, seg in enumerate(spec.get("segments", [])):
        where = f"segments[{n}]."
        seg_id = str(need(seg, "id", where))
        if not pf.SEGMENT_ID.fullmatch(seg_id):
            raise _spec_error(spec_path, f"{where}id: a-z 0-9 . _ - (max 64)")
        source = base / str(need(seg, "file", where))
        suffix = source.suffix.lower().lstrip(".")
        if suffix not in pf.AUDIO_SUFFIXES:
            raise _spec_error(spec_path, f"{where}file: {', '.join(pf.AUDIO_SUFFIXES)}")
        if not source.is_file():
            raise RejectedInput("audio.not_found", file=source.name)
        topic = seg.get("topic")
        if topic is not None and not is_topic(topic):
            raise RejectedInput("meta.bad_topic", value=topic)
        language = seg.get("language", "vi")
        if not is_language(language):
            raise RejectedInput("meta.bad_language", value=language)
        member = f"seg-{seg_id}.{suffix}"
        if member in files:
            raise _spec_error(spec_path, f"{where}id: {seg_id} twice")
        digest, size = _file_ref(source)
        if size > pf.MAX_AUDIO_BYTES:
            raise _spec_error(spec_path, f"{where}file: over {pf.MAX_AUDIO_BYTES // 2**20} MB")
        files[member] = source
        segments.append({
            "id": seg_id, "member": member, "sha256": digest, "size": size,
            "title": str(seg.get("title") or source.stem), "topic": topic, "language": language,
            "valid_from": _spec_date(seg.get("valid_from"), spec_path, where + "valid_from"),
            "valid_until": _spec_date(seg.get("valid_until"), spec_path, where + "valid_until"),
        })
    if not segments or len(segments) > pf.MAX_SEGMENTS:
        raise _spec_error(spec_path, f"segments: 1 to {pf.MAX_SEGMENTS}")
    ids = {s["id"] for s in segments}
    programmes = []
    for n, prog in enumerate(spec.get("programmes", [])):
        where = f"programmes[{n}]."
        refs = [str(r) for r in need(prog, "segments", where)]
        unknown = [r for r in refs if r not in ids]
        if unknown or not refs:
            raise _spec_error(spec_path, f"{where}segments: unknown {', '.join(unknown)}")
        language = str(need(prog, "language", where))
        if not is_language(language):
            raise RejectedInput("meta.bad_language", value=language)
        programmes.append({"language": language, "name": str(need(prog, "name", where)),
                           "dx": bool(prog.get("dx", True)), "segments": refs})
    schedule = None
    if spec.get("schedule_template"):
        source = base / str(spec["schedule_template"])
        if not source.is_file():
            raise _spec_error(spec_path, f"schedule_template: {source.name} not found")
        digest, size = _file_ref(source)
        if size > pf.MAX_SCHEDULE_BYTES:
            raise _spec_error(spec_path, "schedule_template: over 64 KB")
        schedule = {"member": pf.SCHEDULE, "sha256": digest, "size": size}
        files[pf.SCHEDULE] = source
    themes = None
    if "themes" in spec:
        themes = [{"id": str(t["id"]), "vi": str(t["vi"]), "en": str(t["en"]),
                   "retired": bool(t.get("retired", False))} for t in spec["themes"]]
        listed = {t["id"] for t in themes}
        dropped = [t.id for t in TOPICS if t.id not in listed]
        if dropped:  # ids are stable: a catalogue retires a theme, it never forgets one
            raise _spec_error(spec_path, f"themes: keep (retire) {', '.join(dropped)}")
    manifest = {
        "format": pf.FORMAT_NAME, "format_version": pf.FORMAT_VERSION,
        "app_version": app_version, "pack_id": pack_id,
        "title": str(spec.get("title") or pack_id), "created_at": to_utc_iso(now),
        "office": {"name": str(need(spec, "office", "")),
                   "province": str(need(spec, "province", "")), "public_key": public_key},
        "valid_from": _spec_date(need(spec, "valid_from", ""), spec_path, "valid_from"),
        "valid_until": _spec_date(need(spec, "valid_until", ""), spec_path, "valid_until"),
        "segments": segments, "programmes": programmes, "schedule_template": schedule,
        "themes": themes, "signature_algorithm": pf.SIGNATURE_ALGORITHM,
    }
    return manifest, files


def write_pack(spec_path: Path, out: Path, key: Ed25519PrivateKey, *, app_version: str,
               now: dt.datetime) -> WrittenPack:
    """Build, sign and write the pack a spec describes (atomically: no half-written file)."""
    public_key = public_key_b64(key)
    manifest, files = build_manifest(spec_path, public_key, app_version=app_version, now=now)
    raw = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=2).encode("utf-8")
    if len(raw) > pf.MAX_MANIFEST_BYTES:
        raise _spec_error(Path(spec_path), "manifest over 512 KB")
    signature = base64.b64encode(key.sign(raw)) + b"\n"

    def write(fh) -> None:
        with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(pf.MANIFEST, raw)
            for member, source in files.items():
                # audio is already compressed: stored, so a station reads it at disk speed
                compress = zipfile.ZIP_DEFLATED if member == pf.SCHEDULE else zipfile.ZIP_STORED
                zf.write(source, member, compress_type=compress)
            zf.writestr(pf.SIGNATURE, signature)

    atomic_write(Path(out), write)
    return WrittenPack(Path(out), manifest["pack_id"], len(manifest["segments"]),
                       len(manifest["programmes"]), Path(out).stat().st_size, public_key)
