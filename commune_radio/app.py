"""Composition root: builds the services once for a data directory and hands them out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from commune_radio.services.library_service import LibraryService
from commune_radio.services.schedule_service import ScheduleService
from commune_radio.services.station_service import StationService
from commune_radio.storage.database import Database


@dataclass
class AppContext:
    """Everything the window or a command needs, built over one data directory."""

    data_dir: Path
    db: Database
    station: StationService
    library: LibraryService
    schedule: ScheduleService

    @classmethod
    def open(cls, data_dir: Path | str) -> AppContext:
        """Open (creating and migrating if needed) the data directory."""
        data_dir = Path(data_dir)
        db = Database.in_dir(data_dir)
        return cls(
            data_dir=data_dir, db=db, station=StationService(db, data_dir),
            library=LibraryService(db, data_dir), schedule=ScheduleService(db),
        )

    def close(self) -> None:
        """Release the database."""
        self.db.close()
