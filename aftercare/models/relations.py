from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from aftercare.crypto import EncryptedTextField
from aftercare.models.organisations import Organisation
from aftercare.models.people import Buddy, Survivor


class MatchStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    ACTIVE = "active", _("Active")
    PAUSED = "paused", _("Paused")
    CLOSING = "closing", _("Closing")
    CLOSED = "closed", _("Closed")


# A match in one of these takes a buddy's place and is "the" match of its survivor.
OPEN_MATCH_STATUSES = (MatchStatus.ACTIVE, MatchStatus.PAUSED, MatchStatus.CLOSING)


class CloseReason(models.TextChoices):
    GOALS_REACHED = "goals_reached", _("Goals reached")
    BUDDY_STOPPED = "buddy_stopped", _("Buddy stopped")
    SURVIVOR_STOPPED = "survivor_stopped", _("Participant stopped")
    SAFETY = "safety", _("Safety")
    MOVED = "moved", _("Moved")
    OTHER = "other", _("Other")


class Match(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="matches")
    survivor = models.ForeignKey(Survivor, on_delete=models.PROTECT, related_name="matches")
    buddy = models.ForeignKey(Buddy, on_delete=models.PROTECT, related_name="matches")
    status = models.CharField(
        _("status"), max_length=10, choices=MatchStatus.choices, default=MatchStatus.ACTIVE
    )
    started_on = models.DateField(_("started on"), null=True, blank=True)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    close_reason = models.CharField(
        _("close reason"), max_length=20, choices=CloseReason.choices, blank=True
    )
    closing_evaluation = EncryptedTextField(_("closing evaluation"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # At most one open match per survivor, enforced by the database itself.
            models.UniqueConstraint(
                fields=["survivor"],
                condition=Q(status__in=["active", "paused", "closing"]),
                name="one_open_match_per_survivor",
            ),
        ]
        indexes = [models.Index(fields=["organisation", "status"])]
        verbose_name = _("match")
        verbose_name_plural = _("matches")

    def __str__(self) -> str:
        return f"{self.survivor} – {self.buddy}"


class MatchEvent(models.Model):
    """The history of a match: each change of status, by whom and why."""

    match = models.ForeignKey(Match, on_delete=models.CASCADE, related_name="events")
    from_status = models.CharField(max_length=10, choices=MatchStatus.choices, blank=True)
    to_status = models.CharField(max_length=10, choices=MatchStatus.choices)
    reason = models.CharField(max_length=200, blank=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.from_status or '-'} → {self.to_status}"


class PeerGroupStatus(models.TextChoices):
    FORMING = "forming", _("Forming")
    ACTIVE = "active", _("Active")
    CLOSED = "closed", _("Closed")


class PeerGroup(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="groups")
    name = models.CharField(_("name"), max_length=100)
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="facilitated_groups",
    )
    slot = models.PositiveSmallIntegerField(_("week slot"), validators=[MaxValueValidator(20)])
    language = models.CharField(_("language"), max_length=5, default="nl")
    min_size = models.PositiveSmallIntegerField(
        _("minimum size"), default=4, validators=[MinValueValidator(2)]
    )
    max_size = models.PositiveSmallIntegerField(
        _("maximum size"), default=8, validators=[MaxValueValidator(12)]
    )
    online = models.BooleanField(_("online"), default=False)
    place = models.CharField(_("place"), max_length=100, blank=True)
    latitude = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    longitude = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    status = models.CharField(
        max_length=10, choices=PeerGroupStatus.choices, default=PeerGroupStatus.FORMING
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(min_size__lte=F("max_size")), name="group_min_le_max"
            ),
            models.CheckConstraint(condition=Q(slot__lte=20), name="group_slot_in_week"),
        ]
        verbose_name = _("peer group")
        verbose_name_plural = _("peer groups")

    def __str__(self) -> str:
        return self.name


class MembershipStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    LEFT = "left", _("Left")


class Membership(models.Model):
    group = models.ForeignKey(PeerGroup, on_delete=models.CASCADE, related_name="memberships")
    survivor = models.ForeignKey(Survivor, on_delete=models.PROTECT, related_name="memberships")
    status = models.CharField(
        max_length=10, choices=MembershipStatus.choices, default=MembershipStatus.ACTIVE
    )
    joined_at = models.DateTimeField(auto_now_add=True)
    left_at = models.DateTimeField(null=True, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["joined_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["group", "survivor"],
                condition=Q(status="active"),
                name="one_active_membership_per_group",
            )
        ]

    def __str__(self) -> str:
        return f"{self.survivor} in {self.group}"
