"""Header identity on site renderings of the crawl: real header excerpts (see the fixtures'
README), each isolating one layout trap that once gave a wrong kind or issuer."""

from __future__ import annotations

from pathlib import Path

import pytest

from cancu.loaders import extract

HEADERS = Path(__file__).parent / "fixtures" / "loaders" / "headers"

CASES = [
    # before: issuer "Thủ tướng Chính phủ cộng" (the motto's first word taken into the block)
    ("qd2639_ttg_motto_wrapped.md", "Quyết định", "2639/QĐ-TTg", "Thủ tướng Chính phủ"),
    # before: "Cộng sản Việt Nam Trung ương"
    ("kl221_tw_two_organs.md", "Kết luận", "221-KL/TW", "Bộ Chính trị, Ban Bí thư"),
    # before: "Cục Thuế thuế tỉnh Vĩnh Long"
    ("cv1539_vlo_tax_branch.md", "Công văn", "1539/VLO-QLDN3", "Thuế tỉnh Vĩnh Long"),
    # before: kind "Chỉ thị" from the code CT
    ("cv5348_ct_cs_letter.md", "Công văn", "5348/CT-CS", "Cục Thuế"),
]


@pytest.mark.parametrize(("name", "kind", "symbol", "issuer"), CASES)
def test_header_identity_of_site_renderings(name, kind, symbol, issuer):
    doc = extract(HEADERS / name).to_dict()["doc"]
    assert (doc["kind"], doc["symbol"], doc["issuer"]) == (kind, symbol, issuer)
