"""Data subject rights, retention settings and the access log over the API."""

from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response

from aftercare import selectors
from aftercare.access_log import describe_all
from aftercare.api.base import ScopedApi
from aftercare.api.people import ConsentOutput
from aftercare.policies import Action
from aftercare.services import privacy


class ExportApi(ScopedApi):
    @extend_schema(responses=OpenApiTypes.OBJECT)
    def get(self, request: Request, survivor_id: int) -> Response:
        user = self.require(Action.SURVIVOR_EXPORT)
        survivor = selectors.survivor_get_for_user(user=user, survivor_id=survivor_id)
        data = privacy.survivor_export(actor=user, survivor=survivor)
        # A neutral file name: a downloads folder must not tell what the app is for.
        return Response(
            data,
            headers={"Content-Disposition": f'attachment; filename="export-{survivor.pk}.json"'},
        )


class EraseInput(serializers.Serializer[Any]):
    reason = serializers.ChoiceField(choices=[privacy.ErasureReason.REQUEST])
    confirm_pseudonym = serializers.CharField(max_length=60)


class EraseOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    pseudonym = serializers.CharField()
    erased_at = serializers.DateTimeField()


class EraseApi(ScopedApi):
    @extend_schema(request=EraseInput, responses=EraseOutput)
    def post(self, request: Request, survivor_id: int) -> Response:
        user = self.require(Action.SURVIVOR_ERASE)
        survivor = selectors.survivor_get_for_user(user=user, survivor_id=survivor_id)
        serializer = EraseInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        privacy.erasure_confirm(
            survivor=survivor, typed=serializer.validated_data["confirm_pseudonym"]
        )
        survivor = privacy.survivor_erase(
            actor=user, survivor=survivor, reason=serializer.validated_data["reason"]
        )
        return Response(EraseOutput(survivor).data)


class ConsentWithdrawApi(ScopedApi):
    @extend_schema(request=None, responses=ConsentOutput)
    def post(self, request: Request, consent_id: int) -> Response:
        user = self.require(Action.CONSENT_WITHDRAW)
        consent = selectors.consent_get_for_user(user=user, consent_id=consent_id)
        consent = privacy.consent_withdraw(actor=user, consent=consent)
        return Response(ConsentOutput(consent).data)


class RetentionSerializer(serializers.Serializer[Any]):
    message_retention_months = serializers.IntegerField(min_value=1, max_value=120)
    closed_case_retention_months = serializers.IntegerField(min_value=1, max_value=240)


class RetentionApi(ScopedApi):
    @extend_schema(responses=RetentionSerializer)
    def get(self, request: Request) -> Response:
        user = self.require(Action.RETENTION_MANAGE)
        return Response(RetentionSerializer(selectors.own_organisation(user=user)).data)

    @extend_schema(request=RetentionSerializer, responses=RetentionSerializer)
    def put(self, request: Request) -> Response:
        user = self.require(Action.RETENTION_MANAGE)
        serializer = RetentionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        organisation = privacy.retention_update(actor=user, **serializer.validated_data)
        return Response(RetentionSerializer(organisation).data)


class AccessLogOutput(serializers.Serializer[Any]):
    at = serializers.DateTimeField()
    role = serializers.CharField()
    action = serializers.CharField()
    record = serializers.CharField()
    sentence = serializers.CharField()


class OwnAccessLogApi(ScopedApi):
    @extend_schema(responses=AccessLogOutput(many=True))
    def get(self, request: Request) -> Response:
        user = self.require(Action.OWN_DATA_VIEW)
        entries = describe_all(selectors.own_access_log_for_user(user=user))
        return Response(AccessLogOutput(entries, many=True).data)


class SurvivorAccessLogApi(ScopedApi):
    @extend_schema(responses=AccessLogOutput(many=True))
    def get(self, request: Request, survivor_id: int) -> Response:
        user = self.require(Action.AUDIT_VIEW)
        survivor = selectors.survivor_get_for_user(user=user, survivor_id=survivor_id)
        entries = describe_all(selectors.survivor_access_log(survivor=survivor))
        return Response(AccessLogOutput(entries, many=True).data)
