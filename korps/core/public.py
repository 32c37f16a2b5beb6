"""What every public career-site view needs: the zone from the URL, in its languages."""

from django.shortcuts import get_object_or_404
from django.utils import translation

from korps.organisations.models import Organisation
from korps.organisations.scoping import respond_in_zone

from .sources import remember_source


class ZonePublicMixin:
    """For public pages under /careers/<zone>/: sets self.zone and the visitor's source code.
    A language the zone does not publish in falls back to the zone's default language. The
    view runs, and its template renders, in the zone's tenant scope."""

    def dispatch(self, request, *args, **kwargs):
        self.zone = get_object_or_404(Organisation, code=kwargs.pop("zone"))
        self.source = remember_source(request)
        language = translation.get_language()
        if language not in self.zone.published_languages:
            translation.activate(self.zone.default_language)
            request.LANGUAGE_CODE = self.zone.default_language
        return respond_in_zone(
            self.zone, lambda: super(ZonePublicMixin, self).dispatch(request, *args, **kwargs)
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["zone"] = self.zone
        context["source"] = self.source
        return context
