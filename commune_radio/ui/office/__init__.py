"""The receiving office's screen: import station files, stations, compliance heat-map, minutes,
the Excel/CSV report and the office's settings."""

from commune_radio.ui.office.role import is_office
from commune_radio.ui.office.screen import OfficeScreen

__all__ = ["OfficeScreen", "is_office"]
