from django.urls import path

from . import lead_views, staff_views, views

public = (
    [
        path("careers/<slug:zone>/", views.CareerHomeView.as_view(), name="home"),
        path("careers/<slug:zone>/self-check/", views.SelfCheckView.as_view(), name="self_check"),
        path(
            "careers/<slug:zone>/selection/", views.SelectionStepsView.as_view(), name="selection"
        ),
        path("careers/<slug:zone>/practice/", views.PracticeHomeView.as_view(), name="practice"),
        path(
            "careers/<slug:zone>/practice/<int:step>/start/",
            views.PracticeStartView.as_view(),
            name="practice_start",
        ),
        path(
            "careers/<slug:zone>/practice/round/",
            views.PracticeRoundView.as_view(),
            name="practice_round",
        ),
        path("careers/<slug:zone>/stories/", views.StoryListView.as_view(), name="stories"),
        path(
            "careers/<slug:zone>/stories/<int:pk>/", views.StoryDetailView.as_view(), name="story"
        ),
        path("careers/<slug:zone>/interest/", views.InterestView.as_view(), name="interest"),
        path(
            "careers/<slug:zone>/interest/sent/",
            views.InterestSentView.as_view(),
            name="interest_sent",
        ),
        path("interest/<str:token>/confirm/", views.LeadConfirmView.as_view(), name="lead_confirm"),
        path(
            "interest/<str:token>/unsubscribe/",
            views.LeadUnsubscribeView.as_view(),
            name="lead_unsubscribe",
        ),
        path("story-consent/<str:token>/", views.StoryConsentView.as_view(), name="story_consent"),
    ],
    "careers",
)

staff = (
    [
        path("z/<slug:zone>/career-site/", staff_views.OverviewView.as_view(), name="overview"),
        path(
            "z/<slug:zone>/career-site/texts/<slug:key>/",
            staff_views.SiteTextEditView.as_view(),
            name="text_edit",
        ),
        path(
            "z/<slug:zone>/career-site/steps/new/",
            staff_views.StepEditView.as_view(),
            name="step_create",
        ),
        path(
            "z/<slug:zone>/career-site/steps/<int:pk>/",
            staff_views.StepEditView.as_view(),
            name="step_edit",
        ),
        path(
            "z/<slug:zone>/career-site/steps/<int:pk>/move/<str:direction>/",
            staff_views.StepMoveView.as_view(),
            name="step_move",
        ),
        path(
            "z/<slug:zone>/career-site/steps/<int:step>/questions/",
            staff_views.QuestionListView.as_view(),
            name="questions",
        ),
        path(
            "z/<slug:zone>/career-site/steps/<int:step>/questions/new/",
            staff_views.QuestionEditView.as_view(),
            name="question_create",
        ),
        path(
            "z/<slug:zone>/career-site/steps/<int:step>/questions/<int:pk>/",
            staff_views.QuestionEditView.as_view(),
            name="question_edit",
        ),
        path(
            "z/<slug:zone>/career-site/criteria/<int:pk>/",
            staff_views.CriterionEditView.as_view(),
            name="criterion_edit",
        ),
        path(
            "z/<slug:zone>/career-site/stories/new/",
            staff_views.StoryCreateView.as_view(),
            name="story_create",
        ),
        path(
            "z/<slug:zone>/career-site/stories/<int:pk>/withdraw/",
            staff_views.StoryWithdrawView.as_view(),
            name="story_withdraw",
        ),
        path("z/<slug:zone>/interested/", lead_views.LeadListView.as_view(), name="leads"),
        path(
            "z/<slug:zone>/interested/export.csv",
            lead_views.LeadExportView.as_view(),
            {"format": "csv"},
            name="leads_csv",
        ),
        path(
            "z/<slug:zone>/interested/export.xlsx",
            lead_views.LeadExportView.as_view(),
            {"format": "xlsx"},
            name="leads_xlsx",
        ),
        path(
            "z/<slug:zone>/interested/<int:pk>/", lead_views.LeadDetailView.as_view(), name="lead"
        ),
        path(
            "z/<slug:zone>/interested/<int:pk>/contacted/",
            lead_views.LeadContactedTodayView.as_view(),
            name="lead_contacted",
        ),
    ],
    "careers_staff",
)
