"""Upload, preview, confirm: the one flow of korps's all-or-nothing imports. The uploaded file
waits in the session between the preview and the confirmation, and is checked again then."""

import base64

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import TemplateView


class PreviewImportView(TemplateView):
    """Subclasses (with ZonePermissionMixin first) set `form_class`, `session_key`,
    `url_name`, `done_url_name`, and implement plan(name, raw) and apply(plan) -> message.
    A plan has `ok` (no problems and something to import)."""

    form_class = None
    session_key = ""
    url_name = ""
    done_url_name = ""

    def plan(self, *, name: str, raw: bytes):
        raise NotImplementedError

    def apply(self, plan) -> str:
        raise NotImplementedError

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=self.form_class()))

    def post(self, request, *args, **kwargs):
        if "confirm" in request.POST:
            return self.confirm(request)
        form = self.form_class(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upload = form.cleaned_data["file"]
        raw = upload.read()
        plan = self.plan(name=upload.name, raw=raw)
        if plan.ok:
            request.session[self.session_key] = {
                "zone": self.zone.code,
                "name": upload.name,
                "raw": base64.b64encode(raw).decode(),
            }
        return self.render_to_response(
            self.get_context_data(form=form, plan=plan, file_name=upload.name)
        )

    def confirm(self, request):
        stored = request.session.get(self.session_key)
        if not stored or stored["zone"] != self.zone.code:
            messages.error(request, _("Upload the file again: the preview has expired."))
            return redirect(self.url_name, zone=self.zone.code)
        # Checked again: the data may have changed since the preview.
        plan = self.plan(name=stored["name"], raw=base64.b64decode(stored["raw"]))
        if not plan.ok:
            return self.render_to_response(self.get_context_data(form=self.form_class(), plan=plan))
        message = self.apply(plan)
        del request.session[self.session_key]
        messages.success(request, message)
        return redirect(self.done_url_name, zone=self.zone.code)
