"""Persona fixtures shared by the whole suite (healthchecks style: who has access, who not)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from aftercare.choices import Role
from aftercare.models import Buddy, Match, Organisation, PeerGroup, Survivor, User
from aftercare.services import consent_record, match_create, membership_add
from tests.auth import sign_in
from tests.factories import (
    BuddyFactory,
    OrganisationFactory,
    PeerGroupFactory,
    SurvivorFactory,
    UserFactory,
)


@dataclass
class World:
    """Two organisations and one person of every role, connected as a coordinator would."""

    org: Organisation
    other_org: Organisation
    coordinator: User
    other_org_coordinator: User
    buddy: User
    survivor: User
    other_survivor: User
    facilitator: User
    admin: User
    buddy_profile: Buddy
    survivor_profile: Survivor
    other_survivor_profile: Survivor
    other_org_survivor_profile: Survivor
    other_org_buddy_profile: Buddy
    match: Match
    group: PeerGroup


@pytest.fixture
def world(db: None) -> World:
    org = OrganisationFactory.create(name="Fier Friesland", slug="fier")
    other_org = OrganisationFactory.create(name="Nazorg Utrecht", slug="utrecht")
    coordinator = UserFactory.create(
        organisation=org, role=Role.COORDINATOR, email="coordinator@fier.nl"
    )
    other_coordinator = UserFactory.create(
        organisation=other_org, role=Role.COORDINATOR, email="coordinator@utrecht.nl"
    )
    buddy = UserFactory.create(organisation=org, role=Role.BUDDY, email="buddy@fier.nl")
    survivor = UserFactory.create(organisation=org, role=Role.SURVIVOR, email="survivor@fier.nl")
    other_survivor = UserFactory.create(organisation=org, role=Role.SURVIVOR, email="other@fier.nl")
    facilitator = UserFactory.create(
        organisation=org, role=Role.FACILITATOR, email="facilitator@fier.nl"
    )
    admin = UserFactory.create(organisation=None, role=Role.ADMIN, email="admin@verder.nl")

    buddy_profile = BuddyFactory.create(organisation=org, user=buddy, first_name="Anne", capacity=2)
    survivor_profile = SurvivorFactory.create(organisation=org, user=survivor, pseudonym="Sanne")
    other_survivor_profile = SurvivorFactory.create(
        organisation=org, user=other_survivor, pseudonym="Lotte"
    )
    other_org_survivor = SurvivorFactory.create(organisation=other_org, pseudonym="Emma")
    other_org_buddy = BuddyFactory.create(organisation=other_org, first_name="Bregje")
    match = match_create(actor=coordinator, survivor=survivor_profile, buddy=buddy_profile)
    group = PeerGroupFactory.create(organisation=org, facilitator=facilitator, name="Dinsdaggroep")
    membership_add(actor=coordinator, group=group, survivor=other_survivor_profile)
    for waiting, recorder in (
        (other_survivor_profile, coordinator),
        (other_org_survivor, other_coordinator),
    ):
        consent_record(
            actor=recorder,
            survivor=waiting,
            scope="matching",
            given_on=timezone.localdate(),
            privacy_statement_version="2026-1",
        )
    return World(
        org=org,
        other_org=other_org,
        coordinator=coordinator,
        other_org_coordinator=other_coordinator,
        buddy=buddy,
        survivor=survivor,
        other_survivor=other_survivor,
        facilitator=facilitator,
        admin=admin,
        buddy_profile=buddy_profile,
        survivor_profile=survivor_profile,
        other_survivor_profile=other_survivor_profile,
        other_org_survivor_profile=other_org_survivor,
        other_org_buddy_profile=other_org_buddy,
        match=match,
        group=group,
    )


PERSONAS = (
    "anonymous",
    "survivor",
    "other_survivor",
    "buddy",
    "facilitator",
    "coordinator",
    "other_org_coordinator",
    "admin",
)


def client_for(world: World, persona: str) -> Client:
    client = Client()
    if persona != "anonymous":
        sign_in(client, getattr(world, persona))
    return client


@pytest.fixture(autouse=True)
def fast_password_hashing(settings: Any) -> None:
    # Argon2 is what production uses (tested in test_settings); tests do not need its cost.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
