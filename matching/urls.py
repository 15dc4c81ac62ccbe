from django.urls import path

from matching import api

app_name = "matching"

urlpatterns = [
    path("match-runs/", api.RunListApi.as_view(), name="run-list"),
    path("match-runs/<int:run_id>/", api.RunDetailApi.as_view(), name="run-detail"),
    path("proposals/", api.ProposalListApi.as_view(), name="proposal-list"),
    path("proposals/approve/", api.ProposalApproveManyApi.as_view(), name="proposal-approve-many"),
    path(
        "proposals/<int:proposal_id>/approve/",
        api.ProposalApproveApi.as_view(),
        name="proposal-approve",
    ),
    path(
        "proposals/<int:proposal_id>/reject/",
        api.ProposalRejectApi.as_view(),
        name="proposal-reject",
    ),
    path("rejections/", api.RejectionListApi.as_view(), name="rejection-list"),
    path("matching-weights/", api.WeightsApi.as_view(), name="weights"),
    path(
        "rejections/<int:rejection_id>/clear/",
        api.RejectionClearApi.as_view(),
        name="rejection-clear",
    ),
    path("group-runs/", api.GroupRunListApi.as_view(), name="group-run-list"),
    path("group-runs/<int:run_id>/", api.GroupRunDetailApi.as_view(), name="group-run-detail"),
    path(
        "group-proposals/<int:proposal_id>/approve/",
        api.GroupProposalApproveApi.as_view(),
        name="group-proposal-approve",
    ),
    path(
        "placements/<int:placement_id>/approve/",
        api.PlacementApproveApi.as_view(),
        name="placement-approve",
    ),
    path(
        "placements/<int:placement_id>/reject/",
        api.PlacementRejectApi.as_view(),
        name="placement-reject",
    ),
]
