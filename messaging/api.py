"""REST views of messaging: parse, check the role, scope the object, call one service, render."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from aftercare.api.base import Pagination, ScopedApi
from aftercare.errors import Forbidden
from aftercare.models import User
from messaging import selectors, services
from messaging.models import Message
from messaging.policies import Action, can


class MessagingApi(ScopedApi):
    def require_messaging(self, action: Action) -> User:
        # The same 403 shape as the core: the role table answers before any object lookup.
        if not can(self.request.user, action):
            raise Forbidden()
        return self.user()


class ConversationOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    kind = serializers.CharField()
    match = serializers.IntegerField(source="match_id", allow_null=True)
    group = serializers.IntegerField(source="group_id", allow_null=True)
    latest_seq = serializers.IntegerField(source="last_seq")
    paused = serializers.BooleanField()
    unread = serializers.IntegerField()


class MessageOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    conversation = serializers.IntegerField(source="conversation_id")
    seq = serializers.IntegerField()
    client_id = serializers.UUIDField()
    sender = serializers.IntegerField(source="sender_id")
    sender_name = serializers.SerializerMethodField()
    body = serializers.CharField()
    status = serializers.CharField()
    created_at = serializers.DateTimeField()

    def get_sender_name(self, message: Message) -> str:
        return selectors.display_name(message.sender)


class ReviewedMessageOutput(MessageOutput):
    """What a coordinator sees: why the filter decided, and who reviewed it."""

    action = serializers.CharField()
    urgent = serializers.BooleanField()
    reasons = serializers.JSONField()
    reviewed_by = serializers.IntegerField(source="reviewed_by_id", allow_null=True)
    reviewed_at = serializers.DateTimeField(allow_null=True)
    review_note = serializers.CharField()


class QueueItemOutput(ReviewedMessageOutput):
    before = serializers.SerializerMethodField()

    def get_before(self, message: Message) -> list[dict[str, Any]]:
        rows = self.context["around"].get(message.pk, [])
        return [dict(MessageOutput(row).data) for row in rows]


class AlertOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    kind = serializers.CharField()
    conversation = serializers.IntegerField(source="conversation_id")
    message = serializers.IntegerField(source="message_id", allow_null=True)
    note = serializers.CharField()
    created_at = serializers.DateTimeField()
    acknowledged_by = serializers.IntegerField(source="acknowledged_by_id", allow_null=True)
    acknowledged_at = serializers.DateTimeField(allow_null=True)


class ConversationListApi(MessagingApi):
    pagination_class = Pagination

    @extend_schema(responses=ConversationOutput(many=True))
    def get(self, request: Request) -> Response:
        user = self.require_messaging(Action.CONVERSATION_LIST)
        services.conversations_open_for_participant(user=user)
        return self.paginated(
            request, selectors.conversation_list_for_user(user=user), ConversationOutput
        )


class SendInput(serializers.Serializer[Any]):
    client_id = serializers.UUIDField()
    body = serializers.CharField(max_length=services.MAX_BODY, trim_whitespace=True)


class HistoryInput(serializers.Serializer[Any]):
    after = serializers.IntegerField(min_value=0, default=0)


class MessagePagination(Pagination):
    """A page of messages also tells the conversation's latest sequence number."""

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        paged = super().get_paginated_response_schema(schema)
        paged["properties"]["latest_seq"] = {"type": "integer"}
        paged["required"] = [*paged.get("required", []), "latest_seq"]
        return paged


class ConversationMessagesApi(MessagingApi):
    pagination_class = MessagePagination

    @extend_schema(parameters=[HistoryInput], responses=MessageOutput(many=True))
    def get(self, request: Request, conversation_id: int) -> Response:
        user = self.require_messaging(Action.MESSAGE_LIST)
        conversation, access = selectors.conversation_get_for_user(
            user=user, conversation_id=conversation_id
        )
        params = HistoryInput(data=request.query_params)
        params.is_valid(raise_exception=True)
        messages = selectors.message_list_for_user(
            user=user,
            conversation=conversation,
            access=access,
            after=params.validated_data["after"],
        )
        output = ReviewedMessageOutput if access.moderate else MessageOutput
        paginator = MessagePagination()
        page = paginator.paginate_queryset(messages, request, view=self)
        assert page is not None
        response = paginator.get_paginated_response(output(page, many=True).data)
        # Clients treat a gap below latest_seq as messages they may not (yet) see.
        response.data["latest_seq"] = conversation.last_seq
        return response

    @extend_schema(request=SendInput, responses={201: MessageOutput, 200: MessageOutput})
    def post(self, request: Request, conversation_id: int) -> Response:
        user = self.require_messaging(Action.MESSAGE_SEND)
        conversation, access = selectors.conversation_get_for_user(
            user=user, conversation_id=conversation_id
        )
        data = SendInput(data=request.data)
        data.is_valid(raise_exception=True)
        result = services.message_send(
            sender=user,
            conversation=conversation,
            access=access,
            client_id=data.validated_data["client_id"],
            body=data.validated_data["body"],
        )
        code = status.HTTP_201_CREATED if result.created else status.HTTP_200_OK
        return Response(MessageOutput(result.message).data, status=code)


