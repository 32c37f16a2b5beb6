from django.urls import path

from . import member_views, views

app_name = "core"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("z/", views.StaffHomeView.as_view(), name="staff_home"),
    path("z/<slug:zone>/", views.ZoneHomeView.as_view(), name="zone_home"),
    path("z/<slug:zone>/members/", views.MemberListView.as_view(), name="members"),
    path(
        "z/<slug:zone>/members/invite/",
        member_views.MemberInviteView.as_view(),
        name="member_invite",
    ),
]
