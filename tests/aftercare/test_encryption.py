"""A database dump alone reveals none of the most sensitive fields."""

from __future__ import annotations

from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from aftercare import services
from aftercare.models import ContactBan, SafetyExclusion, Survivor
from tests.conftest import World


def raw(table: str, column: str, pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])  # noqa: S608
        return str(cursor.fetchone()[0])


def test_sensitive_fields_are_unreadable_in_the_raw_columns(world: World) -> None:
    ban = services.contact_ban_add(
        actor=world.coordinator,
        survivor=world.survivor_profile,
        kind="phone",
        value="0612345678",
        note="de man van het station",
    )
    exclusion = services.safety_exclusion_add(
        actor=world.coordinator,
        survivor=world.survivor_profile,
        other_survivor=world.other_survivor_profile,
        reason="zelfde dader in Zwolle",
    )
    services.survivor_update(
        actor=world.coordinator, survivor=world.survivor_profile, needs="slaapt slecht"
    )
    for table, column, pk, secret in [
        ("aftercare_contactban", "value", ban.pk, "0612345678"),
        ("aftercare_contactban", "note", ban.pk, "station"),
        ("aftercare_safetyexclusion", "reason", exclusion.pk, "dader"),
        ("aftercare_survivor", "needs", world.survivor_profile.pk, "slaapt"),
    ]:
        stored = raw(table, column, pk)
        assert secret not in stored
        assert stored.startswith("enc1:")
    assert ContactBan.objects.get(pk=ban.pk).value == "0612345678"
    assert SafetyExclusion.objects.get(pk=exclusion.pk).reason == "zelfde dader in Zwolle"


def test_keys_rotate_without_losing_anything(world: World, settings: object) -> None:
    old = Fernet.generate_key().decode()
    new = Fernet.generate_key().decode()
    with override_settings(FIELD_ENCRYPTION_KEYS=[old]):
        services.survivor_update(
            actor=world.coordinator, survivor=world.survivor_profile, needs="rust"
        )
        before = raw("aftercare_survivor", "needs", world.survivor_profile.pk)
    with override_settings(FIELD_ENCRYPTION_KEYS=[new, old]):
        call_command("rotate_field_keys", verbosity=0)
        after = raw("aftercare_survivor", "needs", world.survivor_profile.pk)
        assert after != before
    with override_settings(FIELD_ENCRYPTION_KEYS=[new]):
        assert Survivor.objects.get(pk=world.survivor_profile.pk).needs == "rust"
