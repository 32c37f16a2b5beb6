"""The apps are layers: an app imports only from the apps below it, and apps of one layer never
import each other in a cycle. A lower app that needs something from a higher one offers a
registry (in core or its own module) that the higher app fills in its AppConfig.ready().

Every module under korps/<app>/ counts (tests and migrations excepted), with its
function-level imports. A new app must be given its place in LAYERS before it can pass."""

import ast
from pathlib import Path

KORPS = Path(__file__).resolve().parent.parent / "korps"

# From the bottom. Every app writes to the audit trail, so the trail is the lowest layer; the
# audit log page, which needs permissions and the layout, lives in core. Events sit below the
# career site, which lists them. Apps named here but not yet written keep their place.
LAYERS: list[set[str]] = [
    {"audit"},
    {"organisations"},
    {"core"},
    {"disclosure"},
    {"events"},
    {"careers"},
    {"outreach"},
    {"guidance"},
    {"monitoring"},
    {"complaints", "culture"},
    {"plan"},
    {"practices"},
]


def layer_of(app: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if app in layer)


def korps_apps() -> list[str]:
    return sorted(p.parent.name for p in KORPS.glob("*/apps.py"))


def module_name(path: Path) -> str:
    parts = path.relative_to(KORPS.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(text: str, package: str) -> list[tuple[int, str]]:
    """Every module the source imports, anywhere in it (functions too), as absolute dotted
    names; `package` is the package the source lives in, for relative imports."""
    found = []
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module
            found.append((node.lineno, name))
            # `from korps import careers` names the app in the alias.
            if name == "korps":
                found.extend((node.lineno, f"korps.{alias.name}") for alias in node.names)
    return found


def app_imports() -> dict[tuple[str, str], list[str]]:
    """(importing app, imported app) -> where, for every import between two korps apps."""
    edges: dict[tuple[str, str], list[str]] = {}
    for app in korps_apps():
        for path in sorted((KORPS / app).rglob("*.py")):
            inside = path.relative_to(KORPS / app).parts
            if inside[0] in {"tests", "migrations"}:
                continue
            module = module_name(path)
            package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
            for line, name in imported_modules(path.read_text(encoding="utf-8"), package):
                parts = name.split(".")
                if parts[0] != "korps" or len(parts) < 2 or parts[1] == app:
                    continue
                if (KORPS / parts[1] / "apps.py").exists():
                    where = f"{path.relative_to(KORPS.parent)}:{line} imports {name}"
                    edges.setdefault((app, parts[1]), []).append(where)
    return edges


def test_every_app_has_its_place_in_the_layers():
    unplaced = [app for app in korps_apps() if not any(app in layer for layer in LAYERS)]
    assert not unplaced, f"Give these apps a layer in tests/test_layers.py: {unplaced}"


def test_no_app_imports_from_a_layer_above_it():
    upward = [
        where
        for (app, other), places in app_imports().items()
        if layer_of(other) > layer_of(app)
        for where in places
    ]
    assert not upward, "Upward imports:\n" + "\n".join(upward)


def test_the_apps_import_each_other_without_a_cycle():
    graph: dict[str, set[str]] = {}
    for app, other in app_imports():
        graph.setdefault(app, set()).add(other)
    cycles = []

    def visit(app, path):
        for other in sorted(graph.get(app, ())):
            if other in path:
                cycle = path[path.index(other) :]
                start = cycle.index(min(cycle))  # each cycle once, from its first app
                cycles.append(" -> ".join(cycle[start:] + cycle[:start] + [min(cycle)]))
            else:
                visit(other, path + [other])

    for app in sorted(graph):
        visit(app, [app])
    assert not cycles, "Import cycles between apps:\n" + "\n".join(sorted(set(cycles)))


def test_the_layer_test_reads_relative_imports_and_imports_inside_functions():
    source = (
        "from . import forms\n"
        "from ..guidance.models import Candidate\n"
        "def view():\n"
        "    from korps.monitoring import selectors\n"
        "    import korps.outreach.models\n"
    )

    names = {name for _line, name in imported_modules(source, "korps.careers")}

    assert names == {
        "korps.careers",
        "korps.guidance.models",
        "korps.monitoring",
        "korps.outreach.models",
    }
