"""docs/cli.md is the command contract: its synopses and the argparse parser name the same
commands and the same options, both ways."""

import argparse
import re
from collections import defaultdict
from pathlib import Path

from commune_radio.cli import build_parser
from commune_radio.cli.common import walk_commands

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli.md"
WORD = re.compile(r"[a-z][a-z-]*")


def synopses(text: str):
    """The indented ``commune-radio …`` lines of the page."""
    for line in text.splitlines():
        if line.startswith("    commune-radio"):
            yield line.split(None, 1)[1] if " " in line.strip() else ""


def parse_synopsis(line: str) -> tuple[tuple[str, ...], set[str]]:
    """(command path, options) of one synopsis: the path is the leading bare lower-case words
    outside brackets; options are every ``-x``/``--xx`` anywhere (``a|b`` gives both)."""
    tokens = re.sub(r"([\[\]()])", r" \1 ", line).split()
    path: list[str] = []
    options: set[str] = set()
    depth, path_open = 0, True
    for token in tokens:
        if token in "[(":
            depth += 1
            continue
        if token in "])":
            depth -= 1
            continue
        for part in token.split("|"):
            if part.startswith("-"):
                options.add(part.split("=")[0].rstrip("."))
        if token.startswith("-") or depth:
            continue
        if path_open and "|" not in token and WORD.fullmatch(token):
            path.append(token)
        else:
            path_open = False
    return tuple(path), options


def documented() -> dict[tuple[str, ...], set[str]]:
    found: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for line in synopses(DOC.read_text(encoding="utf-8")):
        path, options = parse_synopsis(line)
        found[path] |= options
    return found


def own_options(parser: argparse.ArgumentParser) -> set[str]:
    return {s for a in parser._actions if not isinstance(a, argparse._HelpAction)
            for s in a.option_strings}


def in_the_parser() -> dict[tuple[str, ...], set[str]]:
    """Every command a person can run (the leaves), with the options of it and of its groups."""
    root = build_parser()
    found = {(): own_options(root)}
    by_path = {path: parser for path, parser, _ in walk_commands(root)}
    for path, parser in by_path.items():
        if not any(isinstance(a, argparse._SubParsersAction) for a in parser._actions):
            found[path] = set().union(*(own_options(by_path[path[:i]])
                                        for i in range(1, len(path) + 1)))
    return found


def test_the_synopsis_reader_reads_what_the_page_writes():
    assert parse_synopsis("office [--db URL] week CODE WEEK [--json]") == (
        ("office", "week"), {"--db", "--json"})
    assert parse_synopsis("programme create NAME [--dx|--no-dx] -o|--output F SEGMENT_ID...") \
        == (("programme", "create"), {"--dx", "--no-dx", "-o", "--output"})
    assert parse_synopsis("autostart on|off|status [--headless]") == (("autostart",),
                                                                       {"--headless"})
    assert parse_synopsis("schedule add P --at HH:MM[:SS] [--days mon,tue]") == (
        ("schedule", "add"), {"--at", "--days"})


def test_every_command_of_the_parser_is_documented_and_every_documented_one_exists():
    doc, parser = documented(), in_the_parser()
    undocumented = sorted(" ".join(p) for p in parser.keys() - doc.keys())
    unknown = sorted(" ".join(p) for p in doc.keys() - parser.keys())
    assert not undocumented, f"commands missing from docs/cli.md: {undocumented}"
    assert not unknown, f"docs/cli.md names commands the parser lacks: {unknown}"


def test_every_option_of_the_parser_is_documented_and_every_documented_one_exists():
    doc, parser = documented(), in_the_parser()
    differences = []
    for path in sorted(parser.keys() & doc.keys()):
        name = " ".join(path) or "(global)"
        if missing := parser[path] - doc[path]:
            differences.append(f"{name}: not documented {sorted(missing)}")
        if extra := doc[path] - parser[path]:
            differences.append(f"{name}: documented but not in the parser {sorted(extra)}")
    assert not differences, "docs/cli.md and the parser differ:\n" + "\n".join(differences)
