"""Commune Radio: playout, broadcast log and reporting for commune radio stations."""

__version__ = "0.1.0"
