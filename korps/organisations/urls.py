from django.urls import path

from . import views

app_name = "organisations"

urlpatterns = [
    path("accounts/second-factor/", views.SecondFactorView.as_view(), name="second_factor"),
    path(
        "accounts/second-factor/verify/",
        views.SecondFactorVerifyView.as_view(),
        name="second_factor_verify",
    ),
    path(
        "accounts/second-factor/set-up/",
        views.SecondFactorSetUpView.as_view(),
        name="second_factor_set_up",
    ),
    path(
        "accounts/second-factor/recovery-codes/",
        views.RecoveryCodesView.as_view(),
        name="recovery_codes",
    ),
    path(
        "z/<slug:zone>/members/<int:user_id>/second-factor/reset/",
        views.MemberSecondFactorResetView.as_view(),
        name="member_second_factor_reset",
    ),
]
