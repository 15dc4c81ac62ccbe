"""Routes of the chat, moderation, agenda and dashboard pages."""

from __future__ import annotations

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
