"""What every command module shares: JSON/human output, exit codes, the parser class, and the
catalogue's words in the language of the command line.

The language is known before the parser is built (``language_of`` reads ``--lang`` from the raw
arguments), so ``--help`` itself is Vietnamese by default and English with ``--lang en``: every
help text comes from ``core.messages``, and argparse's own words ("usage:", "options", its error
messages) go through the catalogue's ``ARGPARSE`` table in place of argparse's gettext.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from commune_radio.core.messages import ARGPARSE, render
from commune_radio.core.safe_text import display_text, escape_json_controls

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2
LANGUAGES = ("vi", "en")
LANG_ENV = "COMMUNE_RADIO_LANG"


def language_of(argv: Sequence[str], environ=os.environ) -> str:
    """The language the command line speaks: ``--lang`` in ``argv``, else ``$COMMUNE_RADIO_LANG``,
    else Vietnamese. Read before parsing so the parser's own help is in that language."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        else:
            continue
        return value if value in LANGUAGES else "vi"
    value = environ.get(LANG_ENV, "")
    return value if value in LANGUAGES else "vi"


@contextmanager
def argparse_words(lang: str) -> Iterator[None]:
    """While inside, argparse writes its own words in ``lang`` (it looks its ``_`` and
    ``ngettext`` up at call time; both are put back on the way out)."""
    if lang == "en":
        yield
        return
    saved = argparse._, argparse.ngettext
    argparse._ = lambda text: ARGPARSE.get(text, text)
    argparse.ngettext = lambda one, many, n: ARGPARSE.get(one if n == 1 else many,
                                                          one if n == 1 else many)
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


class Parser(argparse.ArgumentParser):
    """argparse in Vietnamese that exits 2 on a usage error, as docs/cli.md wants.

    Sub-commands get the parent's class (``add_subparsers`` default), so a whole tree speaks
    one language; ``EnglishParser`` is the same in English.
    """

    lang = "vi"

    def __init__(self, *args, **kwargs) -> None:
        with argparse_words(self.lang):  # the group titles and -h's help
            super().__init__(*args, **kwargs)

    def parse_args(self, args=None, namespace=None):
        with argparse_words(self.lang):
            return super().parse_args(args, namespace)

    def parse_known_args(self, args=None, namespace=None):
        with argparse_words(self.lang):
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with argparse_words(self.lang):
            return super().format_usage()

    def format_help(self) -> str:
        with argparse_words(self.lang):
            return super().format_help()

    def error(self, message: str) -> None:
        with argparse_words(self.lang):
            self.print_usage(sys.stderr)
            self.exit(EXIT_USAGE, argparse._("%(prog)s: error: %(message)s\n")
                      % {"prog": self.prog, "message": message})


class EnglishParser(Parser):
    """The parser with ``--lang en``."""

    lang = "en"


class Words:
    """The catalogue in the command line's language: texts, and the parser pieces built from
    them (a command with its help and description, ``--json``, typed values)."""

    def __init__(self, lang: str = "vi") -> None:
        self.lang = lang if lang in LANGUAGES else "vi"

    def __call__(self, message_id: str, **params) -> str:
        return render(message_id, self.lang, **params)

    @property
    def parser_class(self) -> type[Parser]:
        """The parser class of this language."""
        return EnglishParser if self.lang == "en" else Parser

    def command(self, sub, name: str, path: str | None = None, **kwargs) -> Parser:
        """A sub-command ``name`` whose help is ``cli.cmd.<path>`` and whose description is
        ``cli.about.<path>`` when the catalogue has one, its help otherwise."""
        path = path or name
        short = self(f"cli.cmd.{path}")
        about = self(f"cli.about.{path}")
        return sub.add_parser(name, help=short,
                              description=short if about == f"cli.about.{path}" else about,
                              **kwargs)

    def subcommands(self, parser: Parser, dest: str, **kwargs):
        """The required sub-command choice of a group (shown as COMMAND / LỆNH)."""
        return parser.add_subparsers(dest=dest, required=True,
                                     metavar=self("cli.metavar.command"), **kwargs)

    def json_option(self, parser: Parser) -> None:
        """``--json``: one JSON document on stdout."""
        parser.add_argument("--json", action="store_true", help=self("cli.opt.json"))

    # argparse types: their refusals are sentences of the catalogue

    def date(self, text: str) -> dt.date:
        """YYYY-MM-DD."""
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(self("cli.type.date", value=text)) from None

    def whole_number(self, text: str) -> int:
        """An integer."""
        try:
            return int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(self("cli.type.whole_number", value=text)) from None

    def number(self, text: str) -> float:
        """A decimal number."""
        try:
            return float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(self("cli.type.number", value=text)) from None


def walk_commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """Every command of ``parser``'s tree as (path, parser, help in its group), depth first,
    the groups too: what docs/cli.md and the help tests compare against."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, child in action.choices.items():
                yield (*path, name), child, helps.get(name)
                yield from walk_commands(child, (*path, name))


VI = Words("vi")  # the default of ``register``: a parser built without a language is Vietnamese


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


def say_imported(name, result, lang: str) -> None:
    """One line for one file's import into the library (``library import``, a pack's items)."""
    if result.ok:
        dup = render("cli.library.duplicate", lang) if result.duplicate else ""
        say(f"OK {name}: #{result.segment.id} {result.segment.title}{dup}")
    else:
        say(f"✗ {name}: {result.error.render(lang)}")
