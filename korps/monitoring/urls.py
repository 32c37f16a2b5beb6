from django.urls import path

from . import declaration_views, invitation_views, views

app_name = "monitoring"

Z = "z/<slug:zone>/monitoring/"

urlpatterns = [
    path(Z, views.CompositionView.as_view(), name="reports"),
    path(f"{Z}funnel/", views.FunnelView.as_view(), name="funnel"),
    path(f"{Z}retention/", views.RetentionView.as_view(), name="retention"),
    path(f"{Z}summary/", views.SummaryView.as_view(), name="summary"),
    path(f"{Z}outreach/", views.OutreachView.as_view(), name="outreach"),
    path(f"{Z}export/<slug:report>.<slug:format>", views.ExportView.as_view(), name="export"),
    path(f"{Z}staff/import/", views.StaffImportView.as_view(), name="staff_import"),
    path(f"{Z}staff/accounts/", views.StaffAccountsView.as_view(), name="staff_accounts"),
    path(f"{Z}population/", views.PopulationView.as_view(), name="population"),
    path(
        f"{Z}population/import/",
        views.PopulationImportView.as_view(),
        name="population_import",
    ),
    path(
        f"{Z}my-declaration/", declaration_views.MyDeclarationView.as_view(), name="my_declaration"
    ),
    path(f"{Z}invitations/", invitation_views.InvitationsView.as_view(), name="invitations"),
    path("declare/", invitation_views.DeclarationCodeView.as_view(), name="declaration_code"),
    path(
        "declare/<str:token>/",
        invitation_views.StaffDeclarationView.as_view(),
        name="staff_declaration",
    ),
    path(
        "my-guidance/<str:token>/declaration/",
        declaration_views.CandidateDeclarationView.as_view(),
        name="candidate_declaration",
    ),
    path(
        "my-declaration/<str:token>/",
        declaration_views.InvitedCandidateDeclarationView.as_view(),
        name="invited_declaration",
    ),
]
