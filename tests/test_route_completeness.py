"""Every URL pattern of the site is covered by a permission test; a route nobody tests fails here.

Coverage is declared where it is proven:

- API routes: the cases of tests/aftercare/test_permission_matrix.py (with the per-app lists it
  collects), each run against every persona;
- pages: a module-level ``MATRIX_ROUTES: frozenset[str]`` of namespaced URL names in each
  ``tests/frontend/test_*.py`` module that tests who may open them (anonymous → login, wrong role
  → 403, other organisation → 404, allowed → 200); the public routes are declared, and proven to
  reveal nothing, in tests/frontend/test_public_pages.py;
- WebSocket routes: tests/messaging/test_ws_matrix.py, with its own completeness check.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.urls import URLPattern, URLResolver, get_resolver

from tests.aftercare import test_permission_matrix as api_matrix

FRONTEND_TESTS = Path(__file__).parent / "frontend"


def _walk(patterns: list[Any], namespace: str = "", prefix: str = "") -> Iterator[tuple[str, str]]:
    """(namespaced name, path) of every pattern; an unnamed one is yielded with an empty name."""
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = ":".join(part for part in (namespace, entry.namespace or "") if part)
            yield from _walk(entry.url_patterns, inner, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name or ""
            yield name, prefix + str(entry.pattern)


def site_routes() -> dict[str, str]:
    return {name: path for name, path in _walk(get_resolver().url_patterns) if name}


def declared_page_routes() -> dict[str, frozenset[str]]:
    """MATRIX_ROUTES of every page test module (browser tests prove behaviour, not permissions)."""
    declared: dict[str, frozenset[str]] = {}
    for path in sorted(FRONTEND_TESTS.glob("test_*.py")):
        module = importlib.import_module(f"tests.frontend.{path.stem}")
        routes = getattr(module, "MATRIX_ROUTES", None)
        if routes is None:
            continue
        assert isinstance(routes, frozenset), f"{path.name}: MATRIX_ROUTES must be a frozenset"
        assert all(isinstance(r, str) for r in routes), f"{path.name}: URL names, as strings"
        declared[path.name] = routes
    return declared


def api_matrix_routes() -> set[str]:
    return {case.route for case in api_matrix.MATRIX}


def covered_routes() -> set[str]:
    pages: set[str] = set().union(*declared_page_routes().values())
    return pages | api_matrix_routes()


def test_every_route_has_a_name() -> None:
    # A route without a name cannot be listed in a matrix, so it would escape this check.
    unnamed = sorted(path for name, path in _walk(get_resolver().url_patterns) if not name)
    assert not unnamed, f"Routes without a name (give each one, then cover it): {unnamed}"


def test_every_route_is_covered_by_a_permission_test() -> None:
    routes = site_routes()
    missing = sorted(set(routes) - covered_routes())
    assert not missing, (
        "Routes that no permission test covers — add each to the MATRIX_ROUTES of a "
        "tests/frontend/test_*.py module that tests it (pages) or to the API matrix:\n"
        + "\n".join(f"  {name}  (/{routes[name]})" for name in missing)
    )


def test_matrix_routes_name_routes_that_exist() -> None:
    routes = site_routes()
    stale = {
        module: sorted(declared - set(routes))
        for module, declared in declared_page_routes().items()
        if declared - set(routes)
    }
    assert not stale, f"MATRIX_ROUTES name routes that do not exist: {stale}"


def test_the_page_modules_are_found() -> None:
    # Guards the check above against passing vacuously (a moved folder, a renamed constant).
    declared = declared_page_routes()
    assert {"test_permissions.py", "test_public_pages.py"} <= set(declared)
    assert "login" in covered_routes()
    assert "frontend:home" in covered_routes()
