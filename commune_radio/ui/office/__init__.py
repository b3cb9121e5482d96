"""The receiving office's screen: import station files, stations, compliance heat-map, minutes,
the Excel/CSV report and the office's settings."""

from commune_radio.ui.office.role import is_office


def __getattr__(name: str):
    # the screen (and what it imports) loads when first asked for: a station's window, which
    # only needs ``is_office``, opens without it
    if name == "OfficeScreen":
        from commune_radio.ui.office.screen import OfficeScreen

        return OfficeScreen
    raise AttributeError(name)


__all__ = ["OfficeScreen", "is_office"]
