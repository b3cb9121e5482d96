"""The embedded demo station: set up on first use so a newcomer sees a working program at once."""

from __future__ import annotations

import json
from collections.abc import Callable

from commune_radio.app import AppContext
from commune_radio.paths import assets_dir
from commune_radio.services.library_service import ImportOptions
from commune_radio.storage.station_repo import get_setting, set_setting

DEMO_CODE = "04465"
DEMO_NAME = "Đài truyền thanh xã Khao Mang (trình diễn)"
DEMO_PROGRAMME = "Chuyên mục Chuyển đổi số"


def ensure_demo_station(ctx: AppContext, log: Callable[[str], None] = lambda _m: None) -> None:
    """Create the demo station and import the shipped demo segments, once per data directory."""
    if ctx.station.get() is None:
        ctx.station.init(DEMO_CODE, DEMO_NAME, office="Trung tâm Văn hóa - Thông tin tỉnh Lào Cai")
    if get_setting(ctx.db, "demo_seeded") == "1":
        return
    demo = assets_dir() / "demo"
    items = json.loads((demo / "segments.json").read_text(encoding="utf-8"))
    intro, dx_segments = None, []
    for item in items:
        log(f"demo: {item['file']}")
        result = ctx.library.import_file(
            demo / item["file"],
            ImportOptions(topic=item.get("topic"), language=item.get("language"),
                          title=item["title"]),
        )
        if not result.ok:
            log(f"demo: {item['file']}: {result.error.render('en')}")
            continue
        if item.get("role") == "intro":
            intro = result.segment.id
        else:
            dx_segments.append(result.segment.id)
    # the weekly DX section of the plan: Monday 06:00, rerun Thursday 17:00
    ctx.programmes.create(DEMO_PROGRAMME, dx_segments, intro_id=intro, dx=True)
    ctx.schedule.import_template(assets_dir().parent / "schedules" / "laocai-dx-weekly.toml")
    set_setting(ctx.db, "demo_seeded", "1")
