"""Fixtures of the web-app tests. Pages are requested in English so assertions on text do not
depend on whether the Dutch catalogue has been compiled; Dutch is tested on its own."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from tests.auth import sign_in
from tests.conftest import World

ClientFor = Callable[[str], Client]


@pytest.fixture
def client_as(world: World) -> ClientFor:
    def make(persona: str) -> Client:
        client = Client(headers={"accept-language": "en"})
        if persona != "anonymous":
            sign_in(client, getattr(world, persona))
        return client

    return make
