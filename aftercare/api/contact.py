from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.http import HttpResponse
from django.utils import timezone
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response

from aftercare import selectors
from aftercare.api.base import IdField, Pagination, ScopedApi
from aftercare.dashboard import dashboard_for
from aftercare.errors import Forbidden, NotFound
from aftercare.models import (
    AttendanceStatus,
    CadencePolicy,
    CalendarFeed,
    ContactKind,
    ContactReport,
    Organisation,
    User,
)
from aftercare.policies import Action
from aftercare.services import contact, preferences


class ReportOutput(serializers.Serializer[Any]):
    happened = serializers.BooleanField()
    duration_minutes = serializers.IntegerField(allow_null=True)
    rating = serializers.IntegerField(allow_null=True)
    note = serializers.CharField()
    worried = serializers.BooleanField()
    reported_at = serializers.DateTimeField()


class MomentOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    match = serializers.IntegerField(source="match_id", allow_null=True)
    group = serializers.IntegerField(source="group_id", allow_null=True)
    kind = serializers.CharField()
    check_in_with = serializers.CharField()
    starts_at = serializers.DateTimeField()
    duration_minutes = serializers.IntegerField()
    place = serializers.CharField()
    online = serializers.BooleanField()
    status = serializers.CharField()
    # Set while someone has asked for another time; cleared when the moment moves.
    other_time_requested_at = serializers.DateTimeField(allow_null=True)
    series = serializers.IntegerField(source="series_id", allow_null=True)
    report = serializers.SerializerMethodField()

    @extend_schema_field(ReportOutput(allow_null=True))
    def get_report(self, moment: Any) -> dict[str, Any] | None:
        try:
            report = moment.report
        except ContactReport.DoesNotExist:
            return None
        return ReportOutput(report).data


class MomentInput(serializers.Serializer[Any]):
    match = serializers.IntegerField(required=False)
    group = serializers.IntegerField(required=False)
    kind = serializers.ChoiceField(choices=ContactKind.choices)
    check_in_with = serializers.ChoiceField(choices=["buddy", "survivor"], required=False)
    starts_at = serializers.DateTimeField()
    duration_minutes = serializers.IntegerField(min_value=5, max_value=600, required=False)
    place = serializers.CharField(max_length=100, required=False, allow_blank=True)
    online = serializers.BooleanField(required=False)
    recurrence = serializers.CharField(max_length=200, required=False, allow_blank=True)


class MomentListApi(ScopedApi):
    pagination_class = Pagination

    @extend_schema(responses=MomentOutput(many=True))
    def get(self, request: Request) -> Response:
        user = self.require(Action.CONTACT_LIST)
        queryset = selectors.contact_moment_list_for_user(user=user)
        if request.query_params.get("upcoming"):
            queryset = queryset.filter(starts_at__gte=timezone.now())
        if (match := request.query_params.get("match", "")).isdigit():
            queryset = queryset.filter(match_id=int(match))
        return self.paginated(request, queryset, MomentOutput)

    @extend_schema(request=MomentInput, responses={201: MomentOutput(many=True)})
    def post(self, request: Request) -> Response:
        user = self.require(Action.CONTACT_PLAN)
        serializer = MomentInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        match = group = None
        if (match_id := data.pop("match", None)) is not None:
            match = selectors.match_get_for_user(user=user, match_id=match_id)
        if (group_id := data.pop("group", None)) is not None:
            group = selectors.group_get_for_user(user=user, group_id=group_id)
        moments = contact.contact_plan(actor=user, match=match, group=group, **data)
        return Response(MomentOutput(moments, many=True).data, status=status.HTTP_201_CREATED)


class MomentDetailApi(ScopedApi):
    @extend_schema(responses=MomentOutput)
    def get(self, request: Request, moment_id: int) -> Response:
        user = self.require(Action.CONTACT_LIST)
        return Response(
            MomentOutput(selectors.contact_moment_get_for_user(user=user, moment_id=moment_id)).data
        )


class MomentConfirmApi(ScopedApi):
    @extend_schema(request=None, responses=MomentOutput)
    def post(self, request: Request, moment_id: int) -> Response:
        user = self.require(Action.CONTACT_LIST)
        moment = selectors.contact_moment_get_for_user(user=user, moment_id=moment_id)
        return Response(MomentOutput(contact.contact_confirm(actor=user, moment=moment)).data)


class MomentOtherTimeApi(ScopedApi):
    @extend_schema(request=None, responses=MomentOutput)
    def post(self, request: Request, moment_id: int) -> Response:
        user = self.require(Action.CONTACT_LIST)
        moment = selectors.contact_moment_get_for_user(user=user, moment_id=moment_id)
        return Response(
            MomentOutput(contact.contact_request_other_time(actor=user, moment=moment)).data
        )


