"""The blind sets of openings (benchmarks/openings): every gold has its text's checksum, and a text
that is not the one annotated is refused rather than scored."""

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "benchmarks"
_spec = importlib.util.spec_from_file_location("openings", ROOT / "openings.py")
openings = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(openings)
MANIFEST = json.loads((ROOT / "openings" / "manifest.json").read_text(encoding="utf-8"))
TAGS = {name: f"2026-12-07{name}" for name in ("o", "op", "oq", "or", "os", "ot", "ou", "ov", "ow")}


def test_manifest_and_golds_agree():
    for name, rows in MANIFEST.items():
        golds = {p.stem for p in (ROOT / "openings" / name).glob("*.json")}
        assert golds == {r["id"] for r in rows}, name
        for r in rows:
            assert len(r["sha256"]) == 64 and r["sha256"].startswith(r["id"].split("_")[1])
            gold = json.loads((ROOT / "openings" / name / f"{r['id']}.json").read_text(encoding="utf-8"))
            assert gold["holdout"] == TAGS[name] and gold["source"] == "pages:" + r["url"]


def test_a_changed_or_missing_text_is_refused(tmp_path):
    row = MANIFEST["o"][0]
    (tmp_path / "o").mkdir()
    into = tmp_path / "into"
    into.mkdir()
    assert openings.checked_texts(tmp_path, "o", [row], into) == [row["id"]]  # missing
    (tmp_path / "o" / row["file"]).write_text("ỦY BAN NHÂN DÂN\n", encoding="utf-8")
    assert openings.checked_texts(tmp_path, "o", [row], into) == [row["id"]]  # not the annotated text
    assert not list(into.iterdir())
