from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from aftercare.choices import Role
from aftercare.errors import Forbidden, OtherOrganisation
from aftercare.models import Organisation, User
from aftercare.models.audit import AuditAction
from aftercare.policies import account_roles_manageable_by
from aftercare.services.audit import audit_record


@transaction.atomic
def organisation_create(
    *, actor: User, name: str, vog_validity_days: int = 3 * 365
) -> Organisation:
    organisation = Organisation(
        name=name, slug=slugify(name)[:60], vog_validity_days=vog_validity_days
    )
    organisation.full_clean()
    organisation.save()
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=organisation,
        organisation_id=organisation.pk,
        changes=["name"],
    )
    return organisation


@transaction.atomic
def account_create(
    *,
    actor: User,
    email: str,
    role: str,
    display_name: str = "",
    organisation: Organisation | None = None,
    password: str | None = None,
) -> User:
    if role not in account_roles_manageable_by(actor):
        raise Forbidden(field="role")
    if actor.role != Role.ADMIN:
        if organisation is not None and organisation.pk != actor.organisation_id:
            raise OtherOrganisation(field="organisation")
        organisation = actor.organisation
    if role != Role.ADMIN and organisation is None:
        raise ValidationError({"organisation": [_("Choose the organisation of this account.")]})
    if User.objects.filter(email__iexact=email).exists():
        raise ValidationError({"email": [_("An account with this e-mail address already exists.")]})
    user = User.objects.create_user(
        email=email,
        password=password,
        role=role,
        display_name=display_name,
        organisation=organisation if role != Role.ADMIN else None,
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=user,
        organisation_id=user.organisation_id,
        changes=["email", "role"],
    )
    return user
