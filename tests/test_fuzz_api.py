"""schemathesis against the API's own OpenAPI schema: no 5xx, and responses match the schema.

Run with ``make fuzz`` (marker ``fuzz``; the plain test run leaves it out). Every operation of the
schema is fuzzed in-process through the WSGI application, as a coordinator with a verified
second factor and as a buddy, on the demo data (`aftercare.demo.seed_demo`), so that ids in paths
hit real rows of the coordinator's organisation as well as rows of nobody's. Each operation and
persona is one test, bounded by ``FUZZ_EXAMPLES`` generated examples (30 by default), with a
fixed seed and derandomised, so a CI run is repeatable and takes about the same time every run
(about two minutes here). ``FUZZ_COVERAGE=1`` adds schemathesis' coverage phase (boundary and
invalid values of every parameter, about a hundred requests more per operation): slower, for a
deeper run by hand.

Checks: no 5xx; a documented answer matches its schema and content type. Undocumented status
codes (400/403/404 bodies) are not checked: the schema documents the success answers, the error
shape is tested in tests/aftercare/test_permission_matrix.py.

Writes of one test are rolled back after it (pytest-django's transaction), so an erasure or a
closed match of one operation does not starve the next one of data.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer
from hypothesis import HealthCheck, settings
from pytest_django import DjangoDbBlocker
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from aftercare.models import User
from aftercare.wsgi import application
from tests.auth import sign_in

pytestmark = pytest.mark.fuzz

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "30"))
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]
PERSONAS = {
    "coordinator": "coordinator1@demo.verder.nl",
    "buddy": "maatje@demo.verder.nl",
}


def _served_schema() -> dict[str, Any]:
    """What /api/schema/ serves (the same generator and renderer), built without a request.

    Loaded at import time: schemathesis' fixture loader does not work on pytest 9.
    """
    generator = SchemaGenerator()  # type: ignore[no-untyped-call]
    raw = generator.get_schema(request=None, public=True)  # type: ignore[no-untyped-call]
    loaded: dict[str, Any] = json.loads(OpenApiJsonRenderer().render(raw))
    return loaded


CONFIG = schemathesis.Config.from_dict(
    {
        "seed": 20261201,
        "phases": {"coverage": {"enabled": os.environ.get("FUZZ_COVERAGE", "0") == "1"}},
    }
)
schema = schemathesis.openapi.from_dict(_served_schema(), config=CONFIG)


@pytest.fixture(scope="module")
def demo_data(django_db_setup: None, django_db_blocker: DjangoDbBlocker) -> Iterator[None]:
    with django_db_blocker.unblock():
        call_command("seed_demo", "--seed", "1", stdout=open(os.devnull, "w"))  # noqa: SIM115
        yield
        call_command("flush", "--no-input", verbosity=0)


@pytest.fixture
def no_connection_recycling() -> Iterator[None]:
    # The WSGI handler closes "old" connections around each request; inside the test's
    # transaction that would close the very connection that holds it.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture(params=sorted(PERSONAS))
def signed_in(
    request: pytest.FixtureRequest, demo_data: None, db: None, no_connection_recycling: None
) -> dict[str, Any]:
    """Cookies and headers of a signed-in persona: session, and a CSRF pair for writes."""
    user = User.objects.get(email=PERSONAS[request.param])
    client = Client()
    sign_in(client, user)
    csrf = secrets.token_hex(16)
    return {
        "cookies": {"sessionid": client.cookies["sessionid"].value, "csrftoken": csrf},
        "headers": {"X-CSRFToken": csrf, "Accept-Language": "en"},
    }


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_answers_within_its_schema(
    case: schemathesis.Case[Any], signed_in: dict[str, Any]
) -> None:
    response = case.call(
        app=application, cookies=signed_in["cookies"], headers=signed_in["headers"]
    )
    case.validate_response(response, checks=CHECKS)
