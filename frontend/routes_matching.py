"""Routes of the matching and peer-group pages (coordinator: proposals, groups).

Paths use neutral words, like the rest of the web app."""

from __future__ import annotations

from django.urls import URLPattern, path

from frontend.views import groups, matching, matching_weights

urlpatterns: list[URLPattern] = [
    path("proposals/", matching.proposals, name="proposals"),
    path("proposals/runs/", matching.run_start, name="run-start"),
    path("proposals/weights/", matching_weights.matching_weights, name="matching-weights"),
    path("proposals/runs/<int:run_id>/", matching.run_detail, name="run-detail"),
    path("proposals/approve/", matching.proposals_approve_many, name="proposal-approve-many"),
    path(
        "proposals/<int:proposal_id>/approve/",
        matching.proposal_approve,
        name="proposal-approve",
    ),
    path("proposals/<int:proposal_id>/reject/", matching.proposal_reject, name="proposal-reject"),
    path(
        "proposals/rejections/<int:rejection_id>/clear/",
        matching.rejection_clear,
        name="rejection-clear",
    ),
    path("groups/", groups.groups, name="groups"),
    path("groups/runs/", groups.group_run_start, name="group-run-start"),
    path("groups/runs/<int:run_id>/", groups.group_run_detail, name="group-run-detail"),
    path(
        "groups/proposals/<int:proposal_id>/approve/",
        groups.group_proposal_approve,
        name="group-proposal-approve",
    ),
    path(
        "groups/placements/<int:placement_id>/approve/",
        groups.placement_approve,
        name="placement-approve",
    ),
    path(
        "groups/placements/<int:placement_id>/reject/",
        groups.placement_reject,
        name="placement-reject",
    ),
]
