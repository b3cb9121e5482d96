"""The station's "Gửi báo cáo" (send to office) dialog: the next period, a preview, the file."""

from commune_radio.ui.send_report.launcher import SendReportLauncher


def __getattr__(name: str):
    # the dialog and what it imports load on first use (the window only needs the launcher)
    if name == "SendReportDialog":
        from commune_radio.ui.send_report.dialog import SendReportDialog

        return SendReportDialog
    raise AttributeError(name)


__all__ = ["SendReportDialog", "SendReportLauncher"]
