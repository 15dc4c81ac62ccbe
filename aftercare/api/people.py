from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from aftercare import selectors, services
from aftercare.api.base import (
    GendersField,
    LanguagesField,
    Pagination,
    ScopedApi,
    SlotsField,
)
from aftercare.models import Buddy, BuddyStatus, Interest, Survivor, SurvivorStatus
from aftercare.models.safety import ConsentScope, ContactBanKind
from aftercare.policies import Action
from aftercare.validators import validate_not_future, validate_postcode_area


@extend_schema_field(OpenApiTypes.STR)
class InterestsField(serializers.SlugRelatedField[Interest]):
    """Interests by name, limited to the requesting coordinator's organisation."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(slug_field="name", many=False, **kwargs)

    def get_queryset(self) -> QuerySet[Interest]:
        request = self.context["request"]
        return Interest.objects.filter(organisation_id=request.user.organisation_id)

    def to_internal_value(self, data: Any) -> Interest:
        # PostgreSQL cannot compare text with a NUL byte (a 500): no interest is named so.
        if isinstance(data, str) and "\x00" in data:
            self.fail("does_not_exist", slug_name=self.slug_field, value=data.replace("\x00", ""))
        return super().to_internal_value(data)


class PersonInput(serializers.Serializer[Any]):
    date_of_birth = serializers.DateField(validators=[validate_not_future])
    gender = serializers.ChoiceField(choices=Survivor._meta.get_field("gender").choices)  # type: ignore[arg-type]
    languages = LanguagesField(min_length=1)
    availability = SlotsField(required=False)
    interests = serializers.ListField(child=InterestsField(), required=False)
    municipality = serializers.CharField(max_length=100)
    postcode_area = serializers.CharField(
        max_length=4, required=False, allow_blank=True, validators=[validate_postcode_area]
    )
    latitude = serializers.FloatField(min_value=50, max_value=54, required=False)
    longitude = serializers.FloatField(min_value=3, max_value=7.5, required=False)
    max_km = serializers.IntegerField(min_value=1, max_value=200, required=False)


class SurvivorInput(PersonInput):
    pseudonym = serializers.CharField(max_length=60)
    buddy_genders = GendersField(required=False)
    wants_lived_experience = serializers.BooleanField(required=False)
    wants_peer_group = serializers.BooleanField(required=False)
    needs = serializers.CharField(required=False, allow_blank=True)
    case_reference = serializers.CharField(max_length=40, required=False, allow_blank=True)
    status = serializers.ChoiceField(choices=SurvivorStatus.choices, required=False)


class SurvivorOutput(serializers.ModelSerializer[Survivor]):
    interests: serializers.SlugRelatedField[Interest] = serializers.SlugRelatedField(
        slug_field="name", many=True, read_only=True
    )
    age = serializers.IntegerField(read_only=True)

    class Meta:
        model = Survivor
        fields = [
            "id",
            "pseudonym",
            "date_of_birth",
            "age",
            "gender",
            "languages",
            "interests",
            "availability",
            "municipality",
            "postcode_area",
            "latitude",
            "longitude",
            "max_km",
            "buddy_genders",
            "wants_lived_experience",
            "wants_peer_group",
            "needs",
            "case_reference",
            "status",
            "waiting_since",
            "created_at",
            "updated_at",
        ]


class SurvivorFilter(django_filters.FilterSet):  # type: ignore[misc]
    status = django_filters.ChoiceFilter(choices=SurvivorStatus.choices)
    municipality = django_filters.CharFilter(lookup_expr="iexact")
    q = django_filters.CharFilter(field_name="pseudonym", lookup_expr="icontains")
    language = django_filters.CharFilter(method="filter_language")

    class Meta:
        model = Survivor
        fields = ["status", "municipality", "wants_peer_group"]

    def filter_language(
        self, queryset: QuerySet[Survivor], name: str, value: str
    ) -> QuerySet[Survivor]:
        # JSON containment is not portable to SQLite; a quoted match on the list is.
        return queryset.filter(languages__icontains=f'"{value}"')


def _split(data: dict[str, Any]) -> tuple[list[Interest] | None, dict[str, Any]]:
    fields = dict(data)
    interests = fields.pop("interests", None)
    return interests, fields


class SurvivorListApi(ScopedApi):
    pagination_class = Pagination

    @extend_schema(responses=SurvivorOutput(many=True))
    def get(self, request: Request) -> Response:
        user = self.require(Action.SURVIVOR_LIST)
        queryset = SurvivorFilter(
            request.query_params, queryset=selectors.survivor_list_for_user(user=user)
        ).qs
        return self.paginated(request, queryset, SurvivorOutput)

    @extend_schema(request=SurvivorInput, responses={201: SurvivorOutput})
    def post(self, request: Request) -> Response:
        user = self.require(Action.SURVIVOR_CREATE)
        serializer = SurvivorInput(data=request.data, context={"request": request})
        serializer.is_valid(raise_exception=True)
        interests, fields = _split(serializer.validated_data)
        survivor = services.survivor_create(actor=user, interests=interests or (), **fields)
        return Response(SurvivorOutput(survivor).data, status=status.HTTP_201_CREATED)


class SurvivorDetailApi(ScopedApi):
    @extend_schema(responses=SurvivorOutput)
    def get(self, request: Request, survivor_id: int) -> Response:
        user = self.require(Action.SURVIVOR_VIEW)
        survivor = selectors.survivor_get_for_user(user=user, survivor_id=survivor_id)
        services.survivor_file_open(actor=user, survivor=survivor)
        return Response(SurvivorOutput(survivor).data)

    @extend_schema(request=SurvivorInput(partial=True), responses=SurvivorOutput)
    def patch(self, request: Request, survivor_id: int) -> Response:
        user = self.require(Action.SURVIVOR_UPDATE)
        survivor = selectors.survivor_get_for_user(user=user, survivor_id=survivor_id)
        serializer = SurvivorInput(data=request.data, partial=True, context={"request": request})
        serializer.is_valid(raise_exception=True)
        interests, fields = _split(serializer.validated_data)
        survivor = services.survivor_update(
            actor=user, survivor=survivor, interests=interests, **fields
        )
        return Response(SurvivorOutput(survivor).data)


class ConsentInput(serializers.Serializer[Any]):
    scope = serializers.ChoiceField(choices=ConsentScope.choices)
    given_on = serializers.DateField(validators=[validate_not_future])
    privacy_statement_version = serializers.CharField(max_length=20)
    guardian_consent = serializers.BooleanField(required=False, default=False)


class ConsentOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    scope = serializers.CharField()
    given_on = serializers.DateField()
    privacy_statement_version = serializers.CharField()
    guardian_consent = serializers.BooleanField()
    recorded_by = serializers.CharField(source="recorded_by.display_name")
    recorded_at = serializers.DateTimeField()
    withdrawn_at = serializers.DateTimeField(allow_null=True)


class SurvivorConsentsApi(ScopedApi):
    @extend_schema(responses=ConsentOutput(many=True))
    def get(self, request: Request, survivor_id: int) -> Response:
        user = self.require(Action.SURVIVOR_VIEW)
        survivor = selectors.survivor_get_for_user(user=user, survivor_id=survivor_id)
        consents = survivor.consents.select_related("recorded_by")
        return Response(ConsentOutput(consents, many=True).data)

    @extend_schema(request=ConsentInput, responses={201: ConsentOutput})
    def post(self, request: Request, survivor_id: int) -> Response:
        user = self.require(Action.SURVIVOR_UPDATE)
        survivor = selectors.survivor_get_for_user(user=user, survivor_id=survivor_id)
        serializer = ConsentInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        consent = services.consent_record(
            actor=user, survivor=survivor, **serializer.validated_data
        )
        return Response(ConsentOutput(consent).data, status=status.HTTP_201_CREATED)


class ExclusionInput(serializers.Serializer[Any]):
    other_survivor = serializers.IntegerField(required=False, allow_null=True)
    buddy = serializers.IntegerField(required=False, allow_null=True)
    reason = serializers.CharField(max_length=200, required=False, allow_blank=True)


class ExclusionOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    other_survivor = serializers.IntegerField(source="other_survivor_id", allow_null=True)
    buddy = serializers.IntegerField(source="buddy_id", allow_null=True)
    reason = serializers.CharField()
    created_at = serializers.DateTimeField()


class SurvivorExclusionsApi(ScopedApi):
    @extend_schema(responses=ExclusionOutput(many=True))
    def get(self, request: Request, survivor_id: int) -> Response:
        user = self.require(Action.SURVIVOR_SAFETY)
        survivor = selectors.survivor_get_for_user(user=user, survivor_id=survivor_id)
        return Response(ExclusionOutput(survivor.exclusions.all(), many=True).data)

    @extend_schema(request=ExclusionInput, responses={201: ExclusionOutput})
    def post(self, request: Request, survivor_id: int) -> Response:
        user = self.require(Action.SURVIVOR_SAFETY)
        survivor = selectors.survivor_get_for_user(user=user, survivor_id=survivor_id)
        serializer = ExclusionInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        other = (
            selectors.survivor_get_for_user(user=user, survivor_id=data["other_survivor"])
            if data.get("other_survivor") is not None
            else None
        )
        buddy = (
            selectors.buddy_get_for_user(user=user, buddy_id=data["buddy"])
            if data.get("buddy") is not None
            else None
        )
        exclusion = services.safety_exclusion_add(
            actor=user,
            survivor=survivor,
            other_survivor=other,
            buddy=buddy,
            reason=data.get("reason", ""),
        )
        return Response(ExclusionOutput(exclusion).data, status=status.HTTP_201_CREATED)


class ContactBanInput(serializers.Serializer[Any]):
    kind = serializers.ChoiceField(choices=ContactBanKind.choices)
    value = serializers.CharField(max_length=200)
    note = serializers.CharField(max_length=200, required=False, allow_blank=True)


class ContactBanOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    kind = serializers.CharField()
    value = serializers.CharField()
    note = serializers.CharField()
    created_at = serializers.DateTimeField()


class SurvivorContactBansApi(ScopedApi):
    @extend_schema(responses=ContactBanOutput(many=True))
    def get(self, request: Request, survivor_id: int) -> Response:
        user = self.require(Action.SURVIVOR_SAFETY)
        survivor = selectors.survivor_get_for_user(user=user, survivor_id=survivor_id)
        return Response(ContactBanOutput(survivor.contact_bans.all(), many=True).data)

    @extend_schema(request=ContactBanInput, responses={201: ContactBanOutput})
    def post(self, request: Request, survivor_id: int) -> Response:
        user = self.require(Action.SURVIVOR_SAFETY)
        survivor = selectors.survivor_get_for_user(user=user, survivor_id=survivor_id)
        serializer = ContactBanInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        ban = services.contact_ban_add(actor=user, survivor=survivor, **serializer.validated_data)
        return Response(ContactBanOutput(ban).data, status=status.HTTP_201_CREATED)


class BuddyInput(PersonInput):
    first_name = serializers.CharField(max_length=60)
    capacity = serializers.IntegerField(min_value=1, max_value=3, required=False)
    lived_experience = serializers.BooleanField(required=False)
    trained_for_minors = serializers.BooleanField(required=False)
    status = serializers.ChoiceField(choices=BuddyStatus.choices, required=False)
    vog_issued_on = serializers.DateField(
        required=False, allow_null=True, validators=[validate_not_future]
    )
    training_completed_on = serializers.DateField(
        required=False, allow_null=True, validators=[validate_not_future]
    )
    intake_interview_on = serializers.DateField(
        required=False, allow_null=True, validators=[validate_not_future]
    )
    code_of_conduct_signed_on = serializers.DateField(
        required=False, allow_null=True, validators=[validate_not_future]
    )


class BuddyOutput(serializers.ModelSerializer[Buddy]):
    interests: serializers.SlugRelatedField[Interest] = serializers.SlugRelatedField(
        slug_field="name", many=True, read_only=True
    )
    vog_state = serializers.SerializerMethodField()
    vog_expires_on = serializers.DateField(read_only=True, allow_null=True)
    eligible = serializers.BooleanField(source="is_eligible", read_only=True)
    age = serializers.IntegerField(read_only=True)

    class Meta:
        model = Buddy
        fields = [
            "id",
            "first_name",
            "date_of_birth",
            "age",
            "gender",
            "languages",
            "interests",
            "availability",
            "municipality",
            "postcode_area",
            "latitude",
            "longitude",
            "max_km",
            "capacity",
            "lived_experience",
            "trained_for_minors",
            "status",
            "vog_issued_on",
            "vog_expires_on",
            "vog_state",
            "eligible",
            "training_completed_on",
            "intake_interview_on",
            "code_of_conduct_signed_on",
            "created_at",
            "updated_at",
        ]

    def get_vog_state(self, buddy: Buddy) -> str:
        return buddy.vog_state()


class BuddyFilter(django_filters.FilterSet):  # type: ignore[misc]
    status = django_filters.ChoiceFilter(choices=BuddyStatus.choices)
    municipality = django_filters.CharFilter(lookup_expr="iexact")
    q = django_filters.CharFilter(field_name="first_name", lookup_expr="icontains")

    class Meta:
        model = Buddy
        fields = ["status", "municipality", "trained_for_minors", "lived_experience"]


class BuddyListApi(ScopedApi):
    pagination_class = Pagination

    @extend_schema(responses=BuddyOutput(many=True))
    def get(self, request: Request) -> Response:
        user = self.require(Action.BUDDY_LIST)
        queryset = BuddyFilter(
            request.query_params, queryset=selectors.buddy_list_for_user(user=user)
        ).qs
        return self.paginated(request, queryset, BuddyOutput)

    @extend_schema(request=BuddyInput, responses={201: BuddyOutput})
    def post(self, request: Request) -> Response:
        user = self.require(Action.BUDDY_CREATE)
        serializer = BuddyInput(data=request.data, context={"request": request})
        serializer.is_valid(raise_exception=True)
        interests, fields = _split(serializer.validated_data)
        buddy = services.buddy_create(actor=user, interests=interests or (), **fields)
        return Response(BuddyOutput(buddy).data, status=status.HTTP_201_CREATED)


class BuddyDetailApi(ScopedApi):
    @extend_schema(responses=BuddyOutput)
    def get(self, request: Request, buddy_id: int) -> Response:
        user = self.require(Action.BUDDY_VIEW)
        return Response(
            BuddyOutput(selectors.buddy_get_for_user(user=user, buddy_id=buddy_id)).data
        )

    @extend_schema(request=BuddyInput(partial=True), responses=BuddyOutput)
    def patch(self, request: Request, buddy_id: int) -> Response:
        user = self.require(Action.BUDDY_UPDATE)
        buddy = selectors.buddy_get_for_user(user=user, buddy_id=buddy_id)
        serializer = BuddyInput(data=request.data, partial=True, context={"request": request})
        serializer.is_valid(raise_exception=True)
        interests, fields = _split(serializer.validated_data)
        buddy = services.buddy_update(actor=user, buddy=buddy, interests=interests, **fields)
        return Response(BuddyOutput(buddy).data)


class InterestOutput(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    name = serializers.CharField()


class InterestInput(serializers.Serializer[Any]):
    name = serializers.CharField(max_length=60)


class InterestListApi(ScopedApi):
    @extend_schema(responses=InterestOutput(many=True))
    def get(self, request: Request) -> Response:
        user = self.require(Action.INTEREST_MANAGE)
        return Response(InterestOutput(selectors.interest_list_for_user(user=user), many=True).data)

    @extend_schema(request=InterestInput, responses={201: InterestOutput})
    def post(self, request: Request) -> Response:
        user = self.require(Action.INTEREST_MANAGE)
        serializer = InterestInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        interest = services.interest_create(actor=user, name=serializer.validated_data["name"])
        return Response(InterestOutput(interest).data, status=status.HTTP_201_CREATED)
