from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from aftercare.demo import DEMO_PASSWORD, seed_demo
from aftercare.models import Organisation


class Command(BaseCommand):
    help = "Load deterministic demo data (one organisation in Friesland) into an empty database."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1).")
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing when organisations exist already."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not settings.TESTING:
            raise CommandError(
                "seed_demo only runs with DEBUG on: demo logins have a known password."
            )
        if Organisation.objects.exists():
            if options["if_empty"]:
                self.stdout.write("Demo data already present.")
                self._print_logins()
                return
            raise CommandError("The database is not empty; seed_demo loads into an empty database.")
        seed_demo(seed=options["seed"])
        self._print_logins()

    def _print_logins(self) -> None:
        from aftercare.models import User

        self.stdout.write(self.style.SUCCESS(f"Demo logins (password for all: {DEMO_PASSWORD}):"))
        for user in User.objects.filter(email__endswith="@demo.verder.nl").order_by(
            "role", "email"
        ):
            self.stdout.write(f"  {user.role:<12} {user.email}")
        self.stdout.write(
            "Coordinators, facilitators and the admin set up two-factor login at their first "
            "login: scan the QR code with an authenticator app (or type the key it shows)."
        )
