"""Deterministic demo data: one organisation in Friesland with people at real Frisian places."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from faker import Faker

from aftercare.choices import Role
from aftercare.models import (
    Buddy,
    BuddyStatus,
    Interest,
    Organisation,
    PeerGroup,
    Survivor,
    SurvivorStatus,
    User,
)
from aftercare.models.safety import Consent, ConsentScope
from aftercare.places import PLACES, coordinates_of
from aftercare.services import match_create, membership_add

DEMO_PASSWORD = "verder-demo-2026"  # noqa: S105  (printed on purpose: demo only, DEBUG only)

INTERESTS = [
    "muziek",
    "sport",
    "dansen",
    "tekenen",
    "koken",
    "films",
    "series",
    "gamen",
    "lezen",
    "paardrijden",
    "zwemmen",
    "fotografie",
    "mode",
    "natuur",
    "dieren",
    "fitness",
    "zingen",
    "knutselen",
    "shoppen",
    "wandelen",
]
FRISIAN_PLACES = [
    "Leeuwarden",
    "Leeuwarden",
    "Leeuwarden",
    "Sneek",
    "Sneek",
    "Heerenveen",
    "Heerenveen",
    "Drachten",
    "Drachten",
    "Harlingen",
    "Franeker",
    "Dokkum",
    "Bolsward",
    "Joure",
    "Wolvega",
    "Lemmer",
    "Burgum",
    "Gorredijk",
    "Oosterwolde",
    "Grou",
    "Workum",
    "Kollum",
    "Buitenpost",
    "Surhuisterveen",
    "Akkrum",
    "Balk",
    "Stiens",
    "Wommels",
    "Groningen",
    "Meppel",
]


@dataclass(frozen=True)
class DemoLogin:
    role: str
    email: str
    name: str


def _availability(rng: random.Random, busy_days: int) -> list[int]:
    """Evenings and weekends are likelier: that is when girls at school and volunteers are free."""
    weights = []
    for slot in range(21):
        day, part = divmod(slot, 3)
        weight = 1.0 + (2.5 if part == 2 else 0.0) + (1.5 if day >= 5 else 0.0)
        weight += 1.0 if (part == 1 and day in (2, 4)) else 0.0
        weights.append(weight)
    chosen: set[int] = set()
    while len(chosen) < busy_days:
        chosen.add(rng.choices(range(21), weights=weights)[0])
    return sorted(chosen)


def _languages(rng: random.Random) -> list[str]:
    languages = ["nl"]
    roll = rng.random()
    if roll < 0.25:
        languages.append("en")
    if roll < 0.08:
        languages.append(rng.choice(["ar", "tr", "pl", "ti", "so", "fy", "uk"]))
    elif roll > 0.9:
        languages.append("fy")
    return languages


def _coordinates(place: str) -> tuple[Decimal, Decimal]:
    found = coordinates_of(place)
    assert found is not None, place
    return found


def _born(rng: random.Random, low: int, high: int, today: date) -> date:
    return today - timedelta(days=rng.randint(low * 365 + 1, high * 365 + 300))


@transaction.atomic
def seed_demo(*, seed: int = 1) -> list[DemoLogin]:
    rng = random.Random(seed)
    fake = Faker("nl_NL")
    fake.seed_instance(seed)
    today = timezone.localdate()

    org = Organisation.objects.create(name="Nazorg Friesland (demo)", slug="nazorg-friesland")
    interests = [Interest.objects.create(organisation=org, name=name) for name in INTERESTS]
    logins: list[DemoLogin] = []

    def account(role: str, email: str, name: str, organisation: Organisation | None = org) -> User:
        user = User.objects.create_user(
            email=email,
            password=DEMO_PASSWORD,
            role=role,
            display_name=name,
            organisation=organisation,
        )
        logins.append(DemoLogin(role=role, email=email, name=name))
        return user

    coordinators = [
        account(Role.COORDINATOR, f"coordinator{i}@demo.verder.nl", fake.first_name_female())
        for i in (1, 2, 3)
    ]
    facilitator = account(Role.FACILITATOR, "begeleider@demo.verder.nl", fake.first_name_female())
    account(Role.ADMIN, "beheer@demo.verder.nl", "Beheer", organisation=None)

    buddies: list[Buddy] = []
    for i in range(60):
        place = rng.choice(FRISIAN_PLACES)
        lat, lon = _coordinates(place)
        status = rng.choices(
            [BuddyStatus.APPROVED, BuddyStatus.SCREENING, BuddyStatus.APPLIED, BuddyStatus.PAUSED],
            weights=[80, 10, 6, 4],
        )[0]
        screened = status in {BuddyStatus.APPROVED, BuddyStatus.PAUSED}
        vog_age = rng.randint(30, 1000) if rng.random() > 0.07 else rng.randint(1040, 1200)
        buddy = Buddy.objects.create(
            organisation=org,
            first_name=fake.first_name_female() if rng.random() < 0.85 else fake.first_name_male(),
            date_of_birth=_born(rng, 21, 66, today),
            gender="f" if rng.random() < 0.85 else "m",
            languages=_languages(rng),
            availability=_availability(rng, rng.randint(2, 6)),
            municipality=place,
            latitude=lat,
            longitude=lon,
            max_km=rng.choice([10, 15, 20, 25, 30, 40]),
            capacity=rng.choices([1, 2, 3], weights=[50, 35, 15])[0],
            lived_experience=rng.random() < 0.15,
            trained_for_minors=rng.random() < 0.55,
            status=status,
            vog_issued_on=today - timedelta(days=vog_age) if screened else None,
            training_completed_on=today - timedelta(days=rng.randint(20, 400))
            if screened
            else None,
            intake_interview_on=today - timedelta(days=rng.randint(20, 400)) if screened else None,
            code_of_conduct_signed_on=today - timedelta(days=rng.randint(20, 400))
            if screened
            else None,
        )
        buddy.interests.set(rng.sample(interests, rng.randint(2, 5)))
        buddies.append(buddy)
        if i == 0:
            buddy.user = account(Role.BUDDY, "maatje@demo.verder.nl", buddy.first_name)
            buddy.status = BuddyStatus.APPROVED
            buddy.trained_for_minors = True
            buddy.capacity = 2
            buddy.vog_issued_on = today - timedelta(days=200)
            buddy.training_completed_on = buddy.intake_interview_on = today - timedelta(days=190)
            buddy.code_of_conduct_signed_on = today - timedelta(days=190)
            buddy.save()

    survivors: list[Survivor] = []
    for i in range(80):
        place = rng.choice(FRISIAN_PLACES)
        lat, lon = _coordinates(place)
        survivor_status = rng.choices(
            [SurvivorStatus.WAITING, SurvivorStatus.INTAKE, SurvivorStatus.PAUSED],
            weights=[85, 10, 5],
        )[0]
        survivor = Survivor.objects.create(
            organisation=org,
            pseudonym=fake.first_name_female(),
            date_of_birth=_born(rng, 13, 24, today),
            gender="f" if rng.random() < 0.95 else "x",
            languages=_languages(rng),
            availability=_availability(rng, rng.randint(2, 5)),
            municipality=place,
            latitude=lat,
            longitude=lon,
            max_km=rng.choice([5, 10, 15, 20, 25]),
            buddy_genders=["f"] if rng.random() < 0.8 else [],
            wants_lived_experience=rng.random() < 0.2,
            wants_peer_group=rng.random() < 0.4,
            status=survivor_status,
            waiting_since=today - timedelta(days=rng.randint(3, 200)),
        )
        survivor.interests.set(rng.sample(interests, rng.randint(1, 4)))
        if survivor_status != SurvivorStatus.INTAKE:
            Consent.objects.create(
                survivor=survivor,
                scope=ConsentScope.MATCHING,
                given_on=today - timedelta(days=200),
                privacy_statement_version="2026-1",
                guardian_consent=survivor.age < 16,
                recorded_by=coordinators[i % 3],
            )
        survivors.append(survivor)
        if i == 0:
            survivor.user = account(Role.SURVIVOR, "deelnemer@demo.verder.nl", survivor.pseudonym)
            survivor.save()

    # A handful of running matches, the demo buddy's first among them.
    first = survivors[0]
    first.date_of_birth = _born(rng, 18, 20, today)
    first.status = SurvivorStatus.WAITING
    first.save()
    match_create(actor=coordinators[0], survivor=first, buddy=buddies[0])
    made = 1
    for survivor in survivors[1:]:
        if made >= 10 or survivor.status != SurvivorStatus.WAITING:
            continue
        for buddy in buddies[1:]:
            if (
                buddy.is_eligible()
                and (not survivor.is_minor or buddy.trained_for_minors)
                and (
                    buddy.matches.count() < buddy.capacity
                    and set(buddy.languages) & set(survivor.languages)
                )
            ):
                match_create(actor=coordinators[made % 3], survivor=survivor, buddy=buddy)
                made += 1
                break

    group = PeerGroup.objects.create(
        organisation=org,
        name="Woensdagavond Leeuwarden",
        facilitator=facilitator,
        slot=8,
        language="nl",
        min_size=4,
        max_size=8,
        place="Leeuwarden",
        latitude=_coordinates("Leeuwarden")[0],
        longitude=_coordinates("Leeuwarden")[1],
    )
    adults = [s for s in survivors if not s.is_minor and s.status == SurvivorStatus.WAITING]
    for survivor in adults[:3]:
        membership_add(actor=coordinators[0], group=group, survivor=survivor)
    assert set(FRISIAN_PLACES) <= set(PLACES)
    return logins
