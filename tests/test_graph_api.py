"""The Python API docs/architecture.md documents is what ``cancu.graph`` exports."""

from __future__ import annotations

import re
from pathlib import Path

import cancu.graph

DOC = Path(__file__).resolve().parent.parent / "docs" / "architecture.md"


def test_every_verb_the_architecture_documents_is_importable_from_cancu_graph():
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("## Graph Python API"):text.index("### One read path")]
    blocks = "\n".join(re.findall(r"```python\n(.*?)```", section, re.S))
    documented = {m for m in re.findall(r"^(?:store = )?([a-z_]+)\(", blocks, re.M)}
    assert {"open_store", "trace", "impact", "tasks", "gaps", "stats", "ingest_paths"} <= documented
    assert documented <= set(cancu.graph.__all__), documented - set(cancu.graph.__all__)
    assert all(hasattr(cancu.graph, name) for name in cancu.graph.__all__)
