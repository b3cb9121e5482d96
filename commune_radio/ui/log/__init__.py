"""The broadcast log screen: the lazy as-played table, its filters and the week's DX badge."""

from commune_radio.ui.log.screen import LogScreen

__all__ = ["LogScreen"]
