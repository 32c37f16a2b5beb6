"""The audit log page keeps its `audit:` URL names; the page lives in core, above the trail."""

from django.urls import path

from . import audit_views as views

app_name = "audit"

urlpatterns = [
    path("z/<slug:zone>/audit/", views.AuditLogView.as_view(), name="log"),
    path(
        "z/<slug:zone>/audit/export.csv",
        views.AuditExportView.as_view(),
        {"format": "csv"},
        name="log_csv",
    ),
    path(
        "z/<slug:zone>/audit/export.xlsx",
        views.AuditExportView.as_view(),
        {"format": "xlsx"},
        name="log_xlsx",
    ),
]
