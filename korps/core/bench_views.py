"""The benchmark baseline: the least a POST through Django can do (CSRF check, one insert).
Only routed when KORPS_BENCH_BASELINE is on (korps.settings.bench)."""

from django.http import HttpResponse, HttpResponseRedirect
from django.middleware.csrf import get_token
from django.views.decorators.csrf import ensure_csrf_cookie

from korps.audit.models import AuditEntry


@ensure_csrf_cookie
def baseline(request):
    if request.method == "POST":
        AuditEntry.objects.create(action="bench.baseline", data={"n": request.POST.get("name")})
        return HttpResponseRedirect("/bench/baseline/")
    token = get_token(request)
    return HttpResponse(
        f'<form method="post"><input type="hidden" name="csrfmiddlewaretoken" value="{token}">'
        "</form>"
    )
