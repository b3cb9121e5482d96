"""A pre-flight run's answers: one ``Check`` per question, and the ``Report`` that colours them
green, amber or red. Qt-free and storage-free, so the checks (services), the device check
(playout), the clock that runs them (scheduling) and the window all speak the same types.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from commune_radio.core.messages import render

OK, WARNING, ERROR = "ok", "warning", "error"


@dataclass(frozen=True)
class Check:
    """One check's answer: a stable id, its severity and the sentence to show."""

    id: str
    severity: str
    message_id: str
    params: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """Whether nothing is wrong."""
        return self.severity == OK

    def message(self, lang: str = "vi") -> str:
        """The sentence in ``lang``."""
        return render(self.message_id, lang, **self.params)


@dataclass(frozen=True)
class Report:
    """Every check of one pre-flight run, and when it ran."""

    at: dt.datetime
    checks: tuple[Check, ...]

    @property
    def severity(self) -> str:
        """The worst severity: error > warning > ok."""
        found = {c.severity for c in self.checks}
        return ERROR if ERROR in found else WARNING if WARNING in found else OK

    @property
    def ok(self) -> bool:
        """Whether every check is ok."""
        return self.severity == OK

    def colour(self) -> str:
        """green / amber / red."""
        return {OK: "green", WARNING: "amber", ERROR: "red"}[self.severity]

    def worst(self) -> Check | None:
        """The check that decides the colour (None when all are ok)."""
        for level in (ERROR, WARNING):
            for check in self.checks:
                if check.severity == level:
                    return check
        return None

    def summary(self, lang: str = "vi") -> str:
        """One line: the reason of the worst check, or that everything is ready."""
        worst = self.worst()
        return worst.message(lang) if worst else render("preflight.ok", lang)

    def as_json(self, lang: str = "vi") -> dict:
        """What `doctor --json` prints (CLI.md)."""
        return {"ok": self.ok, "checks": [
            {"id": c.id, "ok": c.ok, "severity": c.severity, "message": c.message(lang)}
            for c in self.checks]}
