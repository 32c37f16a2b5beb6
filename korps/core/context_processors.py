from korps.organisations.permissions import organisations_for, permissions_of

from .navigation import items_for


def navigation(request):
    """The zone the page is about and the navigation the user's roles there allow."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    match = getattr(request, "resolver_match", None)
    code = match.kwargs.get("zone") if match else None
    zones = list(organisations_for(user))
    current = next((z for z in zones if z.code == code), None)
    if current is None and code is None and len(zones) == 1:
        current = zones[0]
    if current is None:
        return {"nav_zones": zones}
    return {
        "nav_zones": zones,
        "nav_zone": current,
        "nav_items": items_for(permissions_of(user, current), current.code),
    }
