"""The shape of the formats packages: no import cycles, one name per class, ``__all__`` both ways."""

from __future__ import annotations

import ast
import importlib
import inspect
from collections import Counter
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = SRC / "govdoc"
FORMATS = PACKAGE / "formats"
# formats/__init__.py (the format table and sniffing) and formats/html/ are another part's
OWNED = [*sorted(p for p in FORMATS.rglob("*.py") if "html" not in p.parts and p != FORMATS / "__init__.py"),
         PACKAGE / "fonts.py"]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def top_level_imports(path: Path) -> set[str]:
    """The govdoc modules a module imports at its top level, ``if TYPE_CHECKING:`` imports included
    (modules that need each other's types are tangled too); imports inside functions are not."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = [n for top in tree.body for n in (top.body if isinstance(top, ast.If) else [top])]
    for node in nodes:
        if isinstance(node, ast.ImportFrom):
            base = importlib.util.resolve_name("." * node.level + (node.module or ""), package) \
                if node.level else node.module or ""
            if base.startswith("govdoc"):
                found.add(base)
                found.update(f"{base}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("govdoc"))
    return found


def test_no_import_cycles_in_the_formats_packages() -> None:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {name: {m for m in top_level_imports(path) if m in modules and m != name}
             for name, path in modules.items() if name.startswith("govdoc.formats") and ".html" not in name}
    # a package's __init__ importing its own submodules is how packages work; a submodule importing
    # a sibling that imports it back is a cycle
    state: dict[str, int] = {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in graph.get(node, ()):
            if nxt.startswith(node + "."):
                continue
            if state.get(nxt) == 1:
                cycle = [*stack[stack.index(nxt):], nxt]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if state.get(nxt) is None and nxt in graph:
                visit(nxt, [*stack, nxt])
        state[node] = 2

    for start in graph:
        if start not in state:
            visit(start, [start])


def declared_types(path: Path) -> list[str]:
    """Classes and ``Literal`` type aliases declared at the top of a module."""
    out = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef):
            out.append(node.name)
        elif (isinstance(node, ast.Assign) and isinstance(node.value, ast.Subscript)
              and getattr(node.value.value, "id", "") == "Literal"):
            out.extend(t.id for t in node.targets if isinstance(t, ast.Name))
    return out


def test_every_class_and_kind_name_is_used_once() -> None:
    names = Counter(name for path in FORMATS.rglob("*.py") if "html" not in path.parts
                    for name in declared_types(path))
    assert [name for name, count in names.items() if count > 1] == []


@pytest.mark.parametrize("path", OWNED, ids=lambda p: module_name(p))
def test_all_lists_exactly_the_public_names(path: Path) -> None:
    """Every name in ``__all__`` exists, and every public function or class defined here is in it."""
    module = importlib.import_module(module_name(path))
    exported = set(getattr(module, "__all__", ()))
    assert exported, f"{module.__name__} has no __all__"
    missing = [name for name in exported if not hasattr(module, name)]
    assert missing == []
    defined = {name for name, value in vars(module).items()
               if not name.startswith("_") and (inspect.isfunction(value) or inspect.isclass(value))
               and getattr(value, "__module__", None) == module.__name__}
    assert sorted(defined - exported) == []
