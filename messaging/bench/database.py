"""The benchmark's own database: created, migrated and seeded before the run, dropped after it.

On the embedded default a fresh SQLite file under ``var/bench/``; with DATABASE_URL a separate
PostgreSQL database on the same server, so the benchmark never writes into a real one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

BENCH_DATABASE = "verder_bench_msg"


@dataclass(frozen=True)
class Target:
    """Where the benchmark's data lives; `env` is handed to every process of the run."""

    env: dict[str, str]
    postgres_admin_url: str | None = None
    sqlite_path: Path | None = None

    @property
    def label(self) -> str:
        return "postgresql" if self.postgres_admin_url else "sqlite"


def prepare(base_dir: Path) -> Target:
    """Create an empty database and return the environment that points at it."""
    url = os.environ.get("DATABASE_URL", "")
    if not url:
        path = base_dir / "var" / "bench" / f"messaging-{os.getpid()}.sqlite3"
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob("messaging-*.sqlite3*"):
            stale.unlink()
        return Target(env={"SQLITE_PATH": str(path), "DATABASE_URL": ""}, sqlite_path=path)
    parts = urlsplit(url)
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    bench_url = urlunsplit(parts._replace(path=f"/{BENCH_DATABASE}"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        name = sql.Identifier(BENCH_DATABASE)
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(name))
    return Target(env={"DATABASE_URL": bench_url}, postgres_admin_url=admin_url)


def drop(target: Target) -> None:
    if target.postgres_admin_url is not None:
        with psycopg.connect(target.postgres_admin_url, autocommit=True) as connection:
            name = sql.Identifier(BENCH_DATABASE)
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
    elif target.sqlite_path is not None:
        for path in target.sqlite_path.parent.glob(target.sqlite_path.name + "*"):
            path.unlink()


@dataclass
class Population:
    """Who is connected to whom: every user has one conversation and a session cookie."""

    conversation_of: dict[int, int] = field(default_factory=dict)
    members: dict[int, list[int]] = field(default_factory=dict)
    cookies: dict[int, str] = field(default_factory=dict)


def migrate() -> None:
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def seed(*, pairs: int, groups: int, group_survivors: int) -> Population:
    """One organisation, `pairs` buddy matches and `groups` peer groups with a facilitator.

    Rows are bulk-created (the matching rules are not what is measured); the conversations are
    opened through the messaging service, and sessions are written directly, as a login would.
    """
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.hashers import make_password
    from django.contrib.sessions.backends.db import SessionStore
    from django.db import transaction
    from django.utils import timezone
    from django.utils.module_loading import import_string
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from aftercare.choices import Role
    from aftercare.models import (
        Buddy,
        BuddyStatus,
        Match,
        MatchStatus,
        Membership,
        Organisation,
        PeerGroup,
        Survivor,
        SurvivorStatus,
        User,
    )
    from aftercare.twofactor import requires_two_factor
    from messaging.services import conversation_for_group, conversation_for_match

    today = timezone.localdate()
    # Nobody signs in with a password here: the sessions are written below.
    unusable = make_password(None)
    place = {
        "municipality": "Leeuwarden",
        "latitude": Decimal("53.20"),
        "longitude": Decimal("5.80"),
        "gender": "f",
        "languages": ["nl"],
        "availability": [4, 13],
    }

    def users(role: str, prefix: str, count: int) -> list[User]:
        rows = [
            User(
                email=f"{prefix}{index}@bench.verder.test",
                display_name=f"{prefix.capitalize()} {index}",
                role=role,
                organisation=organisation,
                password=unusable,
            )
            for index in range(count)
        ]
        return User.objects.bulk_create(rows)

    def survivors(accounts: list[User], status: str) -> list[Survivor]:
        rows = [
            Survivor(
                organisation=organisation,
                user=account,
                pseudonym=f"Deelnemer {index}",
                date_of_birth=date(today.year - 20, 1, 1),
                status=status,
                waiting_since=today - timedelta(days=30),
                **place,
            )
            for index, account in enumerate(accounts)
        ]
        return Survivor.objects.bulk_create(rows)

    population = Population()
    with transaction.atomic():
        organisation = Organisation.objects.create(name="Bench Nazorg", slug="bench-nazorg")
        coordinator = User.objects.create(
            email="coordinator@bench.verder.test",
            role=Role.COORDINATOR,
            organisation=organisation,
            password=unusable,
        )
        buddy_accounts = users(Role.BUDDY, "maatje", pairs)
        buddies = Buddy.objects.bulk_create(
            Buddy(
                organisation=organisation,
                user=account,
                first_name=f"Maatje {index}",
                date_of_birth=date(today.year - 35, 1, 1),
                status=BuddyStatus.ACTIVE,
                vog_issued_on=today - timedelta(days=100),
                training_completed_on=today - timedelta(days=90),
                intake_interview_on=today - timedelta(days=95),
                code_of_conduct_signed_on=today - timedelta(days=90),
                **place,
            )
            for index, account in enumerate(buddy_accounts)
        )
        matched = survivors(users(Role.SURVIVOR, "deelnemer", pairs), SurvivorStatus.MATCHED)
        matches = Match.objects.bulk_create(
            Match(
                organisation=organisation,
                survivor=survivor,
                buddy=buddy,
                status=MatchStatus.ACTIVE,
                started_on=today,
                created_by=coordinator,
            )
            for survivor, buddy in zip(matched, buddies, strict=True)
        )
        for match, survivor, buddy in zip(matches, matched, buddies, strict=True):
            conversation = conversation_for_match(match)
            assert survivor.user_id is not None
            assert buddy.user_id is not None
            population.members[conversation.pk] = [survivor.user_id, buddy.user_id]

        facilitators = users(Role.FACILITATOR, "begeleider", groups)
        grouped = survivors(
            users(Role.SURVIVOR, "groepslid", groups * group_survivors), SurvivorStatus.WAITING
        )
        peer_groups = PeerGroup.objects.bulk_create(
            PeerGroup(
                organisation=organisation,
                name=f"Groep {index}",
                facilitator=facilitator,
                slot=index % 20,
                min_size=2,
                max_size=max(group_survivors, 2),
                place="Leeuwarden",
            )
            for index, facilitator in enumerate(facilitators)
        )
        for index, group in enumerate(peer_groups):
            members = grouped[index * group_survivors : (index + 1) * group_survivors]
            Membership.objects.bulk_create(
                Membership(group=group, survivor=member, added_by=coordinator) for member in members
            )
            conversation = conversation_for_group(group)
            population.members[conversation.pk] = [
                *(member.user_id for member in members if member.user_id is not None),
                facilitators[index].pk,
            ]

        for conversation_id, member_ids in population.members.items():
            for user_id in member_ids:
                population.conversation_of[user_id] = conversation_id
        # The first backend that can load a user: a login through it is what the session says.
        backend = next(
            path
            for path in settings.AUTHENTICATION_BACKENDS
            if hasattr(import_string(path), "get_user")
        )
        accounts = User.objects.filter(pk__in=population.conversation_of)
        for account in accounts:
            session = SessionStore()
            session[SESSION_KEY] = str(account.pk)
            session[BACKEND_SESSION_KEY] = backend
            session[HASH_SESSION_KEY] = account.get_session_auth_hash()
            if requires_two_factor(account):
                # Facilitators sign in with a second factor: end the login as a verified one.
                device = TOTPDevice.objects.create(user=account, name="bench", confirmed=True)
                session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.create()
            assert session.session_key is not None
            population.cookies[account.pk] = session.session_key
    return population


def stored_since(after_id: int) -> list[tuple[int, int, int]]:
    """Delivered messages with an id above `after_id`: (id, conversation, sender)."""
    from messaging.models import Message, MessageStatus

    return list(
        Message.objects.filter(pk__gt=after_id, status=MessageStatus.DELIVERED)
        .order_by("pk")
        .values_list("pk", "conversation_id", "sender_id")
    )


def close_connections() -> None:
    from django.db import connections

    connections.close_all()
