"""End to end in Django: waiting survivors in the database → persisted proposals.

Builds the data in a database of its own (Django's test-database machinery), then times the
run as the worker executes it: snapshot from the database, solve, bulk write of proposals.
Prints one JSON line.
"""

from __future__ import annotations

import json
import time
from datetime import timedelta
from decimal import Decimal
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from aftercare.choices import Role
from aftercare.models import (
    Buddy,
    BuddyStatus,
    Consent,
    ConsentScope,
    Organisation,
    Survivor,
    SurvivorStatus,
    User,
)
from matching import services
from matching.models import MatchProposal, MatchRun, RunKind
from matching.snapshot import buddy_instance
from matching.solver.buddy import generate_buddy_instance


class Command(BaseCommand):
    help = "Time a buddy-matching run from database to persisted proposals."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--survivors", type=int, default=2000)
        parser.add_argument("--buddies", type=int, default=None)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args: Any, **options: Any) -> None:
        old_name = connection.settings_dict["NAME"]
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        try:
            result = self._bench(options)
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
        self.stdout.write(json.dumps(result))

    def _bench(self, options: dict[str, Any]) -> dict[str, Any]:
        generated = generate_buddy_instance(
            options["survivors"], options["buddies"], seed=options["seed"]
        )
        today = timezone.localdate()
        org = Organisation.objects.create(name="Bench", slug="bench")
        coordinator = User.objects.create_user(
            email="bench@example.nl", password=None, role=Role.COORDINATOR, organisation=org
        )

        def born(age: int) -> Any:
            return today - timedelta(days=age * 365 + 100)

        def place(record: dict[str, Any]) -> dict[str, Any]:
            return {
                "organisation": org,
                "municipality": "Bench",
                "latitude": Decimal(f"{record['lat']:.2f}"),
                "longitude": Decimal(f"{record['lon']:.2f}"),
                "max_km": int(record["max_km"]),
                "languages": record["languages"],
                "availability": record["availability"],
                "date_of_birth": born(record["age"]),
            }

        Survivor.objects.bulk_create(
            [
                Survivor(
                    pseudonym=s["id"],
                    gender=s.get("gender", "f"),
                    buddy_genders=s.get("buddy_genders", []),
                    wants_lived_experience=s.get("wants_lived_experience", False),
                    status=SurvivorStatus.WAITING,
                    waiting_since=today - timedelta(days=s.get("waiting_days", 0)),
                    **place(s),
                )
                for s in generated["survivors"]
            ],
            batch_size=2000,
        )
        Buddy.objects.bulk_create(
            [
                Buddy(
                    first_name=b["id"],
                    gender=b.get("gender", "f"),
                    capacity=b["capacity"],
                    trained_for_minors=b["trained_for_minors"],
                    lived_experience=b.get("lived_experience", False),
                    status=BuddyStatus.APPROVED,
                    vog_issued_on=today - timedelta(days=100),
                    training_completed_on=today,
                    intake_interview_on=today,
                    code_of_conduct_signed_on=today,
                    **place(b),
                )
                for b in generated["buddies"]
            ],
            batch_size=2000,
        )
        Consent.objects.bulk_create(
            [
                Consent(
                    survivor_id=pk,
                    scope=ConsentScope.MATCHING,
                    given_on=today,
                    privacy_statement_version="bench",
                    recorded_by=coordinator,
                )
                for pk in Survivor.objects.values_list("pk", flat=True)
            ],
            batch_size=2000,
        )
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            instance = buddy_instance(organisation_id=org.pk, rejected=[])
            snapshot_s = time.perf_counter() - started
            run = MatchRun.objects.create(
                organisation=org,
                kind=RunKind.BUDDY,
                started_by=coordinator,
                input_snapshot=instance,
            )
            solve_started = time.perf_counter()
            run = services.run_execute(run_id=run.pk)
            total_s = time.perf_counter() - started
        return {
            "survivors": len(instance["survivors"]),
            "buddies": len(instance["buddies"]),
            "proposals": MatchProposal.objects.filter(run=run).count(),
            "status": run.statistics.get("status"),
            "snapshot_s": round(snapshot_s, 3),
            "solve_and_persist_s": round(total_s - (solve_started - started), 3),
            "total_s": round(total_s, 3),
            "queries": len(captured.captured_queries),
            "database": connection.vendor,
        }
