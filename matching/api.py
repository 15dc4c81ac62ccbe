from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from aftercare.api.base import IdField, Pagination, ScopedApi
from aftercare.errors import Forbidden
from aftercare.models import User
from matching import selectors, services
from matching.models import Decision, MatchRun, RunKind
from matching.policies import Action, can


class MatchingApi(ScopedApi):
    def allow(self, action: Action) -> User:
        if not can(self.request.user, action):
            raise Forbidden()
        return self.user()


class RunOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    kind = serializers.CharField()
    status = serializers.CharField()
    progress = serializers.CharField()
    created_at = serializers.DateTimeField()
    finished_at = serializers.DateTimeField(allow_null=True)
    statistics = serializers.JSONField()
    error = serializers.CharField()
    survivors = serializers.SerializerMethodField()
    buddies = serializers.SerializerMethodField()

    def get_survivors(self, run: MatchRun) -> int:
        return len(run.input_snapshot.get("survivors", []))

    def get_buddies(self, run: MatchRun) -> int:
        return len(run.input_snapshot.get("buddies", []))


class UnmatchedOutput(serializers.Serializer[Any]):
    survivor_id = serializers.IntegerField()
    survivor = serializers.CharField()
    reasons = serializers.DictField(child=serializers.IntegerField())
    closest_buddy = serializers.CharField()
    closest_blocked_by = serializers.ListField(child=serializers.CharField())


class RunDetailOutput(RunOutput):
    unmatched = serializers.SerializerMethodField()

    @extend_schema(responses=UnmatchedOutput(many=True))
    def get_unmatched(self, run: MatchRun) -> list[dict[str, Any]]:
        return UnmatchedOutput(services.unmatched_explained(run), many=True).data  # type: ignore[return-value]


class RunInput(serializers.Serializer[Any]):
    weights = serializers.DictField(
        child=serializers.IntegerField(min_value=0, max_value=100), required=False
    )

    def validate_weights(self, value: dict[str, int]) -> dict[str, int]:
        known = {"interests", "languages", "overlap", "distance", "waiting", "lived_experience"}
        unknown = set(value) - known
        if unknown:
            raise serializers.ValidationError(f"Unknown weight: {', '.join(sorted(unknown))}")
        return value


class RunListApi(MatchingApi):
    pagination_class = Pagination

    @extend_schema(responses=RunOutput(many=True))
    def get(self, request: Request) -> Response:
        user = self.allow(Action.RUN_LIST)
        return self.paginated(request, selectors.run_list_for_user(user=user), RunOutput)

    @extend_schema(request=RunInput, responses={201: RunDetailOutput})
    def post(self, request: Request) -> Response:
        user = self.allow(Action.RUN_START)
        serializer = RunInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        run = services.run_start(actor=user, weights=serializer.validated_data.get("weights"))
        run.refresh_from_db()
        return Response(RunDetailOutput(run).data, status=status.HTTP_201_CREATED)


class RunDetailApi(MatchingApi):
    @extend_schema(responses=RunDetailOutput)
    def get(self, request: Request, run_id: int) -> Response:
        user = self.allow(Action.RUN_LIST)
        return Response(RunDetailOutput(selectors.run_get_for_user(user=user, run_id=run_id)).data)


class ProposalOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    run = serializers.IntegerField(source="run_id")
    survivor_id = serializers.IntegerField()
    survivor = serializers.CharField(source="survivor.pseudonym")
    buddy_id = serializers.IntegerField()
    buddy = serializers.CharField(source="buddy.first_name")
    score = serializers.IntegerField()
    breakdown = serializers.DictField(child=serializers.IntegerField())
    decision = serializers.CharField()
    reason = serializers.CharField()
    decided_at = serializers.DateTimeField(allow_null=True)


class ProposalListApi(MatchingApi):
    pagination_class = Pagination

    @extend_schema(responses=ProposalOutput(many=True))
    def get(self, request: Request) -> Response:
        user = self.allow(Action.RUN_LIST)
        queryset = selectors.proposal_list_for_user(user=user)
        if (run := request.query_params.get("run", "")).isdigit():
            queryset = queryset.filter(run_id=int(run))
        if (decision := request.query_params.get("decision")) in Decision.values:
            queryset = queryset.filter(decision=decision)
        return self.paginated(request, queryset, ProposalOutput)


