"""Counting attempts per key (address, e-mail, account) in the cache, for the public forms
and the log-in; and the one answer to "which address did this request come from"."""

import hashlib
import ipaddress
import time
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied

# Limits of the public forms, as (attempts, window in seconds). Per address they are sized for
# a crowd: a school class or a community info session fills the forms from one shared Wi-Fi
# address. Per e-mail address they are small: one person, or a robot using one address,
# cannot flood an event or someone's mailbox. A window starts at the first attempt; refused
# attempts do not move it, so a refused address is let in again when the window ends.
PUBLIC_FORM_ADDRESS_LIMIT = (200, 600)
SIGNUP_EMAIL_PER_EVENT_LIMIT = (3, 3600)
PUBLIC_FORM_EMAIL_LIMIT = (3, 3600)


def _key(scope: str, value: str) -> str:
    # Only a keyed hash of the address or e-mail goes into the cache, never the value itself.
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{scope}:{value}".encode()).hexdigest()[:32]
    return f"korps:rate:{scope}:{digest}"


def _count(scope: str, value: str, window_seconds: int, *, sliding: bool = False) -> int:
    """One more attempt. The window starts at the first attempt, or (`sliding`) at the latest
    one. The key's expiry is set again after each increment, because the file-based cache's
    incr() resets it to the default five minutes, which used to end an hourly limit early."""
    key = _key(scope, value.lower())
    now = time.time()
    cache.add(key, 0, timeout=window_seconds)
    cache.add(f"{key}:start", now, timeout=window_seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=window_seconds)
        cache.set(f"{key}:start", now, timeout=window_seconds)
        return 1
    start = now if sliding else cache.get(f"{key}:start", now)
    cache.touch(key, max(1, round(start + window_seconds - now)))
    return count


def allow(scope: str, value: str, *, limit: int, window_seconds: int) -> bool:
    """Count one attempt; False once `limit` attempts were made within the window."""
    if not settings.KORPS_RATE_LIMITS or not value:
        return True
    return _count(scope, value, window_seconds) <= limit


@lru_cache(maxsize=8)
def _networks(trusted: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(item, strict=False) for item in trusted)


def _trusted(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in _networks(tuple(settings.KORPS_TRUSTED_PROXIES)))


def client_address(request) -> str:
    """The address of the client, as lockouts and rate limits key on it. Behind trusted
    proxies (KORPS_TRUSTED_PROXIES) it is the right-most X-Forwarded-For entry that is not a
    trusted proxy: the proxies append, so entries left of it are whatever the client sent.
    From any other peer the header is ignored, and the peer's own address counts."""
    peer = request.META.get("REMOTE_ADDR", "")
    if not _trusted(peer):
        return peer
    forwarded = [
        item.strip()
        for item in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if item.strip()
    ]
    for address in reversed(forwarded):
        if not _trusted(address):
            try:
                return str(ipaddress.ip_address(address))
            except ValueError:
                # A garbled entry a trusted proxy passed on: the client wrote it.
                return peer
    return forwarded[0] if forwarded else peer


# Password spraying: wrong passwords for one account from many addresses. django-axes locks
# out an address for an account (AXES_FAILURE_LIMIT, per address); this counter locks out
# the account itself after KORPS_LOGIN_ACCOUNT_FAILURE_LIMIT wrong passwords from any
# addresses, none of them more than the cool-off after the one before; the lock lasts until
# the cool-off has passed since the last one (as axes counts).


def _account(credentials: dict) -> str:
    return (credentials.get("username") or "").strip().lower()


def login_failed(sender, credentials: dict, request=None, **kwargs) -> None:
    """Receiver of `user_login_failed`: one more wrong password for the account."""
    account = _account(credentials)
    if account:
        _count("login-account", account, settings.KORPS_LOGIN_COOLOFF_MINUTES * 60, sliding=True)


def account_locked(account: str) -> bool:
    count = cache.get(_key("login-account", account.strip().lower()), 0)
    return count >= settings.KORPS_LOGIN_ACCOUNT_FAILURE_LIMIT


class AccountLockoutBackend:
    """Refuses every log-in, right password or not, to an account with too many wrong
    passwords from any addresses, and shows the lockout page as axes does. It never returns
    a user, and has no get_user(), so that sessions stay with the model backend."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username and account_locked(username):
            if request is not None:
                request.axes_locked_out = True  # AxesMiddleware answers with the lockout page
            raise PermissionDenied
        return None
