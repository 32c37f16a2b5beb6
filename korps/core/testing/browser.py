"""Logging in through the real pages in browser tests: the password, then the second step."""

import re
from binascii import unhexlify

from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from .clients import confirmed_totp_device


def current_code(user) -> str:
    """The code the user's authenticator app shows now. A code works once per 30-second step
    (django-otp keeps the last step used), and a test may log the same person in twice within
    one step: the helper then forgets the last step, as if the next step had come."""
    device = confirmed_totp_device(user)
    TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1)
    return f"{totp(unhexlify(device.key.encode())):06d}"


def pass_second_factor(page, user) -> None:
    page.wait_for_url(re.compile(r"/accounts/second-factor/verify/"))
    page.fill("#id_code", current_code(user))
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(lambda url: "/accounts/" not in url)


def log_in(page, user, password: str) -> None:
    """From a clean browser: the log-in form, then the code from the user's app."""
    confirmed_totp_device(user)
    page.context.clear_cookies()
    page.goto("/accounts/login/")
    page.fill("#id_username", user.email)
    page.fill("#id_password", password)
    page.locator("main form button[type=submit]").click()
    pass_second_factor(page, user)
