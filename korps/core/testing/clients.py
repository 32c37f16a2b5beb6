"""The test client every view test uses: `force_login` also passes the second factor, as a
real log-in with a code would, so view tests exercise the pages behind it."""

from binascii import unhexlify

from django.test import Client
from django.urls import reverse
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice


def confirmed_totp_device(user) -> TOTPDevice:
    """The user's authenticator app, made (confirmed) if they have none yet."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    return device


class VerifiedClient(Client):
    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        session = self.session
        session[DEVICE_ID_SESSION_KEY] = confirmed_totp_device(user).persistent_id
        session.save()

    def force_login_password_only(self, user, backend=None):
        """As after the password step alone: logged in, second factor not yet passed (a
        session that had passed it, as the same user, loses that mark here)."""
        super().force_login(user, backend)
        session = self.session
        session.pop(DEVICE_ID_SESSION_KEY, None)
        session.save()

    def log_in_with_password_and_code(self, user, password: str):
        """Through the real pages: the log-in form, then the code the user's app shows now
        (the app is made if the user has none). Returns the second step's response."""
        response = self.post(reverse("login"), {"username": user.email, "password": password})
        assert response.status_code == 302, "the password was refused"
        device = confirmed_totp_device(user)
        TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1)
        code = f"{totp(unhexlify(device.key.encode())):06d}"
        return self.post(reverse("organisations:second_factor_verify"), {"code": code})
