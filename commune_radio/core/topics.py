"""The DX themes of the Lào Cai plan (44/KH-STTTT), with stable ids.

The Vietnamese label is the source of truth; ids never change once published because export
files and office reports carry them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    """One DX theme of the plan."""

    id: str
    vi: str
    en: str


TOPICS: tuple[Topic, ...] = (
    Topic("dx_goals", "Mục tiêu, lợi ích của chuyển đổi số",
          "Goals and benefits of digital transformation"),
    Topic("national_programme", "Chương trình chuyển đổi số quốc gia và các nền tảng số",
          "The national DX programme and platforms"),
    Topic("laocai_programme", "Chương trình chuyển đổi số tỉnh Lào Cai",
          "The Lào Cai DX programme"),
    Topic("targets_dti", "23 chỉ tiêu năm 2023 và chỉ số DTI",
          "The 23 targets of 2023 and the DTI index"),
    Topic("smart_city", "Đô thị thông minh và các lĩnh vực ưu tiên",
          "Smart city and priority sectors"),
    Topic("ioc_public_service", "Trung tâm IOC, trung tâm dữ liệu, SOC và Trung tâm phục vụ hành chính công",
          "IOC, data centre, SOC and the public-service centre"),
    Topic("online_services", "Dịch vụ công trực tuyến và thanh toán trực tuyến",
          "Online public services and payments"),
    Topic("digital_platforms_sme", "Nền tảng số, hóa đơn điện tử, tài khoản thanh toán cho hộ gia đình và doanh nghiệp nhỏ",
          "Digital platforms, e-invoices and e-payment accounts for households and SMEs"),
    Topic("information_security", "An toàn thông tin", "Information security"),
    Topic("digital_products", "Kinh nghiệm và sản phẩm số mới", "Experiences and new digital products"),
    Topic("emulation_movement", "Phong trào thi đua chuyển đổi số và điển hình",
          "The DX emulation movement and success stories"),
    Topic("digital_skills", "Kỹ năng số cơ bản", "Basic digital skills"),
)

_BY_ID = {t.id: t for t in TOPICS}


def topic_by_id(topic_id: str) -> Topic | None:
    """The theme with this id, or None when the id is unknown."""
    return _BY_ID.get(topic_id)


def is_topic(topic_id: str) -> bool:
    """Whether ``topic_id`` names a theme of the plan."""
    return topic_id in _BY_ID