class MoveInput(serializers.Serializer[Any]):
    starts_at = serializers.DateTimeField()


class MomentMoveApi(ScopedApi):
    @extend_schema(request=MoveInput, responses=MomentOutput)
    def post(self, request: Request, moment_id: int) -> Response:
        user = self.require(Action.CONTACT_LIST)
        moment = selectors.contact_moment_get_for_user(user=user, moment_id=moment_id)
        serializer = MoveInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        moved = contact.contact_move(
            actor=user, moment=moment, starts_at=serializer.validated_data["starts_at"]
        )
        return Response(MomentOutput(moved).data)


class MomentCancelApi(ScopedApi):
    @extend_schema(request=None, responses=MomentOutput)
    def post(self, request: Request, moment_id: int) -> Response:
        user = self.require(Action.CONTACT_LIST)
        moment = selectors.contact_moment_get_for_user(user=user, moment_id=moment_id)
        return Response(MomentOutput(contact.contact_cancel(actor=user, moment=moment)).data)


class AttendanceInput(serializers.Serializer[Any]):
    survivor = serializers.IntegerField()
    status = serializers.ChoiceField(choices=AttendanceStatus.choices)


class ReportInput(serializers.Serializer[Any]):
    happened = serializers.BooleanField()
    duration_minutes = serializers.IntegerField(
        min_value=0, max_value=600, required=False, allow_null=True
    )
    rating = serializers.IntegerField(min_value=1, max_value=5, required=False, allow_null=True)
    note = serializers.CharField(max_length=2000, required=False, allow_blank=True)
    worried = serializers.BooleanField(required=False)
    # Group sessions only: one row per member.
    attendance = AttendanceInput(many=True, required=False)


class MomentReportApi(ScopedApi):
    @extend_schema(request=ReportInput, responses={201: ReportOutput})
    def post(self, request: Request, moment_id: int) -> Response:
        user = self.require(Action.CONTACT_LIST)
        moment = selectors.contact_moment_get_for_user(user=user, moment_id=moment_id)
        serializer = ReportInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        attendance = [(row["survivor"], row["status"]) for row in data.pop("attendance", [])]
        report = contact.contact_report(actor=user, moment=moment, attendance=attendance, **data)
        return Response(ReportOutput(report).data, status=status.HTTP_201_CREATED)


class MomentIcsApi(ScopedApi):
    @extend_schema(responses={(200, "text/calendar"): bytes})
    def get(self, request: Request, moment_id: int) -> HttpResponse:
        user = self.require(Action.CONTACT_LIST)
        moment = selectors.contact_moment_get_for_user(user=user, moment_id=moment_id)
        response = HttpResponse(
            contact.ics_for([moment]), content_type="text/calendar; charset=utf-8"
        )
        response["Content-Disposition"] = 'attachment; filename="afspraak.ics"'
        return response


class FeedOutput(serializers.Serializer[Any]):
    url = serializers.SerializerMethodField()
    created_at = serializers.DateTimeField()

    def get_url(self, feed: CalendarFeed) -> str:
        url: str = self.context["request"].build_absolute_uri(f"/api/v1/calendar/{feed.token}.ics")
        return url


