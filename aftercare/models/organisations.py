from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class Organisation(models.Model):
    """A tenant: nothing of one organisation is ever visible to another."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    vog_validity_days = models.PositiveIntegerField(
        _("VOG validity (days)"), default=3 * 365, validators=[MinValueValidator(30)]
    )
    vog_warning_days = models.PositiveIntegerField(_("VOG expiry warning (days)"), default=60)
    # Retention (AVG art. 5(1)(e)): applied every night by `retention_apply`.
    message_retention_months = models.PositiveSmallIntegerField(
        _("keep messages (months after a match ends)"),
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
    )
    closed_case_retention_months = models.PositiveSmallIntegerField(
        _("keep a closed file (months without activity)"),
        default=24,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.name


class Interest(models.Model):
    """An interest tag; each organisation keeps its own list."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="interests"
    )
    name = models.CharField(_("name"), max_length=60)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "name"], name="interest_unique_per_org")
        ]
        verbose_name = _("interest")
        verbose_name_plural = _("interests")

    def __str__(self) -> str:
        return self.name
