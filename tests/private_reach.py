"""Where a test reaches a private member (`_name`) of the app's code, found by reading its source.

A test that reads `store._conn` or imports `_helper` pins how the code is built, not what it
does: it breaks with every honest refactoring and passes for code no user could drive. Allowed:
dunders, the private API of other libraries' modules (`os._exit`), and a test's own helpers, as
long as their private names are none of the app's (the name alone cannot tell the two apart).
Code handed to a child Python as a string is read too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from pathlib import Path

APP = "infant_massage"
REFLECTION = {"getattr", "setattr", "delattr", "hasattr"}  # and monkeypatch.setattr/delattr


def is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def defined_private_names(trees: Iterable[ast.AST]) -> set[str]:
    """Private names given to functions, classes and attributes (self._x = ...) in `trees`."""
    names: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                names.add(node.attr)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)  # class attributes and module-level names
    return {name for name in names if is_private(name)}


def _other_modules(tree: ast.AST) -> set[str]:
    """Names bound to modules that are not the app's (import os, import numpy as np)."""
    bound = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] != APP:
                    bound.add(alias.asname or alias.name.split(".")[0])
    return bound


def _embedded_code(tree: ast.AST) -> Iterator[ast.AST]:
    for node in ast.walk(tree):
        text = node.value if isinstance(node, ast.Constant) else None
        if isinstance(text, str) and "\n" in text and "import " in text:
            try:
                yield ast.parse(text)
            except SyntaxError:
                continue


def _reflected_name(node: ast.Call) -> str | None:
    """The attribute name a getattr-like call names with a literal, else None."""
    function = node.func
    called = function.id if isinstance(function, ast.Name) else None
    if isinstance(function, ast.Attribute) and function.attr in ("setattr", "delattr"):
        called = function.attr  # monkeypatch.setattr(obj, "_x", ...) or ("a.b._x", ...)
    if called not in REFLECTION or not node.args:
        return None
    literal = node.args[1] if len(node.args) > 1 else node.args[0]
    if not (isinstance(literal, ast.Constant) and isinstance(literal.value, str)):
        return None
    return literal.value.rsplit(".", 1)[-1]


def _is_attribute_table(node: ast.AST) -> bool:
    """obj.__dict__ or vars(obj): an object's attributes, read as a mapping."""
    if isinstance(node, ast.Attribute):
        return node.attr == "__dict__"
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "vars"


def reaches(tree: ast.AST, allowed: set[str]) -> Iterator[tuple[int, str]]:
    """(line, what) for each private member of the app that `tree` reaches."""
    others = _other_modules(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and is_private(node.attr):
            if isinstance(node.value, ast.Name) and node.value.id in others:
                continue
            if node.attr not in allowed:
                yield node.lineno, f".{node.attr}"
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == APP:
            parts = [*node.module.split("."), *(alias.name for alias in node.names)]
            yield from ((node.lineno, f"import {p}") for p in parts if is_private(p))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == APP:
                    yield from ((node.lineno, f"import {p}") for p in parts if is_private(p))
        elif isinstance(node, ast.Call):
            name = _reflected_name(node)
            if name is not None and is_private(name) and name not in allowed:
                yield node.lineno, f"{name!r} by name"
        elif isinstance(node, ast.Subscript) and _is_attribute_table(node.value):
            key = node.slice.value if isinstance(node.slice, ast.Constant) else None
            if isinstance(key, str) and is_private(key) and key not in allowed:
                yield node.lineno, f"{key!r} from the attribute table"
    for code in _embedded_code(tree):
        for line, what in reaches(code, allowed):
            yield line, f"{what} (in code run as a string)"


def private_reaches(tests: Path, src: Path) -> list[str]:
    """'file:line: what' for every private member of the app's code reached from `tests`."""
    app = {path: ast.parse(path.read_text("utf-8")) for path in sorted(src.rglob("*.py"))}
    own = {path: ast.parse(path.read_text("utf-8")) for path in sorted(tests.rglob("*.py"))}
    allowed = defined_private_names(own.values()) - defined_private_names(app.values())
    found = []
    for path, tree in own.items():
        for line, what in reaches(tree, allowed):
            found.append(f"{path.relative_to(tests.parent).as_posix()}:{line}: {what}")
    return found
