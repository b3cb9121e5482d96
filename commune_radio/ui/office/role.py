"""Whether this data directory is a receiving office's (asked of ``services.office_role``)."""

from __future__ import annotations

from commune_radio.app import AppContext
from commune_radio.services import office_role
from commune_radio.services.office_role import ROLE_KEY, ROLE_OFFICE

__all__ = ["ROLE_KEY", "ROLE_OFFICE", "is_office"]


def is_office(ctx: AppContext) -> bool:
    """True when the wizard (or the settings) made this computer a receiving office's."""
    return office_role.is_office(ctx.db)
