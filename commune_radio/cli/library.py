"""`library import|list`."""

from __future__ import annotations

from pathlib import Path

from commune_radio.cli import pack
from commune_radio.cli.common import EXIT_OK, EXIT_REJECTED, Parser, emit, say
from commune_radio.services.library_service import ImportOptions


def register(sub) -> None:
    """Add the library commands to the parser."""
    library = sub.add_parser("library", help="the segment library")
    lib_sub = library.add_subparsers(dest="action", required=True, parser_class=Parser)
    imp = lib_sub.add_parser("import", help="import audio files")
    imp.add_argument("files", nargs="+", type=Path)
    imp.add_argument("--topic")
    imp.add_argument("--language")
    imp.add_argument("--title")
    imp.add_argument("--valid-from")
    imp.add_argument("--valid-until")
    imp.add_argument("--json", action="store_true")
    pack.register_library(lib_sub)
    lst = lib_sub.add_parser("list")
    lst.add_argument("--json", action="store_true")
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
    results = []
    for path in args.files:
        result = ctx.library.import_file(path, options)
        results.append(result)
        if result.ok:
            dup = {"vi": " (đã có trong thư viện)", "en": " (already in the library)"}[lang]
            say(f"OK {path}: #{result.segment.id} {result.segment.title}"
                f"{dup if result.duplicate else ''}")
        else:
            say(f"✗ {path}: {result.error.render(lang)}")
    emit(args, [r.as_json(lang) for r in results])
    return EXIT_OK if all(r.ok for r in results) else EXIT_REJECTED
