from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AftercareConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "aftercare"
    verbose_name = _("Aftercare")

    def ready(self) -> None:
        from aftercare import (
            checks,  # noqa: F401  (registers the deploy checks)
            language,  # noqa: F401  (remembers her language at login)
        )
