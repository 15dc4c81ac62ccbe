from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def field_encryption_keys(app_configs: Any, **kwargs: Any) -> list[Error]:
    if settings.FIELD_ENCRYPTION_KEYS or settings.DEBUG:
        return []
    return [
        Error(
            "FIELD_ENCRYPTION_KEYS is not set: sensitive fields cannot be encrypted.",
            hint="Generate a key with cryptography.fernet.Fernet.generate_key().",
            id="verder.E001",
        )
    ]
