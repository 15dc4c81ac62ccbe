"""Apply the retention periods of every organisation now, or start the nightly task."""

from __future__ import annotations

from datetime import datetime
from typing import Any, NoReturn

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from aftercare.services.privacy import retention_apply


def _moment(value: str | None) -> datetime:
    if value is None:
        return timezone.now()
    try:
        parsed = parse_datetime(value)
    except ValueError:
        parsed = None
    if parsed is None:
        raise CommandError(f"--now must be an ISO date and time, not {value!r}", returncode=2)
    return parsed if timezone.is_aware(parsed) else timezone.make_aware(parsed)


def _queued(task_path: str) -> bool:
    """Is a run of this task already waiting (or running) in the database queue?"""
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    waiting = [TaskResultStatus.READY, TaskResultStatus.RUNNING]
    return DBTaskResult.objects.filter(task_path=task_path, status__in=waiting).exists()


class Command(BaseCommand):
    help = "Erase inactive closed files and expire old messages, per organisation's retention."

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        parser = super().create_parser(prog_name, subcommand, **kwargs)

        def one_line(message: str) -> NoReturn:
            # Bad input: one line and exit code 2, without the usage text.
            if parser.called_from_command_line:
                parser.exit(2, f"apply_retention: {message}\n")
            raise CommandError(message, returncode=2)

        parser.error = one_line  # type: ignore[method-assign]
        return parser

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--now", help="Apply as if it were this moment (ISO 8601).")
        parser.add_argument(
            "--schedule",
            action="store_true",
            help="Queue the retention task, which then runs again every RETENTION_INTERVAL_HOURS.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        now = _moment(options["now"])
        if options["schedule"]:
            from aftercare.tasks import apply_retention

            if _queued(apply_retention.module_path):
                # One chain is enough: `make run` schedules at every start.
                self.stdout.write("Retention task already queued.")
                return
            apply_retention.enqueue(repeat=True)
            self.stdout.write("Retention task queued.")
            return
        result = retention_apply(now=now)
        cleared = ", ".join(f"{name}: {count}" for name, count in sorted(result.cleared.items()))
        self.stdout.write(
            f"Erased {len(result.erased_survivors)} closed file(s); cleared {cleared or 'nothing'}."
        )
