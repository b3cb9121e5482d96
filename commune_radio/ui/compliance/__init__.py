"""The station's weekly DX compliance at a glance: this ISO week and the eight before it."""

from commune_radio.ui.compliance.strip import ComplianceStrip
from commune_radio.ui.compliance.weeks import ComplianceWeek, compliance_weeks

__all__ = ["ComplianceStrip", "ComplianceWeek", "compliance_weeks"]
