"""What the second-factor pages show: the QR code, the secret in text, the demo's fixed key."""

from base64 import b32decode, b32encode
from binascii import unhexlify

import segno
from django.conf import settings
from django_otp.oath import totp
from django_otp.util import random_hex

# Every demo account's authenticator app uses this published secret (README, Demo log-ins):
# add it once to any authenticator app, or read the current code from `korps demo-logins`.
DEMO_TOTP_SECRET = "KORPSDEMOKORPSDEMOKORPSDEMOKORPS"
DEMO_TOTP_KEY = b32decode(DEMO_TOTP_SECRET).hex()

SETUP_KEY_SESSION = "korps_second_factor_key"
FRESH_CODES_SESSION = "korps_recovery_codes"


def new_key() -> str:
    """20 random bytes, hex-encoded, as django-otp's TOTP devices store them."""
    return random_hex(20)


def secret_for_display(key: str) -> str:
    """The key as authenticator apps ask for it when typed: base32, in groups of four."""
    secret = b32encode(unhexlify(key.encode())).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_data_uri(url: str) -> str:
    """An inline SVG image (a data: URI), so the page needs no script and no extra request."""
    return segno.make(url, error="m").svg_data_uri(scale=5, border=2)


def current_code(key: str) -> str:
    return f"{totp(unhexlify(key.encode())):06d}"


def demo_code_for(device) -> str | None:
    """The current code, when the demo profile asks for a hint and the device has the
    published demo key (a code from a public secret gives nothing away)."""
    if not getattr(settings, "KORPS_SECOND_FACTOR_DEMO_HINT", False):
        return None
    if device is None or device.key != DEMO_TOTP_KEY:
        return None
    return current_code(device.key)