class ProposalApproveApi(MatchingApi):
    @extend_schema(request=None, responses=ProposalOutput)
    def post(self, request: Request, proposal_id: int) -> Response:
        user = self.allow(Action.PROPOSAL_DECIDE)
        proposal = selectors.proposal_get_for_user(user=user, proposal_id=proposal_id)
        return Response(
            ProposalOutput(services.proposal_approve(actor=user, proposal=proposal)).data
        )


class RejectInput(serializers.Serializer[Any]):
    reason = serializers.CharField(max_length=200)


class ProposalRejectApi(MatchingApi):
    @extend_schema(request=RejectInput, responses=ProposalOutput)
    def post(self, request: Request, proposal_id: int) -> Response:
        user = self.allow(Action.PROPOSAL_DECIDE)
        proposal = selectors.proposal_get_for_user(user=user, proposal_id=proposal_id)
        serializer = RejectInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        proposal = services.proposal_reject(
            actor=user, proposal=proposal, reason=serializer.validated_data["reason"]
        )
        return Response(ProposalOutput(proposal).data)


class ApproveManyInput(serializers.Serializer[Any]):
    ids = serializers.ListField(child=IdField(), min_length=1, max_length=500)


class OutcomeOutput(serializers.Serializer[Any]):
    proposal_id = serializers.IntegerField()
    ok = serializers.BooleanField()
    code = serializers.CharField()
    message = serializers.CharField()


class ProposalApproveManyApi(MatchingApi):
    @extend_schema(
        request=ApproveManyInput,
        responses=OutcomeOutput(many=True),
        operation_id="v1_proposals_approve_many",
    )
    def post(self, request: Request) -> Response:
        user = self.allow(Action.PROPOSAL_DECIDE)
        serializer = ApproveManyInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        ids = serializer.validated_data["ids"]
        proposals = list(selectors.proposal_list_for_user(user=user).filter(pk__in=ids))
        outcomes = services.proposals_approve_many(actor=user, proposals=proposals)
        found = {p.pk for p in proposals}
        missing = [
            services.DecisionOutcome(i, False, "not_found", "Not found.")
            for i in ids
            if i not in found
        ]
        return Response(OutcomeOutput(outcomes + missing, many=True).data)


class RejectionOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    survivor_id = serializers.IntegerField()
    survivor = serializers.CharField(source="survivor.pseudonym")
    buddy_id = serializers.IntegerField()
    buddy = serializers.CharField(source="buddy.first_name")
    reason = serializers.CharField()
    rejected_at = serializers.DateTimeField()


class RejectionListApi(MatchingApi):
    pagination_class = Pagination

    @extend_schema(responses=RejectionOutput(many=True))
    def get(self, request: Request) -> Response:
        user = self.allow(Action.RUN_LIST)
        return self.paginated(
            request, selectors.rejection_list_for_user(user=user), RejectionOutput
        )


class RejectionClearApi(MatchingApi):
    @extend_schema(request=None, responses=RejectionOutput)
    def post(self, request: Request, rejection_id: int) -> Response:
        user = self.allow(Action.REJECTION_CLEAR)
        rejection = selectors.rejection_get_for_user(user=user, rejection_id=rejection_id)
        return Response(
            RejectionOutput(services.rejection_clear(actor=user, rejection=rejection)).data
        )


class PlacementOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    survivor_id = serializers.IntegerField()
    survivor = serializers.CharField(source="survivor.pseudonym")
    reasons = serializers.DictField(child=serializers.IntegerField())
    decision = serializers.CharField()
    reason = serializers.CharField()


class GroupProposalOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    key = serializers.CharField()
    group_id = serializers.IntegerField(allow_null=True)
    created_group_id = serializers.IntegerField(allow_null=True)
    new = serializers.BooleanField(source="is_new")
    slot = serializers.IntegerField()
    language = serializers.CharField()
    online = serializers.BooleanField()
    min_age = serializers.IntegerField(allow_null=True)
    max_age = serializers.IntegerField(allow_null=True)
    decision = serializers.CharField()
    placements = PlacementOutput(many=True)


class UnplacedOutput(serializers.Serializer[Any]):
    survivor_id = serializers.IntegerField()
    survivor = serializers.CharField()
    reasons = serializers.DictField(child=serializers.IntegerField())


