from django.urls import path

from . import views

app_name = "practices"

urlpatterns = [
    path("z/<slug:zone>/practices/", views.LibraryView.as_view(), name="library"),
    path("z/<slug:zone>/practices/submit/", views.SubmitView.as_view(), name="submit"),
    path("z/<slug:zone>/practices/mine/", views.MySubmissionsView.as_view(), name="mine"),
    path("z/<slug:zone>/practices/adoptions/", views.AdoptionListView.as_view(), name="adoptions"),
    path(
        "z/<slug:zone>/practices/adoptions/<int:pk>/",
        views.AdoptionView.as_view(),
        name="adoption",
    ),
    path("z/<slug:zone>/practices/sheet/<slug:slug>/", views.SheetView.as_view(), name="sheet"),
    path(
        "z/<slug:zone>/practices/sheet/<slug:slug>/adopt/",
        views.AdoptView.as_view(),
        name="adopt",
    ),
    path("z/<slug:zone>/practices/sheet/<slug:slug>/edit/", views.EditView.as_view(), name="edit"),
    path(
        "z/<slug:zone>/practices/sheet/<slug:slug>/appeal/",
        views.AppealView.as_view(),
        name="appeal",
    ),
    path(
        "z/<slug:zone>/practices/sheet/<slug:slug>/implementation/",
        views.ImplementationView.as_view(),
        name="implementation",
    ),
    path(
        "z/<slug:zone>/practices/sheet/<slug:slug>/confirm/",
        views.ConfirmView.as_view(),
        name="confirm",
    ),
]

moderation = (
    [
        path("practices/moderation/", views.ModerationQueueView.as_view(), name="queue"),
        path(
            "practices/moderation/<slug:slug>/",
            views.ModerationSheetView.as_view(),
            name="sheet",
        ),
    ],
    "practices_moderation",
)
