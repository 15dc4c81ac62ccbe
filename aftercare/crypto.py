"""Field-level encryption of the most sensitive text (safety notes, contact bans, case notes,
closing evaluations). A database dump alone reveals none of it.

Keys come from FIELD_ENCRYPTION_KEYS (comma-separated Fernet keys, newest first). MultiFernet
decrypts with any of them and encrypts with the first, so rotation is: put a new key in front,
run `manage.py rotate_field_keys`, then drop the old key.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models

PREFIX = "enc1:"


@cache
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    return MultiFernet([Fernet(key.encode()) for key in keys])


def configured_keys() -> tuple[str, ...]:
    keys = tuple(k.strip() for k in getattr(settings, "FIELD_ENCRYPTION_KEYS", []) if k.strip())
    if keys:
        return keys
    if settings.DEBUG or getattr(settings, "TESTING", False):
        # The local demo and the tests derive a key; production must configure its own.
        digest = hashlib.sha256(("field-encryption:" + settings.SECRET_KEY).encode()).digest()
        return (base64.urlsafe_b64encode(digest).decode(),)
    raise ImproperlyConfigured("FIELD_ENCRYPTION_KEYS must be set when DEBUG is off.")


def encrypt(value: str) -> str:
    return PREFIX + _fernet(configured_keys()).encrypt(value.encode()).decode()


def decrypt(stored: str) -> str:
    if not stored.startswith(PREFIX):
        return stored
    try:
        return _fernet(configured_keys()).decrypt(stored[len(PREFIX) :].encode()).decode()
    except InvalidToken as error:
        raise ImproperlyConfigured(
            "An encrypted field cannot be read with the configured keys."
        ) from error


def rotate(stored: str) -> str:
    if not stored.startswith(PREFIX):
        return encrypt(stored) if stored else stored
    token = _fernet(configured_keys()).rotate(stored[len(PREFIX) :].encode())
    return PREFIX + token.decode()


class EncryptedTextField(models.TextField):  # type: ignore[type-arg]
    """Text encrypted at rest. It cannot be filtered or ordered on in the database."""

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> str | None:
        return None if value is None else decrypt(value)

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt(str(value))
