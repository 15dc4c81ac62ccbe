from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from aftercare import selectors, services
from aftercare.api.base import Pagination, ScopedApi
from aftercare.choices import Role
from aftercare.models import Organisation
from aftercare.policies import Action


class MeOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    email = serializers.EmailField()
    display_name = serializers.CharField()
    role = serializers.CharField()
    organisation = serializers.CharField(source="organisation.name", default=None)
    language = serializers.CharField()


class MeApi(ScopedApi):
    @extend_schema(responses=MeOutput)
    def get(self, request: Request) -> Response:
        user = self.require(Action.PROFILE_VIEW)
        return Response(MeOutput(user).data)


class OrganisationOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    name = serializers.CharField()
    slug = serializers.CharField()
    vog_validity_days = serializers.IntegerField()


class OrganisationInput(serializers.Serializer[Any]):
    name = serializers.CharField(max_length=200)
    vog_validity_days = serializers.IntegerField(min_value=30, max_value=3650, required=False)


class OrganisationListApi(ScopedApi):
    pagination_class = Pagination

    @extend_schema(responses=OrganisationOutput(many=True))
    def get(self, request: Request) -> Response:
        user = self.require(Action.ORGANISATION_MANAGE)
        return self.paginated(
            request, selectors.organisation_list_for_user(user=user), OrganisationOutput
        )

    @extend_schema(request=OrganisationInput, responses={201: OrganisationOutput})
    def post(self, request: Request) -> Response:
        user = self.require(Action.ORGANISATION_MANAGE)
        serializer = OrganisationInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        organisation = services.organisation_create(actor=user, **serializer.validated_data)
        return Response(OrganisationOutput(organisation).data, status=status.HTTP_201_CREATED)


class AccountOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    email = serializers.EmailField()
    display_name = serializers.CharField()
    role = serializers.CharField()
    organisation = serializers.IntegerField(source="organisation_id", allow_null=True)
    is_active = serializers.BooleanField()


class AccountInput(serializers.Serializer[Any]):
    email = serializers.EmailField()
    role = serializers.ChoiceField(choices=Role.choices)
    display_name = serializers.CharField(max_length=100, required=False, allow_blank=True)
    organisation = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.all(), required=False, allow_null=True
    )


class AccountListApi(ScopedApi):
    pagination_class = Pagination

    @extend_schema(responses=AccountOutput(many=True))
    def get(self, request: Request) -> Response:
        user = self.require(Action.ACCOUNT_MANAGE)
        return self.paginated(request, selectors.account_list_for_user(user=user), AccountOutput)

    @extend_schema(request=AccountInput, responses={201: AccountOutput})
    def post(self, request: Request) -> Response:
        user = self.require(Action.ACCOUNT_MANAGE)
        serializer = AccountInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        account = services.account_create(actor=user, **serializer.validated_data)
        return Response(AccountOutput(account).data, status=status.HTTP_201_CREATED)


class AuditOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    at = serializers.DateTimeField()
    actor = serializers.CharField(source="actor.display_name", default=None)
    actor_role = serializers.CharField()
    action = serializers.CharField()
    object_type = serializers.CharField()
    object_id = serializers.CharField()
    changes = serializers.ListField(child=serializers.CharField())


class AuditListApi(ScopedApi):
    pagination_class = Pagination

    @extend_schema(responses=AuditOutput(many=True))
    def get(self, request: Request) -> Response:
        user = self.require(Action.AUDIT_VIEW)
        queryset = selectors.audit_list_for_user(user=user)
        for name in ("object_type", "object_id", "action"):
            if value := request.query_params.get(name):
                queryset = queryset.filter(**{name: value})
        return self.paginated(request, queryset, AuditOutput)
