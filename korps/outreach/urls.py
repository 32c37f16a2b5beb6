from django.urls import path

from . import qr, thread_views, views

public = (
    [
        path("r/<str:code>", views.TrackedLinkView.as_view(), name="track"),
        path("careers/<slug:zone>/ask/", views.AskView.as_view(), name="ask"),
        path("careers/<slug:zone>/ask/sent/", views.AskSentView.as_view(), name="ask_sent"),
        path("ask/<str:token>/", thread_views.QuestionThreadView.as_view(), name="thread"),
    ],
    "outreach",
)

Z = "z/<slug:zone>/outreach/"

staff = (
    [
        path(Z, views.CampaignListView.as_view(), name="campaigns"),
        path(f"{Z}new/", views.CampaignCreateView.as_view(), name="campaign_create"),
        path(f"{Z}<int:pk>/", views.CampaignDetailView.as_view(), name="campaign"),
        path(f"{Z}<int:pk>/edit/", views.CampaignEditView.as_view(), name="campaign_edit"),
        path(f"{Z}<int:pk>/waves/new/", views.WaveCreateView.as_view(), name="wave_create"),
        path(f"{Z}<int:pk>/dashboard/", views.DashboardView.as_view(), name="dashboard"),
        path(
            f"{Z}<int:pk>/dashboard.csv",
            views.DashboardExportView.as_view(),
            {"format": "csv"},
            name="dashboard_csv",
        ),
        path(
            f"{Z}<int:pk>/dashboard.xlsx",
            views.DashboardExportView.as_view(),
            {"format": "xlsx"},
            name="dashboard_xlsx",
        ),
        path(f"{Z}<int:pk>/compare/", views.CompareView.as_view(), name="compare"),
        path(f"{Z}waves/<int:pk>/edit/", views.WaveEditView.as_view(), name="wave_edit"),
        path(
            f"{Z}waves/<int:pk>/actions/new/",
            views.ActionCreateView.as_view(),
            name="action_create",
        ),
        path(f"{Z}actions/<int:pk>/edit/", views.ActionEditView.as_view(), name="action_edit"),
        path(f"{Z}actions/<int:pk>/qr/", views.ActionQrView.as_view(), name="action_qr"),
        path(
            f"{Z}actions/<int:pk>/qr.<slug:kind>",
            qr.ActionQrDownloadView.as_view(),
            name="action_qr_download",
        ),
        path(f"{Z}reach-import/", views.ReachImportView.as_view(), name="reach_import"),
        path(f"{Z}questions/", views.QuestionListView.as_view(), name="questions"),
        path(f"{Z}questions/mine/", views.MyQuestionsView.as_view(), name="my_questions"),
        path(f"{Z}questions/<int:pk>/", views.AnswerView.as_view(), name="answer"),
        path(f"{Z}questions/<int:pk>/reassign/", views.ReassignView.as_view(), name="reassign"),
        path(f"{Z}partners/", views.PartnerListView.as_view(), name="partners"),
        path(f"{Z}partners/new/", views.PartnerCreateView.as_view(), name="partner_create"),
        path(
            f"{Z}partners/keep-in-touch/",
            views.PartnerKeepInTouchView.as_view(),
            name="partners_keep_in_touch",
        ),
        path(f"{Z}partners/<int:pk>/", views.PartnerDetailView.as_view(), name="partner"),
        path(f"{Z}partners/<int:pk>/edit/", views.PartnerEditView.as_view(), name="partner_edit"),
    ],
    "outreach_staff",
)
