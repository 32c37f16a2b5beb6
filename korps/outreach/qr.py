"""The action's QR code as a file for designers: PNG for print shops and slides, SVG and PDF as
vectors that scale to any poster. The printable page (views.ActionQrView) shows the same code."""

import io

import segno
from django.conf import settings
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.views import View

from korps.organisations.mixins import ZonePermissionMixin

from . import selectors

# format: (content type, segno scale). A PNG module of 20 px gives a 740 px image for a short
# link (37 modules with the border), sharp at 6 cm on a 300 dpi print; vectors scale freely.
FORMATS = {
    "png": ("image/png", 20),
    "svg": ("image/svg+xml", 10),
    "pdf": ("application/pdf", 10),
}


def action_short_url(action) -> str:
    return settings.KORPS_SITE_URL + reverse("outreach:track", kwargs={"code": action.code})


class ActionQrDownloadView(ZonePermissionMixin, View):
    permission = "outreach.view_dashboard"

    def get(self, request, *args, **kwargs):
        kind = kwargs["kind"]
        if kind not in FORMATS:
            raise Http404
        action = selectors.action_get(organisation=self.zone, pk=kwargs["pk"])
        if action is None:
            raise Http404
        content_type, scale = FORMATS[kind]
        url = action_short_url(action)
        buffer = io.BytesIO()
        options = {"title": url} if kind == "svg" else {}
        segno.make(url, error="m").save(buffer, kind=kind, scale=scale, border=2, **options)
        response = HttpResponse(buffer.getvalue(), content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="qr-{action.code}.{kind}"'
        return response
