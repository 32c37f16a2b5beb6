"""Counting attempts per key (address, e-mail) in the cache, for the public forms."""

import hashlib

from django.conf import settings
from django.core.cache import cache


def _key(scope: str, value: str) -> str:
    # Only a keyed hash of the address or e-mail goes into the cache, never the value itself.
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{scope}:{value}".encode()).hexdigest()[:32]
    return f"korps:rate:{scope}:{digest}"


def allow(scope: str, value: str, *, limit: int, window_seconds: int) -> bool:
    """Count one attempt; False once `limit` attempts were made within the window."""
    if not settings.KORPS_RATE_LIMITS or not value:
        return True
    key = _key(scope, value.lower())
    cache.add(key, 0, timeout=window_seconds)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=window_seconds)
        count = 1
    return count <= limit


def client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "")
