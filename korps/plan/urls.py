from django.urls import path

from . import views

app_name = "plan"

urlpatterns = [
    path("z/<slug:zone>/plan/", views.PlanView.as_view(), name="home"),
    path("z/<slug:zone>/plan/new/", views.PlanCreateView.as_view(), name="plan_create"),
    path("z/<slug:zone>/plan/<int:pk>/", views.PlanView.as_view(), name="detail"),
    path("z/<slug:zone>/plan/<int:pk>/edit/", views.PlanEditView.as_view(), name="plan_edit"),
    path(
        "z/<slug:zone>/plan/<int:pk>/lines/new/",
        views.LineCreateView.as_view(),
        name="line_create",
    ),
    path("z/<slug:zone>/plan/lines/<int:pk>/edit/", views.LineEditView.as_view(), name="line_edit"),
    path(
        "z/<slug:zone>/plan/lines/<int:pk>/actions/new/",
        views.ActionCreateView.as_view(),
        name="action_create",
    ),
    path(
        "z/<slug:zone>/plan/lines/<int:pk>/kpis/new/",
        views.KpiCreateView.as_view(),
        name="kpi_create",
    ),
    path(
        "z/<slug:zone>/plan/kpis/<int:pk>/delete/",
        views.KpiDeleteView.as_view(),
        name="kpi_delete",
    ),
    path("z/<slug:zone>/plan/actions/<int:pk>/", views.ActionView.as_view(), name="action"),
    path(
        "z/<slug:zone>/plan/actions/<int:pk>/edit/",
        views.ActionEditView.as_view(),
        name="action_edit",
    ),
    path(
        "z/<slug:zone>/plan/actions/<int:pk>/<slug:action>/",
        views.ActionDoView.as_view(),
        name="action_do",
    ),
]
