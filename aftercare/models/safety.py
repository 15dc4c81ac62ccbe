from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from aftercare.crypto import EncryptedTextField
from aftercare.models.people import Buddy, Survivor


class ConsentScope(models.TextChoices):
    PROCESSING = "processing", _("Processing of her data for aftercare")
    MATCHING = "matching", _("Matching with a buddy")
    PEER_GROUP = "peer_group", _("Taking part in a peer group")
    MESSAGING = "messaging", _("Moderated messaging")


class Consent(models.Model):
    """What was agreed, when, recorded by whom, under which privacy statement."""

    survivor = models.ForeignKey(Survivor, on_delete=models.CASCADE, related_name="consents")
    scope = models.CharField(_("what was agreed"), max_length=20, choices=ConsentScope.choices)
    given_on = models.DateField(_("agreed on"))
    privacy_statement_version = models.CharField(_("privacy statement version"), max_length=20)
    guardian_consent = models.BooleanField(
        _("guardian consent"), default=False, help_text=_("Required for participants under 16.")
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        ordering = ["-recorded_at"]
        verbose_name = _("consent")
        verbose_name_plural = _("consents")

    def __str__(self) -> str:
        return f"{self.get_scope_display()} ({self.given_on})"

    @property
    def is_active(self) -> bool:
        return self.withdrawn_at is None


class SafetyExclusion(models.Model):
    """Someone a survivor must never be matched or grouped with. Coordinators only."""

    survivor = models.ForeignKey(Survivor, on_delete=models.CASCADE, related_name="exclusions")
    other_survivor = models.ForeignKey(
        Survivor, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    buddy = models.ForeignKey(
        Buddy, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    reason = EncryptedTextField(_("reason"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(Q(other_survivor__isnull=True) & Q(buddy__isnull=False))
                | (Q(other_survivor__isnull=False) & Q(buddy__isnull=True)),
                name="exclusion_names_one_person",
            ),
            models.CheckConstraint(
                condition=~Q(other_survivor=models.F("survivor")), name="exclusion_not_self"
            ),
        ]
        verbose_name = _("safety exclusion")
        verbose_name_plural = _("safety exclusions")

    def __str__(self) -> str:
        return f"{self.survivor} × {self.other_survivor or self.buddy}"


class ContactBanKind(models.TextChoices):
    PHONE = "phone", _("Phone number")
    HANDLE = "handle", _("Account or handle")
    NAME = "name", _("Name")
    EMAIL = "email", _("E-mail address")


class ContactBan(models.Model):
    """An identifier of someone who must not contact her; moderation holds any message with it."""

    survivor = models.ForeignKey(Survivor, on_delete=models.CASCADE, related_name="contact_bans")
    kind = models.CharField(_("kind"), max_length=10, choices=ContactBanKind.choices)
    value = EncryptedTextField(_("value"))
    note = EncryptedTextField(_("note"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("contact ban")
        verbose_name_plural = _("contact bans")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}"
