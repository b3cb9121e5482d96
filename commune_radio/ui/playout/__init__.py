"""The playout screen ("Phát sóng"): clock, on air now, next slot, play/stop/emergency."""

from commune_radio.ui.playout.screen import PlayoutScreen

__all__ = ["PlayoutScreen"]
