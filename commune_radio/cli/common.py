"""What every command module shares: JSON/human output, exit codes, the parser class."""

from __future__ import annotations

import argparse
import json
import sys

from commune_radio.core.safe_text import display_text, escape_json_controls

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


class Parser(argparse.ArgumentParser):
    """argparse that exits 2 on a usage error, as CLI.md wants."""

    def error(self, message: str) -> None:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def emit(args, data, human_lines=()) -> None:
    """One JSON document on stdout with ``--json``; the human lines otherwise.

    Station text reaches the terminal only through here and ``say``: its control characters
    (an ESC could rewrite the line into a fake "OK") are neutralised (``core.safe_text``).
    """
    if getattr(args, "json", False):
        sys.stdout.write(escape_json_controls(json.dumps(data, ensure_ascii=False, indent=2)))
        sys.stdout.write("\n")
    else:
        for line in human_lines:
            print(display_text(str(line)))


def say(message: str) -> None:
    """A human message: always on stderr, so stdout stays one JSON document."""
    print(display_text(str(message)), file=sys.stderr)
