"""Composition root: builds the services once for a data directory and hands them out."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from commune_radio.core.clock import Clock, system_clock
from commune_radio.playout import no_device_allowed
from commune_radio.services.backup_service import BackupService
from commune_radio.services.event_service import EventLog
from commune_radio.services.handover_service import HandoverService
from commune_radio.services.library_service import LibraryService
from commune_radio.services.log_service import LogService
from commune_radio.services.output_settings import OutputSettings
from commune_radio.services.preflight import PreflightService
from commune_radio.services.programme_service import ProgrammeService
from commune_radio.services.reconcile_service import ReconcileService
from commune_radio.services.render_service import RenderService
from commune_radio.services.schedule_service import ScheduleService
from commune_radio.services.settings_service import SettingsService
from commune_radio.services.station_service import StationService
from commune_radio.storage.database import Database

if TYPE_CHECKING:
    from commune_radio.playout.engine import EngineListener, PlayoutEngine, Sink
    from commune_radio.playout.player import StationPlayer
    from commune_radio.services.export_service import ExportService
    from commune_radio.services.office_service import OfficeService
    from commune_radio.services.pack_service import PackService



@dataclass
class AppContext:
    """Everything the window or a command needs, built over one data directory."""

    data_dir: Path
    db: Database
    station: StationService
    library: LibraryService
    schedule: ScheduleService
    programmes: ProgrammeService
    log: LogService
    render: RenderService
    output: OutputSettings
    events: EventLog = None  # type: ignore[assignment]  # set by open()
    handovers: HandoverService = None  # type: ignore[assignment]  # set by open()
    settings: SettingsService = None  # type: ignore[assignment]  # set by open()
    clock: Clock = field(default=system_clock)
    recovered: list[str] = field(default_factory=list)

    @classmethod
    def open(cls, data_dir: Path | str, *, clock: Clock = system_clock,
             backup: bool = True) -> AppContext:
        """Open (creating and migrating if needed) the data directory.

        ``backup``: make the day's verified backup now if it is due. The window says False:
        its station runner makes it right after the first paint, off the start path.

        Every start closes the broadcasts a dead process left ``started`` (crash, power cut):
        they become ``partial`` with reason ``interrupted`` (``recovered`` lists them).
        """
        data_dir = Path(data_dir)
        db = Database.in_dir(data_dir)
        library = LibraryService(db, data_dir)
        ctx = cls(
            data_dir=data_dir, db=db, station=StationService(db, data_dir), library=library,
            schedule=ScheduleService(db), programmes=ProgrammeService(db),
            log=LogService(db, data_dir, clock),
            render=RenderService(library.audio_path), output=OutputSettings(db), clock=clock,
            events=EventLog(db, clock),
        )
        ctx.handovers = HandoverService(db, ctx.render, clock)
        ctx.settings = SettingsService(db)
        ctx.recovered = ctx.log.recover_interrupted()
        if backup and ctx.station.get() is not None:  # the day's verified backup
            ctx.backup.daily_if_due()
        return ctx

    # The exchange services are built on first use: their modules (signing, the office's
    # reader and report) are not needed to open the window, and load in a tenth of a second.
    @cached_property
    def reconcile(self) -> ReconcileService:
        """Which past slots did not air: `reconcile`, the station program, the settings."""
        return ReconcileService(self.db, self.schedule, self.clock, programmes=self.programmes,
                                log=self.log)

    @cached_property
    def backup(self) -> BackupService:
        """The daily backups of this data directory (and the list a restore picks from)."""
        return BackupService(self.data_dir, self.db, clock=self.clock)

    @cached_property
    def preflight(self) -> PreflightService:
        """The pre-flight checks the station program and `doctor` run."""
        return PreflightService(self)

    @cached_property
    def export(self) -> ExportService:
        """The station's signed export of its log."""
        from commune_radio.services.export_service import ExportService

        return ExportService(self.db, self.data_dir, clock=self.clock)

    @cached_property
    def office(self) -> OfficeService:
        """The receiving office's side: import, stations, reports."""
        from commune_radio.services.office_service import OfficeService

        return OfficeService(self.db, self.data_dir, clock=self.clock)

    @cached_property
    def packs(self) -> PackService:
        """Office content packs: built (office side) and imported strictly (station side)."""
        from commune_radio.services.pack_service import PackService

        return PackService(self.db, self.data_dir, self.library, self.programmes,
                           clock=self.clock)

    def engine(self, sink: Sink, listener: EngineListener | None = None) -> PlayoutEngine:
        """A playout engine over this station's log and library, playing into ``sink``."""
        from commune_radio.playout.engine import PlayoutEngine

        return PlayoutEngine(self.log, sink, self.library.audio_path, listener=listener)

    def player(self, *, device: str | None = None, require_device: bool | None = None,
               monitor: str | None = None, stream: str | None = None,
               parent=None) -> StationPlayer:
        """The on-air player (needs a Qt application object; imports QtMultimedia)."""
        from commune_radio.playout.player import StationPlayer

        if require_device is None:
            require_device = not no_device_allowed()
        player = StationPlayer(self.programmes, self.log, self.library.audio_path, self.output,
                               device=device, require_device=require_device,
                               monitor=monitor or self.output.monitor(),
                               dead_air_s=self.output.dead_air_s(), parent=parent)
        # proof of sound is evidence in the station log, not only a red line on a screen
        events = self.events
        player.dead_air.connect(lambda on, source: on and events.record(
            "dead_air", f"silence on the air monitor “{source}” while a programme played"))
        player.device_lost.connect(lambda name: events.record(
            "device_lost", f"output “{name}” disappeared"))
        url, fmt = (stream, "mp3") if stream else self.output.stream()
        if url:
            player.stream_to(url, fmt)
            player.sink.stream_state.connect(lambda kind, detail: events.record(kind, detail))
        return player

    def close(self) -> None:
        """Release the databases (the office's only if it was opened)."""
        if "office" in self.__dict__:
            self.office.close()
        self.db.close()
