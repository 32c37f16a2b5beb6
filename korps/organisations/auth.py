"""Log-in helpers."""


def axes_username(request, credentials=None) -> str | None:
    """The e-mail address a log-in attempt was made for, in one spelling, so that
    'Iemand@Zone.test' and 'iemand@zone.test' count towards the same lockout."""
    value = (credentials or {}).get("username")
    if value is None and request is not None:
        value = request.POST.get("username")
    return value.strip().lower() if value else None
