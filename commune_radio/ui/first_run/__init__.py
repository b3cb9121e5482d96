"""The first-run set-up: shown by ``run_gui`` before the window when a data directory is new."""

from commune_radio.ui.first_run.setup import (
    ROLE_OFFICE,
    ROLE_STATION,
    SetupAnswers,
    SetupResult,
    apply_setup,
    needs_first_run,
)
from commune_radio.ui.first_run.wizard import FirstRunWizard

__all__ = [
    "ROLE_OFFICE", "ROLE_STATION", "FirstRunWizard", "SetupAnswers", "SetupResult",
    "apply_setup", "needs_first_run",
]
