"""The start page of every role. Buddies and survivors get cards built here from the fields
they may know, so a template can never show more of another person than that."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from aftercare import selectors
from aftercare.choices import LANGUAGES, Role, slot_label
from aftercare.models import Buddy, Match, PeerGroup, Survivor, User
from aftercare.models.people import age_band
from aftercare.policies import Action
from frontend import queries
from frontend.views.account import account_security
from frontend.views.base import current_user, requires
from frontend.views.dashboard import coordinator_home
from frontend.views.preferences import reminder_settings


@dataclass(frozen=True)
class SurvivorCard:
    """What a buddy may know of the survivor she meets (DESIGN: never address or case)."""

    pseudonym: str
    age_band: str
    interests: list[str]
    availability: list[str]
    status: str


@dataclass(frozen=True)
class BuddyCard:
    """What a survivor sees of her buddy."""

    first_name: str
    status: str


@dataclass(frozen=True)
class GroupCard:
    name: str
    when: str
    where: str
    members: int | None


def _survivor_card(match: Match) -> SurvivorCard:
    survivor = match.survivor
    return SurvivorCard(
        pseudonym=survivor.pseudonym,
        age_band=age_band(survivor.age),
        interests=[interest.name for interest in survivor.interests.all()],
        availability=[slot_label(slot) for slot in survivor.availability],
        status=match.get_status_display(),
    )


def _group_card(group: PeerGroup, *, with_members: bool) -> GroupCard:
    return GroupCard(
        name=group.name,
        when=slot_label(group.slot),
        where=_("Online") if group.online else group.place,
        members=getattr(group, "member_count", None) if with_members else None,
    )


def _open_matches(user: User) -> list[Match]:
    return list(selectors.match_list_for_user(user=user).filter(queries.open_matches_q()))


@requires(Action.PROFILE_VIEW)
def home(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    if user.role == Role.COORDINATOR:
        return coordinator_home(request)
    if user.role == Role.BUDDY:
        groups = selectors.group_list_for_user(user=user)
        return render(
            request,
            "frontend/home/buddy.html",
            {
                "cards": [_survivor_card(match) for match in _open_matches(user)],
                "groups": [_group_card(group, with_members=True) for group in groups],
            },
        )
    if user.role == Role.SURVIVOR:
        groups = selectors.group_list_for_user(user=user)
        return render(
            request,
            "frontend/home/survivor.html",
            {
                "cards": [
                    BuddyCard(first_name=match.buddy.first_name, status=match.get_status_display())
                    for match in _open_matches(user)
                ],
                "groups": [_group_card(group, with_members=False) for group in groups],
            },
        )
    if user.role == Role.FACILITATOR:
        groups = selectors.group_list_for_user(user=user)
        return render(
            request,
            "frontend/home/facilitator.html",
            {"groups": [_group_card(group, with_members=True) for group in groups]},
        )
    organisations = selectors.organisation_list_for_user(user=user).count()
    return render(request, "frontend/home/admin.html", {"organisation_count": organisations})


@requires(Action.PROFILE_VIEW)
def profile(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    person: Survivor | Buddy | None = None
    if user.role == Role.SURVIVOR:
        person = queries.own_survivor_profile(user=user)
    elif user.role == Role.BUDDY:
        person = queries.own_buddy_profile(user=user)
    context = {
        "account": user,
        "person": person,
        "languages": [LANGUAGES.get(code, code) for code in person.languages] if person else [],
        "availability": [slot_label(slot) for slot in person.availability] if person else [],
        "interests": [interest.name for interest in person.interests.all()] if person else [],
        **account_security(user),
        **reminder_settings(user),
    }
    return render(request, "frontend/profile.html", context)
