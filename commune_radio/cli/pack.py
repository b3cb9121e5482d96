"""Content packs on the command line: `office pack create`, `library import-pack`,
`station trust-office`. Thin over ``services.pack_service``."""

from __future__ import annotations

from pathlib import Path

from commune_radio.cli.common import EXIT_OK, EXIT_REJECTED, VI, Words, emit, say, say_imported
from commune_radio.core.messages import render


def register_office(o_sub, w: Words = VI) -> None:
    """`office pack create SPEC.toml -o FILE.crpack` and `office pack key`."""
    pack = w.command(o_sub, "pack", "office.pack")
    p_sub = w.subcommands(pack, "pack_action")
    create = w.command(p_sub, "create", "office.pack.create")
    create.add_argument("spec", type=Path, metavar="SPEC.toml", help=w("cli.opt.pack.spec"))
    create.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.crpack",
                        help=w("cli.opt.pack.output"))
    w.json_option(create)
    create.set_defaults(handler=cmd_pack_create)
    key = w.command(p_sub, "key", "office.pack.key")
    w.json_option(key)
    key.set_defaults(handler=cmd_pack_key)


def register_library(lib_sub, w: Words = VI) -> None:
    """`library import-pack FILE [--accept-key FP] [--create-programme LANG] [--json]`."""
    imp = w.command(lib_sub, "import-pack", "library.import-pack")
    imp.add_argument("file", type=Path, metavar="FILE.crpack", help=w("cli.opt.pack.file"))
    imp.add_argument("--accept-key", metavar="FINGERPRINT", help=w("cli.opt.pack.accept_key"))
    imp.add_argument("--create-programme", metavar="LANG",
                     help=w("cli.opt.pack.create_programme"))
    w.json_option(imp)
    imp.set_defaults(handler=cmd_import_pack)


def register_station(st_sub, w: Words = VI) -> None:
    """`station trust-office KEY_OR_FINGERPRINT`."""
    trust = w.command(st_sub, "trust-office", "station.trust-office")
    trust.add_argument("key", metavar="KEY_OR_FINGERPRINT", help=w("cli.opt.trust.key"))
    w.json_option(trust)
    trust.set_defaults(handler=cmd_trust_office)


def cmd_pack_create(ctx, args, lang: str) -> int:
    """`office pack create`."""
    written = ctx.packs.create(args.spec, args.output)
    fp = ctx.packs.office_fingerprint()
    say(render("cli.pack.created", lang, pack_id=written.pack_id, segments=written.segments,
               programmes=written.programmes, fingerprint=fp))
    emit(args, {"file": str(written.path), "pack_id": written.pack_id,
                "segments": written.segments, "programmes": written.programmes,
                "size": written.size, "public_key": written.public_key, "fingerprint": fp},
         [str(written.path)])
    return EXIT_OK


def cmd_pack_key(ctx, args, lang: str) -> int:
    """`office pack key`: what a station pins."""
    public = ctx.packs.office_public_key()
    fp = ctx.packs.office_fingerprint()
    emit(args, {"public_key": public, "fingerprint": fp}, [f"{public}", f"{fp}"])
    return EXIT_OK


def cmd_trust_office(ctx, args, lang: str) -> int:
    """`station trust-office`."""
    fp = ctx.packs.trust_office(args.key).value
    say(render("cli.pack.trusted", lang, fingerprint=fp))
    key, _ = ctx.packs.trusted()
    emit(args, {"fingerprint": fp, "public_key": key}, [fp])
    return EXIT_OK


def cmd_import_pack(ctx, args, lang: str) -> int:
    """`library import-pack`."""
    result = ctx.packs.import_pack(args.file, accept_key=args.accept_key,
                                   create_programme=args.create_programme)
    if not result.ok:
        say(f"✗ {result.error.render(lang)}")
        emit(args, result.as_json(lang))
        return EXIT_REJECTED
    for s in result.segments:
        say_imported(s.pack_segment_id, s.result, lang)
    ids = result.imported_ids()
    for p in result.manifest.programmes:
        ready = sum(1 for s in p.segments if s in ids)
        say(render("cli.pack.suggested", lang, language=p.language, name=p.name, ready=ready,
                   total=len(p.segments)))
    if result.programme:
        say(render("cli.pack.programme_created", lang, name=result.programme.name))
    if result.programme_error:
        say(f"✗ {result.programme_error.render(lang)}")
    if result.schedule_template:
        say(render("cli.pack.template", lang, template=result.schedule_template))
    say_removed(result.removed, lang)
    emit(args, result.as_json(lang))
    return EXIT_OK if result.all_ok else EXIT_REJECTED


def say_removed(removed, lang: str) -> None:
    """Tell the operator which pack items left which programme because they expired."""
    for r in removed:
        say(render("cli.pack.removed", lang, title=r.title, until=r.valid_until,
                   programme=r.programme))
