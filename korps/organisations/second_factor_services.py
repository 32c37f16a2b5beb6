"""Writes for the second factor (django-otp): one authenticator app (TOTP) per user and ten
recovery codes. Each writes its audit row in the same transaction."""

from binascii import unhexlify
from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django_otp import devices_for_user
from django_otp.models import Device
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from korps.audit.services import audit_record

from .models import Organisation, User
from .permissions import may_reset_second_factor

RECOVERY_CODE_COUNT = 10
TOTP_DEVICE_NAME = "authenticator"
RECOVERY_DEVICE_NAME = "recovery codes"


@dataclass(frozen=True)
class SecondFactorCheck:
    """The answer to a code: the device that accepted it, or why none did."""

    device: Device | None = None
    # Set when a device refused to look at the code because of earlier wrong codes.
    locked_until: datetime | None = None

    @property
    def used_recovery_code(self) -> bool:
        return isinstance(self.device, StaticDevice)


def _normalised_code(code: str) -> str:
    return "".join(code.split()).replace("-", "").lower()


def _new_recovery_codes(device: StaticDevice) -> list[str]:
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


@transaction.atomic
def second_factor_set_up(*, user: User, key: str, code: str) -> list[str]:
    """Confirms a new authenticator app with its first code and returns the recovery codes,
    which are shown once. The code is checked against the key before anything is stored;
    a user who already has a confirmed app cannot add another this way."""
    User.objects.select_for_update().filter(pk=user.pk).first()
    if TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        raise ValidationError(
            _("Two-factor authentication is already set up for this account."),
            code="already_set_up",
        )
    totp = TOTP(unhexlify(key.encode()))
    token = _normalised_code(code)
    if not (token.isdigit() and len(token) == 6 and totp.verify(int(token), tolerance=1)):
        raise ValidationError(
            _("This code is not right. Type the 6 digits your app shows now."), code="wrong_code"
        )
    TOTPDevice.objects.filter(user=user).delete()
    device = TOTPDevice(user=user, name=TOTP_DEVICE_NAME, key=key, confirmed=True)
    # The code just used cannot be used again to log in.
    device.last_t = totp.t()
    device.drift = totp.drift
    device.full_clean()
    device.save()
    StaticDevice.objects.filter(user=user).delete()
    recovery = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    codes = _new_recovery_codes(recovery)
    audit_record(actor=user, action="organisations.second_factor.set_up", target=user)
    return codes


@transaction.atomic
def second_factor_install(*, user: User, key: str, acting_user: User | None = None) -> TOTPDevice:
    """Gives the user a confirmed authenticator app with a key chosen beforehand (the demo's
    published key); a set-up by the user goes through `second_factor_set_up` instead."""
    TOTPDevice.objects.filter(user=user).delete()
    device = TOTPDevice(user=user, name=TOTP_DEVICE_NAME, key=key, confirmed=True)
    device.full_clean()
    device.save()
    audit_record(actor=acting_user, action="organisations.second_factor.installed", target=user)
    return device


@transaction.atomic
def second_factor_verify(*, user: User, code: str) -> SecondFactorCheck:
    """Checks a code from the authenticator app (6 digits) or a recovery code (used up).

    Every wrong code is counted on the device (django-otp's throttling): after n wrong codes
    in a row the device refuses to look at any code for 2^(n-1) seconds, so guessing a
    6-digit code takes years. Both outcomes are audited."""
    token = _normalised_code(code)
    if token.isdigit() and len(token) == 6:
        devices = TOTPDevice.objects.devices_for_user(user, confirmed=True)
    else:
        devices = StaticDevice.objects.devices_for_user(user, confirmed=True)
    locked_until = None
    for device in devices.select_for_update():
        allowed, details = device.verify_is_allowed()
        if not allowed:
            locked_until = (details or {}).get("locked_until")
            continue
        if device.verify_token(token):
            check = SecondFactorCheck(device=device)
            audit_record(
                actor=user,
                action="organisations.second_factor.passed",
                target=user,
                data={"with": "recovery code" if check.used_recovery_code else "app"},
            )
            return check
    audit_record(
        actor=user,
        action="organisations.second_factor.refused",
        target=user,
        data={"throttled": locked_until is not None},
    )
    return SecondFactorCheck(locked_until=locked_until)


@transaction.atomic
def recovery_codes_regenerate(*, user: User) -> list[str]:
    """Replaces the user's recovery codes with ten new ones (the old ones stop working)."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
    )
    codes = _new_recovery_codes(device)
    audit_record(actor=user, action="organisations.second_factor.recovery_codes", target=user)
    return codes


@transaction.atomic
def second_factor_reset(
    *, actor: User | None, user: User, organisation: Organisation | None = None
) -> None:
    """Removes the user's authenticator app and recovery codes: their open sessions lose
    the second factor at once, and they set it up again at their next log-in. Allowed by
    `permissions.may_reset_second_factor`: superusers, and a zone administrator for a
    member of that zone only. `actor=None` is a site operator at the server's command line
    (`korps reset-second-factor`), audited without an actor."""
    if actor is not None and not may_reset_second_factor(actor, user, organisation):
        raise PermissionDenied(
            _(
                "You may not reset the second factor of this person: they have a role in "
                "another zone, or they operate korps."
            )
        )
    removed = [device.persistent_id for device in devices_for_user(user, confirmed=None)]
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    audit_record(
        actor=actor,
        action="organisations.second_factor.reset",
        target=user,
        organisation=organisation,
        data={
            "user": user.email,
            "devices": len(removed),
            "by": "command line" if actor is None else "web",
        },
    )
