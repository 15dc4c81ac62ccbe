from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from aftercare import selectors, services
from aftercare.api.base import Pagination, ScopedApi
from aftercare.choices import Role
from aftercare.models import Match, MatchStatus, PeerGroup, User
from aftercare.models.people import age_band
from aftercare.models.relations import CloseReason
from aftercare.policies import Action


class SurvivorSummary(serializers.Serializer[Any]):
    """What a buddy may know of her survivor: never an address, case details or safety notes."""

    pseudonym = serializers.CharField()
    age_band = serializers.SerializerMethodField()
    interests = serializers.SerializerMethodField()
    availability = serializers.ListField(child=serializers.IntegerField())

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_interests(self, survivor: Any) -> list[str]:
        return [interest.name for interest in survivor.interests.all()]

    def get_age_band(self, survivor: Any) -> str:
        return age_band(survivor.age)


class BuddySummary(serializers.Serializer[Any]):
    first_name = serializers.CharField()
    availability = serializers.ListField(child=serializers.IntegerField())


class MatchOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    status = serializers.CharField()
    started_on = serializers.DateField(allow_null=True)
    ended_on = serializers.DateField(allow_null=True)
    survivor = SurvivorSummary()
    buddy = BuddySummary()


class MatchCoordinatorOutput(MatchOutput):
    """What a coordinator gets; a buddy or survivor gets `MatchOutput`, so the schema shows the
    coordinator's fields as optional (one schema for both, as the route is the same)."""

    survivor_id = serializers.IntegerField(required=False)
    buddy_id = serializers.IntegerField(required=False)
    close_reason = serializers.CharField(required=False)
    closing_evaluation = serializers.CharField(required=False)
    created_at = serializers.DateTimeField(required=False)


def match_output(user: User) -> type[MatchOutput]:
    return MatchCoordinatorOutput if user.role == Role.COORDINATOR else MatchOutput


class MatchInput(serializers.Serializer[Any]):
    survivor = serializers.IntegerField()
    buddy = serializers.IntegerField()


class MatchListApi(ScopedApi):
    pagination_class = Pagination

    @extend_schema(responses=MatchCoordinatorOutput(many=True))
    def get(self, request: Request) -> Response:
        user = self.require(Action.MATCH_LIST)
        queryset = selectors.match_list_for_user(user=user)
        wanted = request.query_params.get("status")
        if wanted in MatchStatus.values:
            queryset = queryset.filter(status=wanted)
        return self.paginated(request, queryset, match_output(user))

    @extend_schema(request=MatchInput, responses={201: MatchCoordinatorOutput})
    def post(self, request: Request) -> Response:
        user = self.require(Action.MATCH_CREATE)
        serializer = MatchInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        survivor = selectors.survivor_get_for_user(
            user=user, survivor_id=serializer.validated_data["survivor"]
        )
        buddy = selectors.buddy_get_for_user(user=user, buddy_id=serializer.validated_data["buddy"])
        match = services.match_create(actor=user, survivor=survivor, buddy=buddy)
        return Response(MatchCoordinatorOutput(match).data, status=status.HTTP_201_CREATED)


class MatchDetailApi(ScopedApi):
    @extend_schema(responses=MatchCoordinatorOutput)
    def get(self, request: Request, match_id: int) -> Response:
        user = self.require(Action.MATCH_LIST)
        match = selectors.match_get_for_user(user=user, match_id=match_id)
        return Response(match_output(user)(match).data)


class MatchTransitionInput(serializers.Serializer[Any]):
    status = serializers.ChoiceField(choices=MatchStatus.choices)
    reason = serializers.CharField(max_length=200, required=False, allow_blank=True)
    close_reason = serializers.ChoiceField(choices=CloseReason.choices, required=False)
    closing_evaluation = serializers.CharField(required=False, allow_blank=True)


