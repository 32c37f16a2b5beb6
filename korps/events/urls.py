from django.urls import path

from . import signup_views, views

public = (
    [
        path("careers/<slug:zone>/events/", views.EventListView.as_view(), name="list"),
        path(
            "careers/<slug:zone>/events/<int:pk>/", views.EventSignupView.as_view(), name="signup"
        ),
        path("signup/<str:token>/", signup_views.SignupManageView.as_view(), name="manage"),
    ],
    "events",
)

staff = (
    [
        path("z/<slug:zone>/events/", views.StaffEventListView.as_view(), name="list"),
        path("z/<slug:zone>/events/new/", views.StaffEventCreateView.as_view(), name="create"),
        path("z/<slug:zone>/events/<int:pk>/", views.StaffEventDetailView.as_view(), name="detail"),
        path(
            "z/<slug:zone>/events/<int:pk>/edit/", views.StaffEventEditView.as_view(), name="edit"
        ),
        path(
            "z/<slug:zone>/events/<int:pk>/copy/", views.StaffEventCopyView.as_view(), name="copy"
        ),
        path(
            "z/<slug:zone>/events/<int:pk>/extra-session/",
            views.StaffExtraSessionView.as_view(),
            name="extra_session",
        ),
        path(
            "z/<slug:zone>/events/<int:pk>/signups/new/",
            signup_views.StaffSignupCreateView.as_view(),
            name="signup_create",
        ),
        path(
            "z/<slug:zone>/events/<int:pk>/signups/<int:signup>/",
            signup_views.StaffSignupView.as_view(),
            name="signup",
        ),
        path(
            "z/<slug:zone>/events/<int:pk>/check-in/<int:signup>/",
            views.StaffCheckInView.as_view(),
            name="check_in",
        ),
        path(
            "z/<slug:zone>/events/<int:pk>/close-attendance/",
            views.StaffCloseAttendanceView.as_view(),
            name="close_attendance",
        ),
        path(
            "z/<slug:zone>/events/<int:pk>/export.csv",
            views.StaffExportView.as_view(),
            {"format": "csv"},
            name="export_csv",
        ),
        path(
            "z/<slug:zone>/events/<int:pk>/export.xlsx",
            views.StaffExportView.as_view(),
            {"format": "xlsx"},
            name="export_xlsx",
        ),
        path(
            "z/<slug:zone>/events/scan/<str:token>/",
            views.StaffCheckInScanView.as_view(),
            name="check_in_scan",
        ),
    ],
    "events_staff",
)
