from __future__ import annotations

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from aftercare.crypto import EncryptedTextField
from aftercare.models.organisations import Organisation
from aftercare.models.people import Survivor
from aftercare.models.relations import Match, PeerGroup


class ContactKind(models.TextChoices):
    MEETING = "meeting", _("Meeting")
    CALL = "call", _("Call")
    VIDEO = "video", _("Video call")
    GROUP_SESSION = "group_session", _("Group session")
    CHECK_IN = "check_in", _("Coordinator check-in")


class ContactStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    PLANNED = "planned", _("Planned")
    DONE = "done", _("Done")
    MISSED = "missed", _("Missed")
    CANCELLED = "cancelled", _("Cancelled")


class CheckInWith(models.TextChoices):
    BUDDY = "buddy", _("Buddy")
    SURVIVOR = "survivor", _("Participant")


class ContactSeries(models.Model):
    """A recurring contact: an RFC 5545 rule expanded in Europe/Amsterdam wall-clock time."""

    rule = models.CharField(_("recurrence rule"), max_length=200)
    first_start = models.DateTimeField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.rule


class ContactMoment(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    match = models.ForeignKey(
        Match, on_delete=models.CASCADE, null=True, blank=True, related_name="contact_moments"
    )
    group = models.ForeignKey(
        PeerGroup, on_delete=models.CASCADE, null=True, blank=True, related_name="contact_moments"
    )
    series = models.ForeignKey(
        ContactSeries, on_delete=models.SET_NULL, null=True, blank=True, related_name="moments"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ContactKind.choices)
    check_in_with = models.CharField(
        _("check-in with"), max_length=10, choices=CheckInWith.choices, blank=True
    )
    starts_at = models.DateTimeField(_("starts at"))
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"),
        default=60,
        validators=[MinValueValidator(5), MaxValueValidator(600)],
    )
    # Free text or "online": never the survivor's address.
    place = models.CharField(_("place"), max_length=100, blank=True)
    online = models.BooleanField(_("online"), default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=ContactStatus.choices, default=ContactStatus.PROPOSED
    )
    status_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    status_changed_at = models.DateTimeField(auto_now_add=True)
    # Set when someone asks for another time; cleared when the moment moves or is confirmed.
    other_time_requested_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["starts_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(match__isnull=False) & Q(group__isnull=True))
                | (Q(match__isnull=True) & Q(group__isnull=False)),
                name="contact_of_match_or_group",
            )
        ]
        indexes = [
            models.Index(fields=["organisation", "status", "starts_at"]),
            models.Index(fields=["match", "status", "starts_at"]),
            # Moments still waiting for their report, in time order, for the overdue list.
            models.Index(
                fields=["starts_at"],
                condition=Q(status__in=["planned", "proposed"]),
                name="contact_open_by_start",
            ),
            # Recent reported contacts, for the "gone quiet" anti-join.
            models.Index(
                fields=["starts_at"], condition=Q(status="done"), name="contact_done_by_start"
            ),
        ]
        verbose_name = _("contact moment")
        verbose_name_plural = _("contact moments")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.starts_at:%Y-%m-%d %H:%M}"


class ContactReport(models.Model):
    """The buddy's report afterwards: a minute's work."""

    moment = models.OneToOneField(ContactMoment, on_delete=models.CASCADE, related_name="report")
    happened = models.BooleanField(_("did it happen"))
    duration_minutes = models.PositiveSmallIntegerField(
        _("how long (minutes)"), null=True, blank=True, validators=[MaxValueValidator(600)]
    )
    rating = models.PositiveSmallIntegerField(
        _("how did it go (1-5)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    note = EncryptedTextField(_("short note"), blank=True, max_length=2000)
    worried = models.BooleanField(_("I am worried"), default=False)
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    reported_at = models.DateTimeField(auto_now_add=True)
    worry_acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    worry_acknowledged_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"report {self.moment_id}"


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", _("Present")
    ABSENT = "absent", _("Absent")
    EXCUSED = "excused", _("Excused")


class Attendance(models.Model):
    moment = models.ForeignKey(ContactMoment, on_delete=models.CASCADE, related_name="attendance")
    survivor = models.ForeignKey(Survivor, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(_("attendance"), max_length=10, choices=AttendanceStatus.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["moment", "survivor"], name="one_attendance_per_moment")
        ]

    def __str__(self) -> str:
        return f"{self.survivor_id}@{self.moment_id}"


class ReminderKind(models.TextChoices):
    DAY_BEFORE = "day_before", _("The day before")
    HOUR_BEFORE = "hour_before", _("An hour before")


class Reminder(models.Model):
    """One reminder to one person. Sent at most once; a moved meeting gets new rows."""

    moment = models.ForeignKey(ContactMoment, on_delete=models.CASCADE, related_name="reminders")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=12, choices=ReminderKind.choices)
    due_at = models.DateTimeField(db_index=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["moment", "user", "kind"],
                condition=Q(cancelled_at__isnull=True),
                name="one_live_reminder_per_moment_user_kind",
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.due_at:%Y-%m-%d %H:%M}"


class Notification(models.Model):
    """What a person sees in the app. Text is neutral: no organisation, person or purpose."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.text


class CadencePolicy(models.Model):
    """How often contact is expected, per organisation. Defaults follow mentoring practice."""

    organisation = models.OneToOneField(
        Organisation, on_delete=models.CASCADE, related_name="cadence"
    )
    intensive_weeks = models.PositiveSmallIntegerField(
        _("first weeks (number of weeks)"),
        default=4,
        validators=[MinValueValidator(0), MaxValueValidator(26)],
    )
    intensive_interval_days = models.PositiveSmallIntegerField(
        _("buddy contact in the first weeks, at least every (days)"),
        default=7,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
    )
    regular_interval_days = models.PositiveSmallIntegerField(
        _("buddy contact after that, at least every (days)"),
        default=14,
        validators=[MinValueValidator(1), MaxValueValidator(90)],
    )
    first_month_check_ins = models.PositiveSmallIntegerField(
        _("coordinator check-ins in the first month"),
        default=2,
        validators=[MinValueValidator(0), MaxValueValidator(10)],
    )
    check_in_interval_days = models.PositiveSmallIntegerField(
        _("coordinator check-ins after that, at least every (days)"),
        default=30,
        validators=[MinValueValidator(7), MaxValueValidator(180)],
    )

    def __str__(self) -> str:
        return f"cadence {self.organisation_id}"


def new_feed_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """A secret, revocable iCalendar URL per person."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"feed {self.user_id}"