class MatchTransitionApi(ScopedApi):
    @extend_schema(request=MatchTransitionInput, responses=MatchCoordinatorOutput)
    def post(self, request: Request, match_id: int) -> Response:
        user = self.require(Action.MATCH_CHANGE)
        match: Match = selectors.match_get_for_user(user=user, match_id=match_id)
        serializer = MatchTransitionInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        match = services.match_transition(
            actor=user,
            match=match,
            to_status=data["status"],
            reason=data.get("reason", ""),
            close_reason=data.get("close_reason", ""),
            closing_evaluation=data.get("closing_evaluation", ""),
        )
        return Response(MatchCoordinatorOutput(match).data)


class GroupOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    name = serializers.CharField()
    facilitator = serializers.CharField(
        source="facilitator.display_name", default=None, allow_null=True
    )
    slot = serializers.IntegerField()
    language = serializers.CharField()
    min_size = serializers.IntegerField()
    max_size = serializers.IntegerField()
    online = serializers.BooleanField()
    place = serializers.CharField()
    status = serializers.CharField()
    member_count = serializers.IntegerField()


class GroupInput(serializers.Serializer[Any]):
    name = serializers.CharField(max_length=100)
    facilitator = serializers.IntegerField(required=False, allow_null=True)
    slot = serializers.IntegerField(min_value=0, max_value=20)
    language = serializers.CharField(max_length=5, required=False)
    min_size = serializers.IntegerField(min_value=2, max_value=12, required=False)
    max_size = serializers.IntegerField(min_value=2, max_value=12, required=False)
    online = serializers.BooleanField(required=False)
    place = serializers.CharField(max_length=100, required=False, allow_blank=True)


class GroupListApi(ScopedApi):
    pagination_class = Pagination

    @extend_schema(responses=GroupOutput(many=True))
    def get(self, request: Request) -> Response:
        user = self.require(Action.GROUP_LIST)
        return self.paginated(request, selectors.group_list_for_user(user=user), GroupOutput)

    @extend_schema(request=GroupInput, responses={201: GroupOutput})
    def post(self, request: Request) -> Response:
        user = self.require(Action.GROUP_CREATE)
        serializer = GroupInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        fields = dict(serializer.validated_data)
        facilitator_id = fields.pop("facilitator", None)
        facilitator: User | None = None
        if facilitator_id is not None:
            facilitator = (
                selectors.account_list_for_user(user=user).filter(pk=facilitator_id).first()
            )
            if facilitator is None:
                raise serializers.ValidationError({"facilitator": ["Unknown facilitator."]})
        group = services.group_create(actor=user, facilitator=facilitator, **fields)
        group = selectors.group_get_for_user(user=user, group_id=group.pk)
        return Response(GroupOutput(group).data, status=status.HTTP_201_CREATED)


class GroupDetailApi(ScopedApi):
    @extend_schema(responses=GroupOutput)
    def get(self, request: Request, group_id: int) -> Response:
        user = self.require(Action.GROUP_LIST)
        group: PeerGroup = selectors.group_get_for_user(user=user, group_id=group_id)
        return Response(GroupOutput(group).data)


class MemberInput(serializers.Serializer[Any]):
    survivor = serializers.IntegerField()


class MemberOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    survivor = serializers.IntegerField(source="survivor_id")
    status = serializers.CharField()
    joined_at = serializers.DateTimeField()


class GroupMembersApi(ScopedApi):
    @extend_schema(request=MemberInput, responses={201: MemberOutput})
    def post(self, request: Request, group_id: int) -> Response:
        user = self.require(Action.GROUP_CHANGE)
        group = selectors.group_get_for_user(user=user, group_id=group_id)
        serializer = MemberInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        survivor = selectors.survivor_get_for_user(
            user=user, survivor_id=serializer.validated_data["survivor"]
        )
        membership = services.membership_add(actor=user, group=group, survivor=survivor)
        return Response(MemberOutput(membership).data, status=status.HTTP_201_CREATED)