class GroupRunDetailOutput(RunOutput):
    proposals = serializers.SerializerMethodField()
    unplaced = serializers.SerializerMethodField()

    @extend_schema_field(GroupProposalOutput(many=True))
    def get_proposals(self, run: MatchRun) -> Any:
        proposals = run.group_proposals.prefetch_related("placements__survivor")
        return GroupProposalOutput(proposals, many=True).data

    @extend_schema_field(UnplacedOutput(many=True))
    def get_unplaced(self, run: MatchRun) -> Any:
        return UnplacedOutput(services.unplaced_explained(run), many=True).data


class GroupRunListApi(MatchingApi):
    pagination_class = Pagination

    @extend_schema(responses=RunOutput(many=True))
    def get(self, request: Request) -> Response:
        user = self.allow(Action.RUN_LIST)
        runs = selectors.run_list_for_user(user=user).filter(kind=RunKind.GROUPS)
        return self.paginated(request, runs, RunOutput)

    @extend_schema(request=None, responses={201: GroupRunDetailOutput})
    def post(self, request: Request) -> Response:
        user = self.allow(Action.RUN_START)
        run = services.group_run_start(actor=user)
        return Response(GroupRunDetailOutput(run).data, status=status.HTTP_201_CREATED)


class GroupRunDetailApi(MatchingApi):
    @extend_schema(responses=GroupRunDetailOutput)
    def get(self, request: Request, run_id: int) -> Response:
        user = self.allow(Action.RUN_LIST)
        run = selectors.run_get_for_user(user=user, run_id=run_id)
        return Response(GroupRunDetailOutput(run).data)


class GroupProposalApproveApi(MatchingApi):
    @extend_schema(request=None, responses=GroupProposalOutput)
    def post(self, request: Request, proposal_id: int) -> Response:
        user = self.allow(Action.PROPOSAL_DECIDE)
        proposal = selectors.group_proposal_get_for_user(user=user, proposal_id=proposal_id)
        proposal = services.group_proposal_approve(actor=user, proposal=proposal)
        return Response(GroupProposalOutput(proposal).data)


class PlacementApproveApi(MatchingApi):
    @extend_schema(request=None, responses=PlacementOutput)
    def post(self, request: Request, placement_id: int) -> Response:
        user = self.allow(Action.PROPOSAL_DECIDE)
        placement = selectors.placement_get_for_user(user=user, placement_id=placement_id)
        return Response(
            PlacementOutput(services.placement_approve(actor=user, placement=placement)).data
        )


class PlacementRejectApi(MatchingApi):
    @extend_schema(request=RejectInput, responses=PlacementOutput)
    def post(self, request: Request, placement_id: int) -> Response:
        user = self.allow(Action.PROPOSAL_DECIDE)
        placement = selectors.placement_get_for_user(user=user, placement_id=placement_id)
        serializer = RejectInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        placement = services.placement_reject(
            actor=user, placement=placement, reason=serializer.validated_data["reason"]
        )
        return Response(PlacementOutput(placement).data)


class WeightsSerializer(serializers.Serializer[Any]):
    """Points each part of a pair's score can give (0–100); omitted parts keep their value."""

    interests = serializers.IntegerField(min_value=0, max_value=100, required=False)
    languages = serializers.IntegerField(min_value=0, max_value=100, required=False)
    overlap = serializers.IntegerField(min_value=0, max_value=100, required=False)
    distance = serializers.IntegerField(min_value=0, max_value=100, required=False)
    waiting = serializers.IntegerField(min_value=0, max_value=100, required=False)
    lived_experience = serializers.IntegerField(min_value=0, max_value=100, required=False)


class WeightsApi(MatchingApi):
    @extend_schema(responses=WeightsSerializer)
    def get(self, request: Request) -> Response:
        user = self.allow(Action.WEIGHTS_MANAGE)
        return Response(services.weights_for(organisation_id=user.organisation_id or -1))

    @extend_schema(request=WeightsSerializer, responses=WeightsSerializer)
    def put(self, request: Request) -> Response:
        user = self.allow(Action.WEIGHTS_MANAGE)
        serializer = WeightsSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        weights = services.weights_update(actor=user, values=dict(serializer.validated_data))
        return Response(weights.as_dict())
