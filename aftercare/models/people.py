from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from aftercare.choices import Gender
from aftercare.crypto import EncryptedTextField
from aftercare.models.organisations import Interest, Organisation
from aftercare.validators import (
    validate_availability,
    validate_genders,
    validate_languages,
    validate_not_future,
    validate_postcode_area,
)


def age_on(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def age_band(age: int) -> str:
    """What a buddy may know of a survivor's age: a band, never the date of birth."""
    for low, high in ((12, 15), (16, 17), (18, 20), (21, 24)):
        if low <= age <= high:
            return f"{low}-{high}"
    return "25+" if age >= 25 else f"<{12}"


class Person(models.Model):
    """What survivors and buddies share: profile, week availability and a coarse location."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT)
    date_of_birth = models.DateField(_("date of birth"), validators=[validate_not_future])
    gender = models.CharField(_("gender"), max_length=1, choices=Gender.choices)
    languages = models.JSONField(_("languages"), default=list, validators=[validate_languages])
    availability = models.JSONField(
        _("weekly availability"), default=list, blank=True, validators=[validate_availability]
    )
    municipality = models.CharField(_("municipality"), max_length=100)
    postcode_area = models.CharField(
        _("postcode area"), max_length=4, blank=True, validators=[validate_postcode_area]
    )
    # Rounded to 0.01° (about 1 km): enough to match on distance, too coarse to find a house.
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=5,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("50.0")), MaxValueValidator(Decimal("54.0"))],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=5,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("3.0")), MaxValueValidator(Decimal("7.5"))],
    )
    max_km = models.PositiveIntegerField(
        _("maximum travel distance (km)"),
        default=15,
        validators=[MinValueValidator(1), MaxValueValidator(200)],
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True

    @property
    def age(self) -> int:
        return age_on(self.date_of_birth, timezone.localdate())

    @property
    def is_minor(self) -> bool:
        return self.age < 18


class SurvivorStatus(models.TextChoices):
    INTAKE = "intake", _("Intake")
    WAITING = "waiting", _("Waiting")
    MATCHED = "matched", _("Matched")
    PAUSED = "paused", _("Paused")
    CLOSED = "closed", _("Closed")


class Survivor(Person):
    """A girl or young woman the organisation supports (deelnemer)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="survivor_profile",
    )
    pseudonym = models.CharField(_("pseudonym"), max_length=60, help_text=_("The name others see."))
    interests = models.ManyToManyField(Interest, blank=True, related_name="survivors")
    buddy_genders = models.JSONField(
        _("buddy gender preference"), default=list, blank=True, validators=[validate_genders]
    )
    wants_lived_experience = models.BooleanField(
        _("wants a buddy with lived experience"), default=False
    )
    wants_peer_group = models.BooleanField(_("waiting for a peer group"), default=False)
    needs = EncryptedTextField(_("needs"), blank=True)
    case_reference = models.CharField(
        _("case reference"),
        max_length=40,
        blank=True,
        help_text=_("Survivors of one case never share a buddy."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=SurvivorStatus.choices, default=SurvivorStatus.INTAKE
    )
    waiting_since = models.DateField(_("waiting since"), null=True, blank=True)
    # Set once by `survivor_erase`: the row stays for anonymous statistics only.
    erased_at = models.DateTimeField(_("erased at"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["pseudonym", "id"]
        indexes = [models.Index(fields=["organisation", "status"])]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")

    def __str__(self) -> str:
        return self.pseudonym

    @property
    def needs_guardian_consent(self) -> bool:
        return self.age < 16


class BuddyStatus(models.TextChoices):
    APPLIED = "applied", _("Applied")
    SCREENING = "screening", _("Screening")
    APPROVED = "approved", _("Approved")
    ACTIVE = "active", _("Active")
    PAUSED = "paused", _("Paused")
    STOPPED = "stopped", _("Stopped")


class Buddy(Person):
    """A screened volunteer who meets one to three survivors (maatje)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="buddy_profile",
    )
    first_name = models.CharField(_("first name"), max_length=60)
    interests = models.ManyToManyField(Interest, blank=True, related_name="buddies")
    capacity = models.PositiveSmallIntegerField(
        _("capacity"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(3)],
        help_text=_("How many participants she can support at once (1 to 3)."),
    )
    lived_experience = models.BooleanField(_("lived experience"), default=False)
    trained_for_minors = models.BooleanField(_("trained to support minors"), default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=BuddyStatus.choices, default=BuddyStatus.APPLIED
    )
    vog_issued_on = models.DateField(
        _("VOG issue date"), null=True, blank=True, validators=[validate_not_future]
    )
    training_completed_on = models.DateField(
        _("training completed"), null=True, blank=True, validators=[validate_not_future]
    )
    intake_interview_on = models.DateField(
        _("intake interview"), null=True, blank=True, validators=[validate_not_future]
    )
    code_of_conduct_signed_on = models.DateField(
        _("code of conduct signed"), null=True, blank=True, validators=[validate_not_future]
    )

    class Meta:
        ordering = ["first_name", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(capacity__gte=1) & Q(capacity__lte=3), name="buddy_capacity_1_to_3"
            )
        ]
        indexes = [models.Index(fields=["organisation", "status"])]
        verbose_name = _("buddy")
        verbose_name_plural = _("buddies")

    def __str__(self) -> str:
        return self.first_name

    def vog_expires_on(self) -> date | None:
        if self.vog_issued_on is None:
            return None
        return self.vog_issued_on + timedelta(days=self.organisation.vog_validity_days)

    def vog_state(self, today: date | None = None) -> str:
        """'missing', 'expired', 'expiring' (inside the warning window) or 'valid'."""
        expires = self.vog_expires_on()
        if expires is None:
            return "missing"
        today = today or timezone.localdate()
        if expires <= today:
            return "expired"
        if expires - today <= timedelta(days=self.organisation.vog_warning_days):
            return "expiring"
        return "valid"

    def screening_complete(self) -> bool:
        return all(
            (
                self.vog_state() in {"valid", "expiring"},
                self.training_completed_on,
                self.intake_interview_on,
                self.code_of_conduct_signed_on,
            )
        )

    def is_eligible(self) -> bool:
        """Only an approved buddy with a valid VOG may be matched."""
        return self.status in {BuddyStatus.APPROVED, BuddyStatus.ACTIVE} and self.vog_state() in {
            "valid",
            "expiring",
        }
