from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Concatenate, ParamSpec, TypeVar

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Page, Paginator
from django.db.models import Model, QuerySet
from django.http import Http404, HttpRequest, HttpResponse

from aftercare.errors import NotFound
from aftercare.models import User
from aftercare.policies import Action, can

P = ParamSpec("P")
M = TypeVar("M", bound=Model)
ViewFunction = Callable[Concatenate[HttpRequest, P], HttpResponse]

PAGE_SIZE = 25


def requires(action: Action) -> Callable[[ViewFunction[P]], ViewFunction[P]]:
    """Anonymous people go to the login page, a wrong role gets 403, and an object outside
    her scope is a 404, so a page never confirms that someone else's record exists."""

    def decorator(view: ViewFunction[P]) -> ViewFunction[P]:
        @wraps(view)
        def wrapped(request: HttpRequest, /, *args: P.args, **kwargs: P.kwargs) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not can(request.user, action):
                raise PermissionDenied
            try:
                return view(request, *args, **kwargs)
            except NotFound:
                raise Http404 from None

        return wrapped

    return decorator


def current_user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)
    return user


def paginate(request: HttpRequest, queryset: QuerySet[M]) -> Page[M]:
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))
