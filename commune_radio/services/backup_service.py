"""Daily backups of the station and putting one back: what `station backup|restore` and the
window's "restore the newest good backup" offer call.

A backup is made at most once a day, at the start of the program or of a command, once the
station is set up; 7 daily and 4 weekly ones are kept (``storage.backup``). Restoring works on
a data directory whose database cannot even be opened, so it takes the folder, not a context.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from commune_radio.core.clock import Clock, system_clock
from commune_radio.core.errors import EnvironmentProblem, RejectedInput
from commune_radio.services.changes import Changes, Result
from commune_radio.storage import backup as store
from commune_radio.storage import keys
from commune_radio.storage.backup import Backup
from commune_radio.storage.database import DB_FILE, Database

DAILY = dt.timedelta(hours=24)


class BackupService:
    """Backups of one data directory."""

    def __init__(self, data_dir: Path | str, db: Database | None = None, *,
                 clock: Clock = system_clock) -> None:
        self.data_dir = Path(data_dir)
        self.db = db
        self.clock = clock

    def list(self) -> list[Backup]:
        """Every backup, newest first."""
        return store.list_backups(self.data_dir)

    def backup_now(self) -> tuple[Backup, list[Path]]:
        """A verified online backup now, then the old ones pruned; (backup, pruned)."""
        if self.db is None:
            raise EnvironmentProblem("station.missing")
        now = self.clock()
        made = store.make_backup(self.db, self.data_dir, now)
        return made, store.prune(self.data_dir, now.astimezone(dt.UTC).date())

    def daily_if_due(self) -> Backup | None:
        """The day's backup when the last one is a day old (or there is none); never raises
        for the environment (a full disk must not stop the station from airing)."""
        backups = self.list()
        now = self.clock()
        if backups and now - backups[0].made_at < DAILY:
            return None
        try:
            return self.backup_now()[0]
        except EnvironmentProblem:
            return None

    def newest_good(self) -> Backup | None:
        """The newest backup that passes its check."""
        return next((b for b in self.list() if store.verify(b)), None)

    def find(self, name: str) -> Backup:
        """A backup by folder name or path."""
        wanted = Path(name)
        for b in self.list():
            if b.name == name or b.path == wanted or b.path.resolve() == wanted.resolve():
                return b
        raise RejectedInput("backup.not_found", name=name)

    def restore(self, name: str | None = None) -> Result[tuple[Backup, Path | None]]:
        """Put back the named backup, or the newest good one; the database replaced is kept
        aside, never deleted. The value is (backup, where the replaced database now is); any
        data may have changed.

        Without a name only what is damaged comes back: a damaged key alone brings back the
        key and keeps today's log; an undamaged station is left as it is (name a backup to go
        back to it on purpose).
        """
        live = self.data_dir / DB_FILE
        database = bool(name) or not store.database_ok(live)
        if not database and store.key_ok(keys.key_path(self.data_dir)):
            raise RejectedInput("backup.nothing_damaged")
        if name:
            chosen = self.find(name)
            if not store.verify(chosen):
                raise RejectedInput("backup.bad", name=chosen.name)
        else:
            chosen = self.newest_good()
            if chosen is None:
                raise EnvironmentProblem("backup.none", path=str(store.backups_dir(self.data_dir)))
        if self.db is not None:
            self.db.close()
            self.db = None
        kept = store.restore(chosen, self.data_dir, self.clock(), database=database)
        return Result((chosen, kept), Changes.everything())
