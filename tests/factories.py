"""factory_boy factories with Dutch data (Faker nl_NL)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import factory
from django.utils import timezone

from aftercare.choices import Role
from aftercare.models import (
    Buddy,
    BuddyStatus,
    Organisation,
    PeerGroup,
    Survivor,
    SurvivorStatus,
    User,
)

factory.Faker._DEFAULT_LOCALE = "nl_NL"

PASSWORD = "verder-test-wachtwoord"

# Names the tests give people on purpose, and then look for or assert absent on a page. A
# generated name must never be one of them, or "Emma is not on this page" fails whenever Faker
# happens to call the coordinator Emma.
NAMES_IN_TESTS = frozenset(
    [
        "Anne",
        "Anouk",
        "Bregje",
        "Britt",
        "Cato",
        "Demi",
        "Emma",
        "Eva",
        "Fem",
        "Fenna",
        "Fleur",
        "Iris",
        "Lotte",
        "Marieke",
        "Mila",
        "Noa",
        "Noor",
        "Sanne",
        "Wietske",
    ]
)


def _fresh_first_name() -> str:
    """A Faker female first name that is none of NAMES_IN_TESTS (factory_boy's own Faker)."""
    faker = factory.Faker._get_faker("nl_NL")
    while True:
        name = str(faker.first_name_female())
        if name not in NAMES_IN_TESTS:
            return name


def years_ago(years: int, days: int = 0) -> date:
    today = timezone.localdate()
    return today.replace(year=today.year - years) - timedelta(days=days)


class OrganisationFactory(factory.django.DjangoModelFactory[Organisation]):
    class Meta:
        model = Organisation
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Stichting Nazorg {n}")
    slug = factory.Sequence(lambda n: f"nazorg-{n}")


class UserFactory(factory.django.DjangoModelFactory[User]):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"persoon{n}@example.nl")
    display_name = factory.LazyFunction(_fresh_first_name)
    role = Role.COORDINATOR
    organisation = factory.SubFactory(OrganisationFactory)
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @classmethod
    def _after_postgeneration(cls, instance: User, create: bool, results: Any = None) -> None:
        if create:
            instance.save()


class SurvivorFactory(factory.django.DjangoModelFactory[Survivor]):
    class Meta:
        model = Survivor

    organisation = factory.SubFactory(OrganisationFactory)
    pseudonym = factory.LazyFunction(_fresh_first_name)
    date_of_birth = factory.LazyFunction(lambda: years_ago(19))
    gender = "f"
    languages = factory.LazyFunction(lambda: ["nl"])
    availability = factory.LazyFunction(lambda: [4, 5, 13])
    municipality = "Leeuwarden"
    latitude = Decimal("53.20")
    longitude = Decimal("5.80")
    max_km = 25
    status = SurvivorStatus.WAITING
    waiting_since = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=30))


class BuddyFactory(factory.django.DjangoModelFactory[Buddy]):
    class Meta:
        model = Buddy

    organisation = factory.SubFactory(OrganisationFactory)
    first_name = factory.LazyFunction(_fresh_first_name)
    date_of_birth = factory.LazyFunction(lambda: years_ago(34))
    gender = "f"
    languages = factory.LazyFunction(lambda: ["nl"])
    availability = factory.LazyFunction(lambda: [4, 13])
    municipality = "Leeuwarden"
    latitude = Decimal("53.20")
    longitude = Decimal("5.80")
    max_km = 30
    capacity = 1
    trained_for_minors = True
    status = BuddyStatus.APPROVED
    vog_issued_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=100))
    training_completed_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=90))
    intake_interview_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=95))
    code_of_conduct_signed_on = factory.LazyFunction(
        lambda: timezone.localdate() - timedelta(days=90)
    )


class PeerGroupFactory(factory.django.DjangoModelFactory[PeerGroup]):
    class Meta:
        model = PeerGroup

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Groep {n}")
    slot = 10
    language = "nl"
    min_size = 3
    max_size = 6
    place = "Leeuwarden"
