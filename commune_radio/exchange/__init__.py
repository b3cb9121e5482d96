"""The station -> office exchange: the signed log file (format v1), its strict reader, reports.

``writer`` makes the file, ``reader`` checks one without touching any database, and the
services (``export_service``, ``office_service``) put them to work. See docs/export-format.md.
"""
