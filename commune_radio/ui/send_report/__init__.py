"""The station's "Gửi báo cáo" (send to office) dialog: the next period, a preview, the file."""

from commune_radio.ui.send_report.dialog import SendReportDialog
from commune_radio.ui.send_report.launcher import SendReportLauncher

__all__ = ["SendReportDialog", "SendReportLauncher"]
