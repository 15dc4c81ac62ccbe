"""Build a large organisation in a database of its own and time the coordinator's dashboard.

Prints one JSON line: matches, contact_moments, queries, render_ms (median of the runs).
"""

from __future__ import annotations

import json
import random
import statistics
import time
from datetime import timedelta
from decimal import Decimal
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from aftercare.choices import Role
from aftercare.models import (
    Buddy,
    BuddyStatus,
    ContactKind,
    ContactMoment,
    ContactStatus,
    Match,
    MatchStatus,
    Organisation,
    Survivor,
    SurvivorStatus,
    User,
)


class Command(BaseCommand):
    help = "Time the coordinator dashboard on a large data set in a throw-away database."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--matches", type=int, default=10_000)
        parser.add_argument("--moments-per-match", type=int, default=10)
        parser.add_argument("--runs", type=int, default=5)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--keep-database", action="store_true", help="Leave the data set for inspection."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        old_name = connection.settings_dict["NAME"]
        # A database of its own: Django's test-database machinery creates and drops it.
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        try:
            result = self._bench(options)
        finally:
            if not options["keep_database"]:
                connection.creation.destroy_test_db(old_name, verbosity=0)
        self.stdout.write(json.dumps(result))

    def _bench(self, options: dict[str, Any]) -> dict[str, Any]:
        rng = random.Random(options["seed"])
        n = options["matches"]
        per = options["moments_per_match"]
        today = timezone.localdate()
        now = timezone.now()
        org = Organisation.objects.create(name="Bench", slug="bench")
        coordinator = User.objects.create_user(
            email="bench@example.nl", password=None, role=Role.COORDINATOR, organisation=org
        )
        common: dict[str, Any] = {
            "organisation": org,
            "gender": "f",
            "languages": ["nl"],
            "availability": [4, 10],
            "municipality": "Leeuwarden",
            "latitude": Decimal("53.20"),
            "longitude": Decimal("5.80"),
        }
        Survivor.objects.bulk_create(
            [
                Survivor(
                    pseudonym=f"S{i}",
                    date_of_birth=today - timedelta(days=7000),
                    status=SurvivorStatus.MATCHED,
                    **common,
                )
                for i in range(n)
            ],
            batch_size=2000,
        )
        Buddy.objects.bulk_create(
            [
                Buddy(
                    first_name=f"B{i}",
                    date_of_birth=today - timedelta(days=12000),
                    capacity=1,
                    status=BuddyStatus.ACTIVE,
                    vog_issued_on=today - timedelta(days=rng.randint(10, 1100)),
                    **common,
                )
                for i in range(n)
            ],
            batch_size=2000,
        )
        survivors = list(Survivor.objects.values_list("pk", flat=True))
        buddies = list(Buddy.objects.values_list("pk", flat=True))
        Match.objects.bulk_create(
            [
                Match(
                    organisation=org,
                    survivor_id=s,
                    buddy_id=b,
                    status=MatchStatus.ACTIVE,
                    started_on=today - timedelta(days=rng.randint(1, 300)),
                    created_by=coordinator,
                )
                for s, b in zip(survivors, buddies, strict=True)
            ],
            batch_size=2000,
        )
        # A realistic history: most past moments reported, a few overdue, some planned ahead.
        kinds = [ContactKind.MEETING] * 12 + [ContactKind.CALL] * 5 + [ContactKind.CHECK_IN] * 3
        past = (
            [ContactStatus.DONE] * 20 + [ContactStatus.MISSED] * 2 + [ContactStatus.CANCELLED] * 2
        )
        past += [ContactStatus.PLANNED]
        moments = []
        for match_id, started_on in Match.objects.values_list("pk", "started_on"):
            age_hours = max((today - (started_on or today)).days, 1) * 24
            for _ in range(per):
                starts_at = now - timedelta(hours=rng.randint(-24 * 21, age_hours))
                status = rng.choice(past) if starts_at < now else ContactStatus.PLANNED
                moments.append(
                    ContactMoment(
                        organisation=org,
                        match_id=match_id,
                        kind=rng.choice(kinds),
                        check_in_with="buddy",
                        starts_at=starts_at,
                        status=status,
                        status_changed_by=coordinator,
                    )
                )
            if len(moments) >= 20_000:
                ContactMoment.objects.bulk_create(moments)
                moments = []
        ContactMoment.objects.bulk_create(moments)

        if connection.vendor == "postgresql":
            # Production tables have planner statistics; a fresh bulk load has none yet.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        client = Client(HTTP_HOST="localhost")
        client.force_login(coordinator)
        client.get("/api/v1/dashboard/")  # warm-up: first request loads URLconf and templates
        timings = []
        queries = 0
        slowest: list[tuple[float, str]] = []
        for _ in range(options["runs"]):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get("/api/v1/dashboard/")
                timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.content[:200]
            queries = len(captured.captured_queries)
            slowest = sorted(
                (float(q["time"]) * 1000, q["sql"][:120]) for q in captured.captured_queries
            )[-3:]
        return {
            "matches": Match.objects.count(),
            "contact_moments": ContactMoment.objects.count(),
            "queries": queries,
            "render_ms": round(statistics.median(timings), 1),
            "render_ms_max": round(max(timings), 1),
            "database": connection.vendor,
            "slowest_queries_ms": [[round(ms, 1), sql] for ms, sql in reversed(slowest)],
        }
