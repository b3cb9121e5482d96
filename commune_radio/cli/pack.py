"""Content packs on the command line: `office pack create`, `library import-pack`,
`station trust-office`. Thin over ``services.pack_service``."""

from __future__ import annotations

from pathlib import Path

from commune_radio.cli.common import EXIT_OK, EXIT_REJECTED, Parser, emit, say


def register_office(o_sub) -> None:
    """`office pack create SPEC.toml -o FILE.crpack` and `office pack key`."""
    pack = o_sub.add_parser("pack", help="content packs for the stations (.crpack)")
    p_sub = pack.add_subparsers(dest="pack_action", required=True, parser_class=Parser)
    create = p_sub.add_parser("create", help="build and sign a pack from a spec (TOML)")
    create.add_argument("spec", type=Path, help="the pack spec (docs/pack-format.md)")
    create.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    create.add_argument("--json", action="store_true")
    create.set_defaults(handler=cmd_pack_create)
    key = p_sub.add_parser("key", help="the office's pack-signing key and its fingerprint")
    key.add_argument("--json", action="store_true")
    key.set_defaults(handler=cmd_pack_key)


def register_library(lib_sub) -> None:
    """`library import-pack FILE [--accept-key FP] [--create-programme LANG] [--json]`."""
    imp = lib_sub.add_parser("import-pack", help="import a signed content pack from the office")
    imp.add_argument("file", type=Path)
    imp.add_argument("--accept-key", metavar="FINGERPRINT",
                     help="first pack only: trust the office key with this fingerprint")
    imp.add_argument("--create-programme", metavar="LANG",
                     help="also create the pack's suggested programme for this language")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=cmd_import_pack)


def register_station(st_sub) -> None:
    """`station trust-office KEY_OR_FINGERPRINT`."""
    trust = st_sub.add_parser("trust-office", help="pin the office key that signs content packs")
    trust.add_argument("key", metavar="KEY_OR_FINGERPRINT")
    trust.add_argument("--json", action="store_true")
    trust.set_defaults(handler=cmd_trust_office)


def cmd_pack_create(ctx, args, lang: str) -> int:
    """`office pack create`."""
    written = ctx.packs.create(args.spec, args.output)
    fp = ctx.packs.office_fingerprint()
    say({"vi": f"Đã tạo gói {written.pack_id}: {written.segments} mục, {written.programmes} "
               f"chương trình gợi ý. Dấu khóa văn phòng: {fp}",
         "en": f"Pack {written.pack_id} written: {written.segments} segments, "
               f"{written.programmes} suggested programmes. Office key fingerprint: {fp}"}[lang])
    emit(args, {"file": str(written.path), "pack_id": written.pack_id,
                "segments": written.segments, "programmes": written.programmes,
                "size": written.size, "public_key": written.public_key, "fingerprint": fp},
         [str(written.path)])
    return EXIT_OK


def cmd_pack_key(ctx, args, lang: str) -> int:
    """`office pack key`: what a station pins."""
    from commune_radio.storage import keys

    public = keys.public_key_b64(keys.office_key(ctx.data_dir))
    fp = ctx.packs.office_fingerprint()
    emit(args, {"public_key": public, "fingerprint": fp}, [f"{public}", f"{fp}"])
    return EXIT_OK


def cmd_trust_office(ctx, args, lang: str) -> int:
    """`station trust-office`."""
    fp = ctx.packs.trust_office(args.key).value
    say({"vi": f"Đã tin cậy khóa văn phòng có dấu {fp}.",
         "en": f"The office key with fingerprint {fp} is now trusted."}[lang])
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
        r = s.result
        if r.ok:
            dup = {"vi": " (đã có trong thư viện)", "en": " (already in the library)"}[lang]
            say(f"OK {s.pack_segment_id}: #{r.segment.id} {r.segment.title}"
                f"{dup if r.duplicate else ''}")
        else:
            say(f"✗ {s.pack_segment_id}: {r.error.render(lang)}")
    ids = result.imported_ids()
    for p in result.manifest.programmes:
        ready = sum(1 for s in p.segments if s in ids)
        say({"vi": f"Chương trình gợi ý [{p.language}] “{p.name}”: {ready}/{len(p.segments)} "
                   f"mục sẵn sàng. Tạo: commune-radio library import-pack FILE "
                   f"--create-programme {p.language}",
             "en": f"Suggested programme [{p.language}] “{p.name}”: {ready}/{len(p.segments)} "
                   f"items ready. To create it: commune-radio library import-pack FILE "
                   f"--create-programme {p.language}"}[lang])
    if result.programme:
        say({"vi": f"Đã tạo chương trình “{result.programme.name}”.",
             "en": f"Programme “{result.programme.name}” created."}[lang])
    if result.programme_error:
        say(f"✗ {result.programme_error.render(lang)}")
    if result.schedule_template:
        say({"vi": f"Lịch mẫu của gói: {result.schedule_template} "
                   "(áp dụng: commune-radio schedule import FILE)",
             "en": f"The pack's schedule template: {result.schedule_template} "
                   "(to apply: commune-radio schedule import FILE)"}[lang])
    say_removed(result.removed, lang)
    emit(args, result.as_json(lang))
    return EXIT_OK if result.all_ok else EXIT_REJECTED


def say_removed(removed, lang: str) -> None:
    """Tell the operator which pack items left which programme because they expired."""
    for r in removed:
        say({"vi": f"Mục “{r.title}” hết hiệu lực ngày {r.valid_until}: đã bỏ khỏi chương "
                   f"trình “{r.programme}”.",
             "en": f"“{r.title}” expired on {r.valid_until}: taken out of programme "
                   f"“{r.programme}”."}[lang])
