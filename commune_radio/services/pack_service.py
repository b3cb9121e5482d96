"""A station imports an office content pack, strictly; and the office builds one.

Import order, so that a refused pack changes nothing: read and verify the file (container,
manifest, signature: ``exchange.pack_reader``), then the station's own checks (the pinned office
key, the pack's dates, its province, the theme catalogue, the schedule template, the free disk),
then stream every member out and check it against its signed hash. Only then does anything
change: each segment goes through the normal library import (levelled, trimmed,
content-addressed, de-duplicated, one transaction each) with the pack's ids as provenance; a
segment that fails is reported and the rest imports. The suggested programme is offered, and
created only when asked. The extraction folder is removed whatever happens.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from commune_radio.core.clock import Clock, system_clock, to_utc_iso
from commune_radio.core.errors import KnownError, RejectedInput
from commune_radio.core.programmes import Programme
from commune_radio.core.topics import TOPICS
from commune_radio.exchange import pack_format as pf
from commune_radio.exchange.errors import Reason
from commune_radio.exchange.pack_reader import (
    PackFile,
    PackManifest,
    PackRejected,
    PackSegment,
    is_public_key,
    open_pack,
)
from commune_radio.exchange.pack_writer import WrittenPack, write_pack
from commune_radio.exchange.trust import fingerprint
from commune_radio.services.library_service import ImportOptions, ImportResult, LibraryService
from commune_radio.services.programme_service import ProgrammeService
from commune_radio.storage import keys, pack_repo
from commune_radio.storage.database import Database
from commune_radio.storage.pack_repo import Removed, remove_expired_from_programmes
from commune_radio.storage.station_repo import get_station

FreeSpace = Callable[[Path], int]


def disk_free(path: Path) -> int:
    """Free bytes on the disk holding ``path``."""
    return shutil.disk_usage(path).free


def normalise_fingerprint(text: str) -> str:
    """``3f2a 91c0-7b44e812`` -> ``3F2A-91C0-7B44-E812`` (how it is read aloud or printed)."""
    hexes = "".join(c for c in text.upper() if c in "0123456789ABCDEF")
    return "-".join(hexes[i:i + 4] for i in range(0, len(hexes), 4))


def _same_place(a: str, b: str) -> bool:
    def norm(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text).casefold().split())
    return norm(a) == norm(b)


@dataclass
class SegmentOutcome:
    """What became of one segment of the pack."""

    pack_segment_id: str
    title: str
    result: ImportResult

    def as_json(self, lang: str) -> dict:
        r = self.result
        out = {"pack_segment_id": self.pack_segment_id, "title": self.title, "ok": r.ok}
        if r.ok:
            out.update(segment_id=r.segment.id, duplicate=r.duplicate,
                       duration_s=round(r.segment.duration_s, 3),
                       loudness_lufs=r.segment.loudness_lufs, sha256=r.segment.sha256)
        else:
            out["error"] = r.error.render(lang)
        return out


@dataclass
class PackImport:
    """The outcome of ``import_pack``, in the shape of ``library import-pack --json``."""

    file: str
    ok: bool
    error: KnownError | None = None
    manifest: PackManifest | None = None
    key_pinned: bool = False
    segments: list[SegmentOutcome] = field(default_factory=list)
    programme: Programme | None = None
    programme_error: KnownError | None = None
    schedule_template: Path | None = None
    removed: list[Removed] = field(default_factory=list)

    @property
    def all_ok(self) -> bool:
        """Every segment imported and the asked-for programme made."""
        return (self.ok and all(s.result.ok for s in self.segments)
                and self.programme_error is None)

    def imported_ids(self) -> dict[str, int]:
        """Pack segment id -> library segment id, for the segments that imported."""
        return {s.pack_segment_id: s.result.segment.id for s in self.segments if s.result.ok}

    def as_json(self, lang: str = "en") -> dict:
        if not self.ok:
            out = {"file": self.file, "ok": False, "error": self.error.render(lang)}
            if isinstance(self.error, PackRejected):
                out["reason"] = self.error.reason_id
                fp = self.error.reason.params.get("fingerprint")
                if fp:
                    out["fingerprint"] = fp
            return out
        m = self.manifest
        ids = self.imported_ids()
        return {
            "file": self.file, "ok": True, "pack_id": m.pack_id, "title": m.title,
            "office": m.office_name, "province": m.province,
            "fingerprint": fingerprint(m.public_key), "key_pinned": self.key_pinned,
            "valid_from": m.valid_from.isoformat(), "valid_until": m.valid_until.isoformat(),
            "segments": [s.as_json(lang) for s in self.segments],
            "programmes_offered": [
                {"language": p.language, "name": p.name, "dx": p.dx,
                 "segments": list(p.segments),
                 "available": sum(1 for s in p.segments if s in ids)}
                for p in m.programmes
            ],
            "programme_created": self.programme.name if self.programme else None,
            "programme_error": (self.programme_error.render(lang)
                                if self.programme_error else None),
            "schedule_template": str(self.schedule_template) if self.schedule_template else None,
            "themes": len(m.themes) if m.themes is not None else None,
            "removed_expired": [
                {"programme": r.programme, "segment_id": r.segment_id, "title": r.title,
                 "valid_until": r.valid_until} for r in self.removed
            ],
        }


class PackService:
    """Content packs at the station (import) and at the office (create)."""

    def __init__(self, db: Database, data_dir: Path, library: LibraryService,
                 programmes: ProgrammeService, *, clock: Clock = system_clock,
                 free_space: FreeSpace = disk_free) -> None:
        self.db = db
        self.data_dir = Path(data_dir)
        self.library = library
        self.programmes = programmes
        self.clock = clock
        self.free_space = free_space

    # the office side

    def create(self, spec: Path | str, out: Path | str) -> WrittenPack:
        """Build and sign the pack ``spec`` describes with the office's own key (made on first
        use), written to ``out``."""
        from commune_radio import __version__

        return write_pack(Path(spec), Path(out), keys.office_key(self.data_dir),
                          app_version=__version__, now=self.clock())

    def office_fingerprint(self) -> str:
        """The fingerprint of the office's key, to read aloud to stations."""
        return fingerprint(keys.public_key_b64(keys.office_key(self.data_dir)))

    # the office key the station trusts

    def trusted(self) -> tuple[str | None, str | None]:
        """The pinned office key (base64) and fingerprint; (None, None) before any."""
        return pack_repo.trusted_office(self.db)

    def trust_office(self, key_or_fingerprint: str) -> str:
        """Pin the office's key, given whole (44 base64 characters) or as its fingerprint."""
        text = key_or_fingerprint.strip()
        if is_public_key(text):
            fp = fingerprint(text)
            pack_repo.pin_office(self.db, text, fp)
            return fp
        fp = normalise_fingerprint(text)
        if len(fp) != 19:
            raise RejectedInput("pack.bad_fingerprint", value=key_or_fingerprint)
        pack_repo.pin_office(self.db, None, fp)
        return fp

    def today(self) -> dt.date:
        """Today in station time (what validity dates are checked against)."""
        station = get_station(self.db)
        zone = ZoneInfo(station.timezone if station else "Asia/Ho_Chi_Minh")
        return self.clock().astimezone(zone).date()

    # import

    def import_pack(self, path: Path | str, *, accept_key: str | None = None,
                    create_programme: str | None = None,
                    cancel: threading.Event | None = None) -> PackImport:
        """Import a pack; never raises for a bad pack, only for the environment or a bug."""
        path = Path(path)
        try:
            pack = open_pack(path)
            pin = self._check(pack, accept_key)
        except RejectedInput as exc:
            return PackImport(file=str(path), ok=False, error=exc)
        m = pack.manifest
        work = Path(tempfile.mkdtemp(prefix=".pack-", dir=self.data_dir))
        try:
            try:
                extracted = pack.extract(work)
                template = self._check_template(pack, extracted.schedule)
            except RejectedInput as exc:
                return PackImport(file=str(path), ok=False, error=exc)
            # from here on the station changes
            if pin:
                pack_repo.pin_office(self.db, m.public_key, fingerprint(m.public_key))
            result = PackImport(file=str(path), ok=True, manifest=m, key_pinned=pin)
            for seg in m.segments:
                result.segments.append(SegmentOutcome(
                    seg.id, seg.title, self.library.import_file(
                        extracted.audio[seg.id], self._options(m, seg), cancel=cancel)))
            if template is not None:
                result.schedule_template = self._keep_template(m.pack_id, template)
            if m.themes is not None:
                pack_repo.save_theme_catalogue(self.db, [
                    {"id": t.id, "vi": t.vi, "en": t.en, "retired": t.retired}
                    for t in m.themes])
            pack_repo.record_pack(self.db, {
                "id": m.pack_id, "title": m.title, "office": m.office_name,
                "province": m.province, "public_key": m.public_key,
                "manifest_sha256": m.sha256, "created_at": m.created_at,
                "valid_from": m.valid_from.isoformat(),
                "valid_until": m.valid_until.isoformat(),
                "imported_at": to_utc_iso(self.clock()),
            })
        finally:
            shutil.rmtree(work, ignore_errors=True)
        if create_programme:
            try:
                result.programme = self.create_programme(result, create_programme)
            except RejectedInput as exc:
                result.programme_error = exc
        result.removed = self.retire_expired()
        return result

    def _options(self, m: PackManifest, seg: PackSegment) -> ImportOptions:
        return ImportOptions(
            topic=seg.topic, language=seg.language, title=seg.title,
            valid_from=seg.valid_from, valid_until=seg.valid_until or m.valid_until,
            pack_id=m.pack_id, pack_segment_id=seg.id,
        )

    def _check(self, pack: PackFile, accept_key: str | None) -> bool:
        """The station's checks before any change; True when the key is to be pinned now."""
        m, file = pack.manifest, pack.file
        offered = fingerprint(m.public_key)
        key, pinned_fp = self.trusted()
        pin = False
        if key is not None:
            if key != m.public_key:
                raise PackRejected(file, Reason("pack.wrong_key", fingerprint=offered,
                                                trusted=fingerprint(key)))
        elif pinned_fp is not None:
            if pinned_fp != offered:
                raise PackRejected(file, Reason("pack.wrong_key", fingerprint=offered,
                                                trusted=pinned_fp))
            pin = True
        else:
            if accept_key is None or (normalise_fingerprint(accept_key) != offered
                                      and accept_key.strip() != m.public_key):
                reason = "pack.key_unknown" if accept_key is None else "pack.key_not_confirmed"
                raise PackRejected(file, Reason(reason, fingerprint=offered,
                                                office=m.office_name))
            pin = True
        today = self.today()
        if today > m.valid_until:
            raise PackRejected(file, Reason("pack.expired", until=m.valid_until.isoformat(),
                                            today=today.isoformat()))
        station = get_station(self.db)
        if station is None:
            raise RejectedInput("station.missing")
        if not _same_place(station.province or "", m.province):
            raise PackRejected(file, Reason("pack.other_province", province=m.province,
                                            station=station.province or "—"))
        if m.themes is not None:
            known = {t.id for t in TOPICS} | {t["id"] for t in pack_repo.theme_catalogue(self.db)}
            dropped = sorted(known - {t.id for t in m.themes})
            if dropped:
                raise PackRejected(file, Reason("pack.theme_dropped", ids=", ".join(dropped)))
        need = pack.size + m.audio_bytes() * pf.DISK_FACTOR + pf.DISK_MARGIN_BYTES
        free = self.free_space(self.data_dir)
        if free < need:
            raise PackRejected(file, Reason("pack.no_disk", need_mb=need // 2**20 + 1,
                                            free_mb=free // 2**20))
        return pin

    def _check_template(self, pack: PackFile, schedule: Path | None):
        if schedule is None:
            return None
        from commune_radio.scheduling.templates import read_template

        try:
            read_template(schedule)
        except RejectedInput as exc:
            raise PackRejected(pack.file, exc) from None
        return schedule

    def _keep_template(self, pack_id: str, template: Path) -> Path:
        target = self.data_dir / "packs" / pack_id / pf.SCHEDULE
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(template, target)
        return target

    # what the operator chooses to do with it

    def create_programme(self, result: PackImport, language: str) -> Programme:
        """Make the pack's suggested programme for ``language`` from the segments that imported
        and are valid today (the operator asked for it; it is never made on its own)."""
        m = result.manifest
        suggestion = next((p for p in m.programmes if p.language == language), None)
        if suggestion is None:
            raise RejectedInput("pack.no_programme", language=language,
                                offered=", ".join(p.language for p in m.programmes) or "—")
        ids = result.imported_ids()
        today = self.today()
        chosen = []
        for pack_segment_id in suggestion.segments:
            if pack_segment_id in ids:
                segment = self.library.get(ids[pack_segment_id])
                if segment.is_valid_on(today) or (segment.valid_from and
                                                  segment.valid_from > today):
                    chosen.append(segment.id)
        if not chosen:
            raise RejectedInput("pack.programme_empty", name=suggestion.name)
        return self.programmes.create(suggestion.name, chosen, dx=suggestion.dx)

    def retire_expired(self) -> list[Removed]:
        """Take pack segments past their validity date out of every programme; say which."""
        return remove_expired_from_programmes(self.db, self.today())

    def office_public_key(self) -> str:
        """The office's pack-signing public key (base64), what `office pack key` prints."""
        return keys.public_key_b64(keys.office_key(self.data_dir))
