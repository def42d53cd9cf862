"""Tone marks OCR misread, restored from the neighbouring syllables (loaders/formats/ocr_syllables.py).

The misread lines are Tesseract 5.3 (vie) output of two real scanned office documents
(Thông báo 2/TB-UBND of a district of Đắk Nông, 2019, and a Chỉ thị of Ban Thường vụ Tỉnh
ủy; gold o017, o046), quoted as the reader gave them; the meant text is the gold's.
"""

from __future__ import annotations

import gzip
import json
from importlib import resources

import pytest

from cancu.loaders.formats import ocr, ocr_syllables
from cancu.loaders.formats.ocr_syllables import restore, restore_text

# (as Tesseract read the line, as the document has it)
MISREAD = [
    ("Chủ tịch UBND các xã, thị trấn khân trương chỉ đạo khắc phục những tồn tại",
     "Chủ tịch UBND các xã, thị trấn khẩn trương chỉ đạo khắc phục những tồn tại"),
    ("Ban Quản lý dự án và phát triển quỹ đất tập trung đây nhanh tiễn độ giải ngân vốn các công trình",
     "Ban Quản lý dự án và phát triển quỹ đất tập trung đẩy nhanh tiến độ giải ngân vốn các công trình"),
    ("Yêu cầu UBND các xã, thị trấn tăng cường kiêm tra các công trình nhà ở đã được cấp phép",
     "Yêu cầu UBND các xã, thị trấn tăng cường kiểm tra các công trình nhà ở đã được cấp phép"),
    ("Theo đõi, đôn đốc các đơn vị triển khai thực hiện các nội dung nêu trên",
     "Theo dõi, đôn đốc các đơn vị triển khai thực hiện các nội dung nêu trên"),
    ("sự phối hợp đồng bộ, chặt chế giữa các sở, ban, ngành, địa phương",
     "sự phối hợp đồng bộ, chặt chẽ giữa các sở, ban, ngành, địa phương"),
    ("khai thác các dịch vụ, tiện ích từ cơ sở dữ liệu quôc gia về dân cư",
     "khai thác các dịch vụ, tiện ích từ cơ sở dữ liệu quốc gia về dân cư"),
    ("tham mưu xử lý kịp thời, không đê xảy ra trường hợp khiêu nại vượt cấp.",
     "tham mưu xử lý kịp thời, không để xảy ra trường hợp khiếu nại vượt cấp."),
    ("phối hợp UBND các xã, thị trân thường xuyên theo dõi",
     "phối hợp UBND các xã, thị trấn thường xuyên theo dõi"),
]

# lines a text layer gives (seed and gold documents): nothing to restore, nothing changed
RIGHT = [
    "Ủy ban nhân dân các xã, phường chủ trì, phối hợp với các cơ quan, đơn vị có liên quan",
    "Xây dựng Trang thông tin điện tử phường",
    "Trong quý III/2025",
    "đầu tư xây dựng công trình thuỷ lợi",  # old tone placement is the same word, kept as written
]


@pytest.mark.parametrize("read,meant", MISREAD)
def test_misread_marks_are_restored(read, meant):
    assert restore_text(read) == meant


@pytest.mark.parametrize("line", RIGHT)
def test_right_text_is_left_alone(line):
    assert restore_text(line) == line


def test_symbol_codes_are_never_read_as_words():
    # "TU" (Tỉnh ủy) is also the letters of "từ"; beside "/" or "-" it is a symbol's code
    line = "Thực hiện Kết luận số 91-KL/TU ngày 15/3/2025"
    assert restore_text(line) == line
    assert restore_text("Số: 1322/QĐ-UBND") == "Số: 1322/QĐ-UBND"


def test_capitals_keep_their_case():
    # the heading of a plan, read with the circumflex lost
    assert restore_text("KÉ HOẠCH") == "KẾ HOẠCH"
    assert restore_text("Khân trương") == "Khẩn trương"


def test_punctuation_breaks_the_context():
    # "giải pháp. Đây là": no pair spans the full stop, so "Đây" is not pushed to "Đẩy"
    assert restore_text("theo giải pháp. Đây là nhiệm vụ trọng tâm") == "theo giải pháp. Đây là nhiệm vụ trọng tâm"


def test_only_marks_change():
    for read, _ in MISREAD:
        out = restore_text(read)
        assert len(out) == len(read)
        assert ocr_syllables.letters(out) == ocr_syllables.letters(read)


def test_restore_keeps_syllables_given_as_kept():
    assert restore(["thị", "trấn", "khân", "trương"], kept=frozenset({2})) == ["thị", "trấn", "khân", "trương"]
    assert restore([]) == []


def test_ocr_words_keep_their_boxes():
    words = [ocr._Word(t, 10 * i, 0, 10 * i + 8, 10, 90.0, (1, 1, 1))
             for i, t in enumerate("Yêu cầu các đơn vị khân trương triển khai".split())]
    fixed = ocr._marks_restored(words)
    assert [w.text for w in fixed] == "Yêu cầu các đơn vị khẩn trương triển khai".split()
    assert [(w.left, w.right, w.line) for w in fixed] == [(w.left, w.right, w.line) for w in words]
    assert ocr._marks_restored([]) == []


def test_table_is_the_counts_the_script_writes():
    raw = resources.files("cancu.loaders").joinpath("data", "ocr_syllables.json.gz").read_bytes()
    t = json.loads(gzip.decompress(raw))
    assert t["documents"] > 500
    # every pair is made of counted syllables' spellings, in lower case
    for key in list(t["pairs"])[:2000] + list(t["named_pairs"])[:2000]:
        a, b = key.split(" ")
        assert a == a.lower() and b == b.lower()
    assert t["pairs"]["khẩn trương"] > 100 and "khân trương" not in t["pairs"]
