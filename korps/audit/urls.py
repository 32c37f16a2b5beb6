from django.urls import path

from . import views

app_name = "audit"

urlpatterns = [
    path("z/<slug:zone>/audit/", views.AuditLogView.as_view(), name="log"),
]
