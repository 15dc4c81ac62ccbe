"""Conversations between connected people, their messages, read markers and moderation state."""

from __future__ import annotations

from typing import cast

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from aftercare.models import Match, Organisation, PeerGroup
from messaging.moderation.decision import Action, CustomRule, InvalidRuleError


class ConversationKind(models.TextChoices):
    MATCH = "match", _("Buddy conversation")
    GROUP = "group", _("Group conversation")


class Conversation(models.Model):
    """The one conversation of a match or of a peer group, opened the first time it is used."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="conversations"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=ConversationKind.choices)
    match = models.ForeignKey(
        Match, on_delete=models.PROTECT, null=True, blank=True, related_name="conversations"
    )
    group = models.ForeignKey(
        PeerGroup, on_delete=models.PROTECT, null=True, blank=True, related_name="conversations"
    )
    # The highest sequence number handed out; only written under a row lock of this conversation.
    last_seq = models.PositiveIntegerField(default=0)
    paused = models.BooleanField(_("paused"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(kind="match", match__isnull=False, group__isnull=True)
                    | Q(kind="group", group__isnull=False, match__isnull=True)
                ),
                name="conversation_has_one_owner",
            ),
            models.UniqueConstraint(
                fields=["match"],
                condition=Q(match__isnull=False),
                name="one_conversation_per_match",
            ),
            models.UniqueConstraint(
                fields=["group"],
                condition=Q(group__isnull=False),
                name="one_conversation_per_group",
            ),
        ]
        verbose_name = _("conversation")
        verbose_name_plural = _("conversations")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.pk}"


class ModerationAction(models.TextChoices):
    ALLOW = "allow", _("Allow")
    FLAG = "flag", _("Flag")
    HOLD = "hold", _("Hold")


class MessageStatus(models.TextChoices):
    DELIVERED = "delivered", _("Delivered")
    HELD = "held", _("Waiting for review")
    REJECTED = "rejected", _("Not delivered")


class Message(models.Model):
    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="messages"
    )
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="sent_messages"
    )
    # Chosen by the client before the first attempt: a retry after a lost ack stores nothing new.
    client_id = models.UUIDField()
    # Position in the conversation's delivery order; a released message moves to the end.
    seq = models.PositiveIntegerField()
    body = models.TextField(_("message"), max_length=4000)
    created_at = models.DateTimeField(auto_now_add=True)
    action = models.CharField(max_length=10, choices=ModerationAction.choices)
    urgent = models.BooleanField(default=False)
    reasons = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=10, choices=MessageStatus.choices)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_note = models.CharField(_("review note"), max_length=500, blank=True)

    class Meta:
        ordering = ["conversation", "seq"]
        constraints = [
            models.UniqueConstraint(fields=["sender", "client_id"], name="message_client_id_once"),
            models.UniqueConstraint(fields=["conversation", "seq"], name="message_seq_unique"),
        ]
        indexes = [
            # The rate limit counts a sender's rows of the last minute.
            models.Index(fields=["sender", "created_at"]),
            models.Index(fields=["status", "conversation"]),
        ]
        verbose_name = _("message")
        verbose_name_plural = _("messages")

    def __str__(self) -> str:
        return f"{self.conversation_id}#{self.seq}"


class ReadMarker(models.Model):
    """The highest sequence number a user has read in a conversation."""

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="read_markers"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    seq = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["conversation", "user"], name="one_marker_per_user")
        ]

    def __str__(self) -> str:
        return f"{self.user_id}@{self.conversation_id}:{self.seq}"


class AlertKind(models.TextChoices):
    URGENT = "urgent", _("Urgent: distress")
    FLAG = "flag", _("Flagged message")
    REPORT = "report", _("Reported by a participant")
    BLOCK = "block", _("Buddy blocked by the participant")


class ModerationAlert(models.Model):
    """Something a coordinator of the organisation must look at."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="alerts")
    message = models.ForeignKey(
        Message, on_delete=models.CASCADE, null=True, blank=True, related_name="alerts"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=AlertKind.choices)
    raised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    note = models.CharField(_("note"), max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    acknowledged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["organisation", "acknowledged_at"])]
        verbose_name = _("moderation alert")
        verbose_name_plural = _("moderation alerts")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.pk}"


class ModerationRule(models.Model):
    """An organisation's own term or pattern, applied on top of the built-in rules."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="moderation_rules"
    )
    pattern = models.CharField(_("term or pattern"), max_length=200)
    is_regex = models.BooleanField(_("regular expression"), default=False)
    action = models.CharField(
        _("action"),
        max_length=10,
        choices=[(ModerationAction.FLAG, _("Flag")), (ModerationAction.HOLD, _("Hold"))],
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("moderation rule")
        verbose_name_plural = _("moderation rules")

    def __str__(self) -> str:
        return self.pattern

    def clean(self) -> None:
        try:
            self.as_custom_rule()
        except InvalidRuleError:
            raise ValidationError({"pattern": _("This term or pattern cannot be used.")}) from None

    def as_custom_rule(self) -> CustomRule:
        return CustomRule(
            self.pattern,
            cast(Action, self.action),
            is_regex=self.is_regex,
            id=f"organisation-rule-{self.pk}",
        )
