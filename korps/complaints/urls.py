from django.urls import path

from . import bulletin_views, public_views, staff_report_views, views

public = (
    [
        path("complaints/<slug:zone>/", public_views.ReportView.as_view(), name="report"),
        path("complaints/<slug:zone>/follow/", public_views.FollowView.as_view(), name="follow"),
        path(
            "complaints/<slug:zone>/follow/message/",
            public_views.FollowMessageView.as_view(),
            name="follow_message",
        ),
        path(
            "complaints/<slug:zone>/follow/satisfaction/",
            public_views.FollowSatisfactionView.as_view(),
            name="follow_satisfaction",
        ),
        path(
            "complaints/<slug:zone>/receipt.pdf",
            public_views.ReceiptPdfView.as_view(),
            name="receipt_pdf",
        ),
        path(
            "complaints/<slug:zone>/statistics/",
            bulletin_views.StatisticsView.as_view(),
            name="statistics",
        ),
    ],
    "complaints",
)

staff = (
    [
        path("z/<slug:zone>/complaints/", views.CaseListView.as_view(), name="cases"),
        path("z/<slug:zone>/complaints/<int:pk>/", views.CaseDetailView.as_view(), name="case"),
        path(
            "z/<slug:zone>/complaints/<int:pk>/<slug:action>/",
            views.CaseActionView.as_view(),
            name="case_action",
        ),
        # Staff reports, kept apart from citizens' cases (staff_report_views.py).
        path(
            "z/<slug:zone>/staff-report/",
            staff_report_views.StaffReportHomeView.as_view(),
            name="staff_report_home",
        ),
        path(
            "z/<slug:zone>/staff-report/<int:pk>/",
            staff_report_views.StaffReportView.as_view(),
            name="staff_report",
        ),
        path(
            "z/<slug:zone>/staff-report/<int:pk>/<slug:action>/",
            staff_report_views.StaffReportActionView.as_view(),
            name="staff_report_action",
        ),
        path(
            "z/<slug:zone>/staff-reports/",
            staff_report_views.StaffReportListView.as_view(),
            name="staff_reports",
        ),
    ],
    "complaints_staff",
)
