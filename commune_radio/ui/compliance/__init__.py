"""The station's weekly DX compliance at a glance: this ISO week and the eight before it."""

from commune_radio.core.compliance_weeks import ComplianceWeek
from commune_radio.services.compliance_weeks import compliance_weeks
from commune_radio.ui.compliance.strip import ComplianceStrip

__all__ = ["ComplianceStrip", "ComplianceWeek", "compliance_weeks"]