class CalendarFeedApi(ScopedApi):
    """The caller's own secret feed: POST makes a new one (revoking the old), DELETE revokes."""

    @extend_schema(request=None, responses={201: FeedOutput})
    def post(self, request: Request) -> Response:
        user = self.require(Action.CONTACT_LIST)
        feed = contact.calendar_feed_create(actor=user)
        return Response(
            FeedOutput(feed, context={"request": request}).data, status=status.HTTP_201_CREATED
        )

    @extend_schema(request=None, responses={204: None})
    def delete(self, request: Request) -> Response:
        user = self.require(Action.CONTACT_LIST)
        contact.calendar_feed_revoke(actor=user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class CalendarFeedIcsApi(ScopedApi):
    # A calendar app fetches this without a session: the unguessable token is the key.
    permission_classes = [AllowAny]
    authentication_classes: list[Any] = []

    @extend_schema(responses={(200, "text/calendar"): bytes})
    def get(self, request: Request, token: str) -> HttpResponse:
        feed = (
            CalendarFeed.objects.select_related("user")
            .filter(token=token, revoked_at__isnull=True)
            .first()
        )
        if feed is None or not feed.user.is_active:
            raise NotFound()
        moments = selectors.agenda_for_user(user=feed.user).filter(
            starts_at__gte=timezone.now() - timedelta(days=30)
        )
        return HttpResponse(contact.ics_for(moments), content_type="text/calendar; charset=utf-8")


class NotificationOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    text = serializers.CharField()
    created_at = serializers.DateTimeField()
    read_at = serializers.DateTimeField(allow_null=True)


class NotificationListApi(ScopedApi):
    pagination_class = Pagination

    @extend_schema(responses=NotificationOutput(many=True))
    def get(self, request: Request) -> Response:
        user = self.require(Action.PROFILE_VIEW)
        return self.paginated(
            request, selectors.notification_list_for_user(user=user), NotificationOutput
        )


class NotificationReadInput(serializers.Serializer[Any]):
    ids = serializers.ListField(child=IdField(), required=False, max_length=500)


class NotificationReadOutput(serializers.Serializer[Any]):
    marked = serializers.IntegerField()


class NotificationReadApi(ScopedApi):
    """Mark her notifications read: the ids given, or all of them."""

    @extend_schema(request=NotificationReadInput, responses=NotificationReadOutput)
    def post(self, request: Request) -> Response:
        user = self.require(Action.PROFILE_VIEW)
        serializer = NotificationReadInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        marked = contact.notifications_mark_read(
            user=user, ids=serializer.validated_data.get("ids")
        )
        return Response({"marked": marked})


class DashboardOutput(serializers.Serializer[Any]):
    overdue_reports = serializers.ListField(child=serializers.DictField())
    quiet_matches = serializers.ListField(child=serializers.DictField())
    missing_check_ins = serializers.ListField(child=serializers.DictField())
    vog_expiring = serializers.ListField(child=serializers.DictField())
    worries = serializers.ListField(child=serializers.DictField())


class DashboardApi(ScopedApi):
    @extend_schema(responses=DashboardOutput)
    def get(self, request: Request) -> Response:
        user = self.require(Action.DASHBOARD_VIEW)
        if user.organisation is None:
            raise Forbidden()
        board = dashboard_for(organisation=user.organisation)
        return Response({name: rows for name, rows in vars(board).items()})


class WorryAcknowledgeApi(ScopedApi):
    @extend_schema(request=None, responses=ReportOutput)
    def post(self, request: Request, report_id: int) -> Response:
        user = self.require(Action.DASHBOARD_VIEW)
        report = ContactReport.objects.filter(
            pk=report_id, moment__organisation_id=selectors.tenant_id(user)
        ).first()
        if report is None:
            raise NotFound()
        return Response(ReportOutput(contact.worry_acknowledge(actor=user, report=report)).data)


class CadenceIO(serializers.Serializer[Any]):
    """The organisation's rules; bounds are checked by the model (the same as on the page)."""

    intensive_weeks = serializers.IntegerField(min_value=0)
    intensive_interval_days = serializers.IntegerField(min_value=0)
    regular_interval_days = serializers.IntegerField(min_value=0)
    first_month_check_ins = serializers.IntegerField(min_value=0)
    check_in_interval_days = serializers.IntegerField(min_value=0)


class CadencePolicyApi(ScopedApi):
    def _organisation(self) -> tuple[User, Organisation]:
        user = self.require(Action.CADENCE_CHANGE)
        if user.organisation is None:
            raise Forbidden()
        return user, user.organisation

    @extend_schema(responses=CadenceIO)
    def get(self, request: Request) -> Response:
        _user, organisation = self._organisation()
        policy = CadencePolicy.objects.filter(organisation=organisation).first()
        return Response(CadenceIO(policy or CadencePolicy(organisation=organisation)).data)

    @extend_schema(request=CadenceIO, responses=CadenceIO)
    def put(self, request: Request) -> Response:
        user, organisation = self._organisation()
        serializer = CadenceIO(data=request.data)
        serializer.is_valid(raise_exception=True)
        policy = preferences.cadence_policy_update(
            actor=user, organisation=organisation, **serializer.validated_data
        )
        return Response(CadenceIO(policy).data)


class ReminderPreferenceIO(serializers.Serializer[Any]):
    email_reminders = serializers.BooleanField()


class ReminderPreferenceApi(ScopedApi):
    """The caller's own choice of reminders by e-mail."""

    @extend_schema(responses=ReminderPreferenceIO)
    def get(self, request: Request) -> Response:
        user = self.require(Action.PROFILE_VIEW)
        return Response(ReminderPreferenceIO(user).data)

    @extend_schema(request=ReminderPreferenceIO, responses=ReminderPreferenceIO)
    def put(self, request: Request) -> Response:
        user = self.require(Action.PROFILE_VIEW)
        serializer = ReminderPreferenceIO(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = preferences.email_reminders_set(
            actor=user, enabled=serializer.validated_data["email_reminders"]
        )
        return Response(ReminderPreferenceIO(user).data)