class ReadInput(serializers.Serializer[Any]):
    seq = serializers.IntegerField(min_value=0)


class ConversationReadApi(MessagingApi):
    @extend_schema(request=ReadInput, responses=ReadInput)
    def post(self, request: Request, conversation_id: int) -> Response:
        user = self.require_messaging(Action.READ_MARK)
        conversation, _ = selectors.conversation_get_for_user(
            user=user, conversation_id=conversation_id
        )
        data = ReadInput(data=request.data)
        data.is_valid(raise_exception=True)
        marker = services.read_mark(
            user=user, conversation=conversation, seq=data.validated_data["seq"]
        )
        return Response({"seq": marker.seq})


class ConversationBlockApi(MessagingApi):
    @extend_schema(request=None, responses=ConversationOutput)
    def post(self, request: Request, conversation_id: int) -> Response:
        user = self.require_messaging(Action.CONVERSATION_BLOCK)
        conversation, _ = selectors.conversation_get_for_user(
            user=user, conversation_id=conversation_id
        )
        conversation = services.conversation_block(actor=user, conversation=conversation)
        return Response({"id": conversation.pk, "paused": conversation.paused})


class PauseInput(serializers.Serializer[Any]):
    paused = serializers.BooleanField(default=True)


class ConversationPauseApi(MessagingApi):
    @extend_schema(request=PauseInput, responses=PauseInput)
    def post(self, request: Request, conversation_id: int) -> Response:
        user = self.require_messaging(Action.CONVERSATION_PAUSE)
        conversation, _ = selectors.conversation_get_for_user(
            user=user, conversation_id=conversation_id
        )
        data = PauseInput(data=request.data)
        data.is_valid(raise_exception=True)
        conversation = services.conversation_pause(
            actor=user, conversation=conversation, paused=data.validated_data["paused"]
        )
        return Response({"id": conversation.pk, "paused": conversation.paused})


class NoteInput(serializers.Serializer[Any]):
    note = serializers.CharField(max_length=500, required=False, default="", allow_blank=True)


class MessageReportApi(MessagingApi):
    @extend_schema(request=NoteInput, responses={201: AlertOutput})
    def post(self, request: Request, message_id: int) -> Response:
        user = self.require_messaging(Action.MESSAGE_REPORT)
        message, _ = selectors.message_get_for_user(user=user, message_id=message_id)
        data = NoteInput(data=request.data)
        data.is_valid(raise_exception=True)
        alert = services.message_report(
            actor=user, message=message, note=data.validated_data["note"]
        )
        # A reporter learns that it was received, not what a coordinator will see.
        return Response({"id": alert.pk}, status=status.HTTP_201_CREATED)


class ModerationQueueApi(MessagingApi):
    pagination_class = Pagination

    @extend_schema(responses=QueueItemOutput(many=True))
    def get(self, request: Request) -> Response:
        user = self.require_messaging(Action.MODERATION_QUEUE)
        paginator = Pagination()
        page = paginator.paginate_queryset(
            selectors.moderation_queue_for_user(user=user), request, view=self
        )
        assert page is not None
        around = selectors.context_for(list(page))
        data = QueueItemOutput(page, many=True, context={"around": around}).data
        return paginator.get_paginated_response(data)


class _ReviewApi(MessagingApi):
    decision = "release"

    @extend_schema(request=NoteInput, responses=ReviewedMessageOutput)
    def post(self, request: Request, message_id: int) -> Response:
        user = self.require_messaging(Action.MESSAGE_REVIEW)
        message, _ = selectors.message_get_for_user(user=user, message_id=message_id)
        data = NoteInput(data=request.data)
        data.is_valid(raise_exception=True)
        review = services.message_release if self.decision == "release" else services.message_reject
        message = review(actor=user, message=message, note=data.validated_data["note"])
        return Response(ReviewedMessageOutput(message).data)


class MessageReleaseApi(_ReviewApi):
    decision = "release"


class MessageRejectApi(_ReviewApi):
    decision = "reject"


class AlertListApi(MessagingApi):
    pagination_class = Pagination

    @extend_schema(responses=AlertOutput(many=True))
    def get(self, request: Request) -> Response:
        user = self.require_messaging(Action.ALERT_LIST)
        return self.paginated(request, selectors.alert_list_for_user(user=user), AlertOutput)


class AlertAcknowledgeApi(MessagingApi):
    @extend_schema(request=None, responses=AlertOutput)
    def post(self, request: Request, alert_id: int) -> Response:
        user = self.require_messaging(Action.ALERT_ACKNOWLEDGE)
        alert = selectors.alert_get_for_user(user=user, alert_id=alert_id)
        alert = services.alert_acknowledge(actor=user, alert=alert)
        return Response(AlertOutput(alert).data)
