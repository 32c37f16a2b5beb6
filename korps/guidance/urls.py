from django.urls import path

from . import views

app_name = "guidance"

urlpatterns = [
    path("z/<slug:zone>/candidates/", views.CandidateListView.as_view(), name="candidates"),
    path(
        "z/<slug:zone>/candidates/new/",
        views.CandidateCreateView.as_view(),
        name="candidate_create",
    ),
    path(
        "z/<slug:zone>/candidates/<int:pk>/", views.CandidateDetailView.as_view(), name="candidate"
    ),
    path(
        "z/<slug:zone>/candidates/<int:pk>/<slug:action>/",
        views.CandidateActionView.as_view(),
        name="candidate_action",
    ),
    path("z/<slug:zone>/candidates/import/", views.ResultsImportView.as_view(), name="import"),
    path(
        "z/<slug:zone>/candidates/import-list/",
        views.CandidatesImportView.as_view(),
        name="candidates_import",
    ),
    path("z/<slug:zone>/mentees/", views.MentorHomeView.as_view(), name="mentor_home"),
    path("my-guidance/<str:token>/", views.CandidateSelfView.as_view(), name="self"),
    path(
        "my-guidance/<str:token>/download/",
        views.CandidateSelfDownloadView.as_view(),
        name="self_download",
    ),
    path("my-guidance-withdrawn/", views.CandidateWithdrawnView.as_view(), name="self_withdrawn"),
]
