"""The programme builder: library segments dragged into an ordered programme, checked, heard."""

from commune_radio.ui.programmes.screen import ProgrammesScreen

__all__ = ["ProgrammesScreen"]
