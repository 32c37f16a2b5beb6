"""Response headers korps sets on every response."""

from django.utils.cache import patch_cache_control


def _personal(request, response) -> bool:
    """Pages of a logged-in user, pages opened with a personal link (a token in the URL)
    and downloads hold personal data."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return True
    match = getattr(request, "resolver_match", None)
    if match is not None and any("token" in name for name in match.kwargs):
        return True
    return response.get("Content-Disposition", "").startswith("attachment")


class NoStoreMiddleware:
    """`Cache-Control: no-store, private` on every response with personal data, so that
    neither a shared proxy nor the browser's cache (a shared computer, the back button after
    logging out) keeps a copy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if _personal(request, response):
            patch_cache_control(response, no_store=True, private=True)
        return response
