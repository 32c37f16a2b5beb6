"""Inviting a colleague from the zone's people page (the page itself is views.MemberListView)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from korps.organisations.forms import MemberInviteForm
from korps.organisations.mixins import ZonePermissionMixin
from korps.organisations.services import member_invite


class MemberInviteView(ZonePermissionMixin, TemplateView):
    permission = "organisations.manage_zone"
    template_name = "core/staff/member_invite.html"

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=MemberInviteForm()))

    def post(self, request, *args, **kwargs):
        form = MemberInviteForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                user = member_invite(
                    organisation=self.zone,
                    email=data["email"],
                    full_name=data["full_name"],
                    role=data["role"],
                    acting_user=request.user,
                )
            except ValidationError as error:
                for field, errors in error.message_dict.items():
                    for message in errors:
                        form.add_error(field if field in form.fields else None, message)
            else:
                messages.success(
                    request,
                    _("The invitation is sent to %(email)s.") % {"email": user.email},
                )
                return redirect("core:members", zone=self.zone.code)
        return self.render_to_response(self.get_context_data(form=form), status=400)
