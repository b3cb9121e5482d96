"""Where the compliance strip's weeks come from: the rules live in ``core.compliance_weeks``,
the reading of the log in ``services.compliance_weeks``; this name stays for the screens that
import the states from here."""

from commune_radio.core.compliance_weeks import (
    AIRED,
    MISSED,
    NOTHING,
    PENDING,
    WEEKS_SHOWN,
    ComplianceWeek,
)
from commune_radio.services.compliance_weeks import compliance_weeks

__all__ = ["AIRED", "MISSED", "NOTHING", "PENDING", "WEEKS_SHOWN", "ComplianceWeek",
           "compliance_weeks"]
