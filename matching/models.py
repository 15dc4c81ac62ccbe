from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from aftercare.models import Buddy, Organisation, PeerGroup, Survivor
from matching.solver.buddy.schema import Weights


class RunKind(models.TextChoices):
    BUDDY = "buddy", _("Buddy matching")
    GROUPS = "groups", _("Peer groups")


class RunStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class MatchRun(models.Model):
    """One solver run, stored with its input and result so every proposal can be explained."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=10, choices=RunKind.choices, default=RunKind.BUDDY)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(max_length=10, choices=RunStatus.choices, default=RunStatus.QUEUED)
    progress = models.CharField(_("progress"), max_length=100, blank=True)
    parameters = models.JSONField(default=dict, blank=True)
    input_snapshot = models.JSONField(default=dict, blank=True)
    result = models.JSONField(default=dict, blank=True)
    statistics = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # A second run while one is going is refused by the database, not only by a check.
            models.UniqueConstraint(
                fields=["organisation", "kind"],
                condition=Q(status__in=["queued", "running"]),
                name="one_active_run_per_org_and_kind",
            )
        ]
        verbose_name = _("match run")
        verbose_name_plural = _("match runs")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk}"


class Decision(models.TextChoices):
    PENDING = "pending", _("Pending")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class MatchProposal(models.Model):
    run = models.ForeignKey(MatchRun, on_delete=models.CASCADE, related_name="proposals")
    survivor = models.ForeignKey(Survivor, on_delete=models.CASCADE, related_name="+")
    buddy = models.ForeignKey(Buddy, on_delete=models.CASCADE, related_name="+")
    score = models.IntegerField()
    breakdown = models.JSONField(default=dict)
    decision = models.CharField(max_length=10, choices=Decision.choices, default=Decision.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=200, blank=True)

    class Meta:
        ordering = ["-score", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["run", "survivor"], name="one_proposal_per_survivor_per_run"
            )
        ]
        verbose_name = _("match proposal")
        verbose_name_plural = _("match proposals")

    def __str__(self) -> str:
        return f"{self.survivor} – {self.buddy} ({self.score})"


class RejectedPair(models.Model):
    """A rejected proposal is remembered: the pair is not proposed again until it is cleared."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    survivor = models.ForeignKey(Survivor, on_delete=models.CASCADE, related_name="+")
    buddy = models.ForeignKey(Buddy, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(_("reason"), max_length=200)
    rejected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    rejected_at = models.DateTimeField(auto_now_add=True)
    cleared_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-rejected_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["survivor", "buddy"],
                condition=Q(cleared_at__isnull=True),
                name="one_open_rejection_per_pair",
            )
        ]

    def __str__(self) -> str:
        return f"{self.survivor} × {self.buddy}"


class GroupProposal(models.Model):
    """A proposed group: an existing one that gets new members, or a new one to open."""

    run = models.ForeignKey(MatchRun, on_delete=models.CASCADE, related_name="group_proposals")
    group = models.ForeignKey(
        PeerGroup, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    key = models.CharField(max_length=40)
    slot = models.PositiveSmallIntegerField()
    language = models.CharField(max_length=5)
    online = models.BooleanField(default=False)
    place = models.CharField(max_length=100, blank=True)
    latitude = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    longitude = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    min_age = models.PositiveSmallIntegerField(null=True, blank=True)
    max_age = models.PositiveSmallIntegerField(null=True, blank=True)
    decision = models.CharField(max_length=10, choices=Decision.choices, default=Decision.PENDING)
    created_group = models.ForeignKey(
        PeerGroup, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["run", "key"], name="one_group_proposal_per_key")
        ]

    def __str__(self) -> str:
        return self.key

    @property
    def is_new(self) -> bool:
        return self.group_id is None


class PlacementProposal(models.Model):
    """One survivor proposed for one group; approved per girl or with her whole group."""

    group_proposal = models.ForeignKey(
        GroupProposal, on_delete=models.CASCADE, related_name="placements"
    )
    survivor = models.ForeignKey(Survivor, on_delete=models.CASCADE, related_name="+")
    reasons = models.JSONField(default=dict, blank=True)
    decision = models.CharField(max_length=10, choices=Decision.choices, default=Decision.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=200, blank=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["group_proposal", "survivor"], name="one_placement_per_group_proposal"
            )
        ]

    def __str__(self) -> str:
        return f"{self.survivor_id} → {self.group_proposal_id}"


WEIGHT_DEFAULTS = Weights().as_dict()


class MatchingWeights(models.Model):
    """How many points each part of a pair's score can give in this organisation's buddy runs.

    Without a row the solver's defaults apply. A run records the weights it used.
    """

    organisation = models.OneToOneField(
        Organisation, on_delete=models.CASCADE, related_name="matching_weights"
    )
    interests = models.PositiveSmallIntegerField(
        _("shared interests"),
        default=WEIGHT_DEFAULTS["interests"],
        validators=[MaxValueValidator(100)],
    )
    languages = models.PositiveSmallIntegerField(
        _("languages in common"),
        default=WEIGHT_DEFAULTS["languages"],
        validators=[MaxValueValidator(100)],
    )
    overlap = models.PositiveSmallIntegerField(
        _("free time in common"),
        default=WEIGHT_DEFAULTS["overlap"],
        validators=[MaxValueValidator(100)],
    )
    distance = models.PositiveSmallIntegerField(
        _("living close to each other"),
        default=WEIGHT_DEFAULTS["distance"],
        validators=[MaxValueValidator(100)],
    )
    waiting = models.PositiveSmallIntegerField(
        _("time on the waiting list"),
        default=WEIGHT_DEFAULTS["waiting"],
        validators=[MaxValueValidator(100)],
    )
    lived_experience = models.PositiveSmallIntegerField(
        _("a buddy with lived experience, when she asks for one"),
        default=WEIGHT_DEFAULTS["lived_experience"],
        validators=[MaxValueValidator(100)],
    )
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("matching weights")
        verbose_name_plural = _("matching weights")

    def __str__(self) -> str:
        return f"weights of {self.organisation_id}"

    def as_dict(self) -> dict[str, int]:
        return {name: int(getattr(self, name)) for name in WEIGHT_DEFAULTS}
