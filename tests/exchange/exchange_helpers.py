"""Shared pieces of the exchange tests: the test clock's instant, the period, a file crafter."""

import base64
import datetime as dt
import hashlib
import io
import json
import zipfile

from commune_radio.exchange import format as fmt
from commune_radio.exchange.writer import entries_bytes, manifest_bytes
from commune_radio.storage import keys, office_repo

NOW = dt.datetime(2026, 12, 2, 3, 0, tzinfo=dt.UTC)
NOV = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


def office_dump(ctx):
    """Every office table as text (on whichever engine the office uses)."""
    with ctx.office.odb.read() as conn:
        return office_repo.dump(conn)


def office_count(ctx, table):
    with ctx.office.odb.read() as conn:
        return office_repo.count(conn, table)


def office_query(ctx, sql):
    """Rows (as mappings) of a read-only query on the office database."""
    from sqlalchemy import text

    with ctx.office.odb.read() as conn:
        return list(conn.execute(text(sql)).mappings())


class Crafter:
    """Builds log files member by member, signing with a chosen key: good ones and bad ones."""

    def __init__(self, data_dir):
        self.key = keys.load_key(data_dir)
        self.events_data = b""  # events.jsonl of a v2 file: kept from the last ``parts``

    def parts(self, blob):
        with zipfile.ZipFile(io.BytesIO(blob)) as zf:
            manifest = json.loads(zf.read(fmt.MANIFEST))
            entries = [json.loads(line) for line in zf.read(fmt.ENTRIES).decode().splitlines()]
            if fmt.EVENTS in zf.namelist():
                self.events_data = zf.read(fmt.EVENTS)
        return manifest, entries

    def manifest_for(self, manifest, entries_data, entries=None):
        m = json.loads(json.dumps(manifest))
        if isinstance(m.get("members"), dict):  # fuzzed manifests may have lost it
            m["members"][fmt.ENTRIES] = {
                "sha256": hashlib.sha256(entries_data).hexdigest(), "size": len(entries_data)}
            if m.get("format_version") == 2:
                m["members"][fmt.EVENTS] = {"sha256": hashlib.sha256(self.events_data).hexdigest(),
                                            "size": len(self.events_data)}
        if entries is not None:
            by_status = dict.fromkeys(fmt.FINAL_STATUSES, 0)
            for e in entries:
                if isinstance(e, dict) and isinstance(e.get("status"), str) and (
                    e["status"] in by_status
                ):
                    by_status[e["status"]] += 1
            m["counts"] = {
                "broadcasts": len(entries),
                "items": sum(len(e["items"]) for e in entries
                             if isinstance(e, dict) and isinstance(e.get("items"), list)),
                "by_status": by_status,
            }
            if m.get("format_version") == 2:
                m["counts"]["events"] = self.events_data.count(b"\n")
        return m

    def build(self, manifest, entries=None, *, entries_data=None, key=None, sign=True,
              members=None, raw_manifest=None, recount=True, ascii=False):
        """A ZIP: manifest (re-hashed over the entries, re-signed) + entries + signature.

        ``ascii`` writes \\u escapes, the only way a lone surrogate can get into a file.
        """
        if entries_data is None:
            entries_data = entries_bytes(entries) if not ascii else "".join(
                json.dumps(e) + "\n" for e in entries).encode()
        m = self.manifest_for(manifest, entries_data, entries if recount else None)
        if raw_manifest is None:
            raw_manifest = json.dumps(m, indent=2).encode() if ascii else manifest_bytes(m)
        raw = raw_manifest
        sig = base64.b64encode((key or self.key).sign(raw)) + b"\n" if sign else None
        if members is None:
            members = [(fmt.MANIFEST, raw), (fmt.ENTRIES, entries_data)]
            if isinstance(m, dict) and m.get("format_version") == 2:
                members.append((fmt.EVENTS, self.events_data))
            if sig is not None:
                members.append((fmt.SIGNATURE, sig))
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in members:
                zf.writestr(zipfile.ZipInfo(name, date_time=(2026, 12, 2, 10, 0, 0)), data,
                            compress_type=zipfile.ZIP_DEFLATED)
        return buf.getvalue()
