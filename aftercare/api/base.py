from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.openapi import AutoSchema
from rest_framework import serializers
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from aftercare.choices import LANGUAGE_CODES, Gender
from aftercare.errors import Forbidden
from aftercare.models import User
from aftercare.policies import Action, can


class Pagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


# The largest primary key the databases store (a signed 64-bit integer).
MAX_ID = 2**63 - 1


class IdField(serializers.IntegerField):
    """The id of a row: a larger number would not fit the database and fail there, not here."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(min_value=1, max_value=MAX_ID, **kwargs)


class LanguagesField(serializers.ListField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(child=serializers.ChoiceField(choices=sorted(LANGUAGE_CODES)), **kwargs)


class SlotsField(serializers.ListField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(child=serializers.IntegerField(min_value=0, max_value=20), **kwargs)


class GendersField(serializers.ListField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(child=serializers.ChoiceField(choices=Gender.choices), **kwargs)


class ScopedSchema(AutoSchema):
    """A view that pages its GET list sets `pagination_class`, and the schema shows the page
    (count, next, previous, results; the page parameters). A POST answering with a list of what
    it made is not paged."""

    def _get_paginator(self) -> Any:
        paginator = super()._get_paginator()  # type: ignore[no-untyped-call]
        return paginator if self.method == "GET" else None


class ScopedApi(APIView):
    """Base of every core API view: a role check first, then the selectors scope the objects."""

    schema = ScopedSchema()
    # Set by every view that answers through `paginated`: its schema then describes the page.
    pagination_class: type[Pagination] | None = None

    def user(self) -> User:
        user = self.request.user
        assert isinstance(user, User)
        return user

    def require(self, action: Action) -> User:
        if not can(self.request.user, action):
            raise Forbidden()
        return self.user()

    def paginated(
        self,
        request: Request,
        queryset: QuerySet[Any],
        serializer: type[serializers.Serializer[Any]],
    ) -> Response:
        paginator = (self.pagination_class or Pagination)()
        page = paginator.paginate_queryset(queryset, request, view=self)
        assert page is not None
        return paginator.get_paginated_response(serializer(page, many=True).data)
