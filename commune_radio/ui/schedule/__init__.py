"""The schedule screen: the week view, the slot dialog, the next broadcasts and compliance."""

from commune_radio.ui.schedule.screen import ScheduleScreen

__all__ = ["ScheduleScreen"]
