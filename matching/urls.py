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
    path(
        "rejections/<int:rejection_id>/clear/",
        api.RejectionClearApi.as_view(),
        name="rejection-clear",
    ),
]
