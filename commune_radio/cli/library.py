"""`library import|list`."""

from __future__ import annotations

from pathlib import Path

from commune_radio.cli import pack
from commune_radio.cli.common import EXIT_OK, EXIT_REJECTED, VI, Words, emit, say, say_imported
from commune_radio.core.errors import RejectedInput
from commune_radio.services.import_files import collect_files, folders_without_audio
from commune_radio.services.library_service import AUDIO_SUFFIXES, ImportOptions, ImportResult


def register(sub, w: Words = VI) -> None:
    """Add the library commands to the parser."""
    library = w.command(sub, "library")
    lib_sub = w.subcommands(library, "action")
    imp = w.command(lib_sub, "import", "library.import")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE|DIR",
                     help=w("cli.opt.import.files"))
    imp.add_argument("--topic", metavar="ID", help=w("cli.opt.topic"))
    imp.add_argument("--language", metavar="ID", help=w("cli.opt.language"))
    imp.add_argument("--title", metavar="T", help=w("cli.opt.import.title"))
    imp.add_argument("--valid-from", metavar="DATE", help=w("cli.opt.import.valid_from"))
    imp.add_argument("--valid-until", metavar="DATE", help=w("cli.opt.import.valid_until"))
    w.json_option(imp)
    pack.register_library(lib_sub, w)
    lst = w.command(lib_sub, "list", "library.list")
    w.json_option(lst)
    library.set_defaults(handler=cmd_library)


def segment_json(s) -> dict:
    """The `library list --json` object of one segment."""
    return {
        "id": s.id, "title": s.title, "topic": s.topic, "language": s.language,
        "duration_s": round(s.duration_s, 3), "loudness_lufs": s.loudness_lufs,
        "sha256": s.sha256,
        "valid_from": s.valid_from.isoformat() if s.valid_from else None,
        "valid_until": s.valid_until.isoformat() if s.valid_until else None,
        "source_file": s.source_file,
    }


def cmd_library(ctx, args, lang: str) -> int:
    """`library import` and `library list`."""
    if args.action == "list":
        segments = ctx.library.list()
        emit(args, [segment_json(s) for s in segments],
             [f"{s.id:5} {s.duration_s:7.1f}s {s.loudness_lufs:6.1f} LUFS  {s.title}"
              for s in segments])
        return EXIT_OK
    options = ImportOptions(
        topic=args.topic, language=args.language, title=args.title,
        valid_from=args.valid_from, valid_until=args.valid_until,
    )
    # a folder with no audio in it is a rejection of its own: the person meant some files
    results = [ImportResult(file=str(folder), ok=False, error=RejectedInput(
        "import.empty_folder", folder=str(folder), suffixes=" ".join(AUDIO_SUFFIXES)))
        for folder in folders_without_audio(args.files)]
    for rejected in results:
        say(f"✗ {rejected.error.render(lang)}")
    for path in collect_files(args.files):
        result = ctx.library.import_file(path, options)
        results.append(result)
        say_imported(path, result, lang)
    emit(args, [r.as_json(lang) for r in results])
    return EXIT_OK if all(r.ok for r in results) else EXIT_REJECTED
