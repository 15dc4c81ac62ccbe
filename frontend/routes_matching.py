"""Routes of the matching and peer-group pages (coordinator: proposals, groups)."""

from __future__ import annotations

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
