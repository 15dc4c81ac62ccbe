from __future__ import annotations

from typing import Any

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import connection, transaction

from aftercare.crypto import EncryptedTextField, rotate


class Command(BaseCommand):
    help = "Re-encrypt every encrypted field with the first key of FIELD_ENCRYPTION_KEYS."

    def handle(self, *args: Any, **options: Any) -> None:
        total = 0
        for model in apps.get_models():
            fields = [f for f in model._meta.concrete_fields if isinstance(f, EncryptedTextField)]
            if not fields:
                continue
            table = connection.ops.quote_name(model._meta.db_table)
            pk = connection.ops.quote_name(model._meta.pk.column)
            for field in fields:
                column = connection.ops.quote_name(field.column)
                with transaction.atomic(), connection.cursor() as cursor:
                    # Raw SQL on purpose: the stored token is rotated without ever being decoded
                    # into model instances (and their save hooks).
                    cursor.execute(f"SELECT {pk}, {column} FROM {table}")  # noqa: S608
                    for row_id, stored in cursor.fetchall():
                        if stored:
                            cursor.execute(
                                f"UPDATE {table} SET {column} = %s WHERE {pk} = %s",  # noqa: S608
                                [rotate(stored), row_id],
                            )
                            total += 1
        self.stdout.write(f"Re-encrypted {total} values.")
