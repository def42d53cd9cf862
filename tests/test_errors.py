"""The error tree drawn in ``cancu.errors``' docstring is the class tree."""

from __future__ import annotations

import inspect
import re

from cancu import errors


def test_the_docstring_tree_is_the_class_tree():
    drawn: dict[str, str] = {}
    stack: list[tuple[int, str]] = []
    for line in errors.__doc__.splitlines():
        m = re.match(r"^(\s*(?:[│ ]\s*)*)(?:[├└]── )?([A-Z]\w+Error)\b", line)
        if not m:
            continue
        depth = len(m.group(1)) + (4 if "── " in line else 0)
        while stack and stack[-1][0] >= depth:
            stack.pop()
        if stack:
            drawn[m.group(2)] = stack[-1][1]
        stack.append((depth, m.group(2)))
    classes = {name: cls for name, cls in inspect.getmembers(errors, inspect.isclass)
               if issubclass(cls, errors.CancuError) and cls.__module__ == errors.__name__}
    parents = {name: next(b.__name__ for b in cls.__bases__ if issubclass(b, errors.CancuError))
               for name, cls in classes.items() if cls is not errors.CancuError}
    assert len(parents) > 40
    assert drawn == parents
