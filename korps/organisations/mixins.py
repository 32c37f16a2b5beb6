"""The one way a staff view reaches a zone: by its code in the URL, after the permission check."""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404

from korps.audit.services import audit_record

from .models import Organisation
from .permissions import has_permission, permissions_of
from .scoping import respond_in_zone


class ZonePermissionMixin:
    """For views under /z/<zone>/. Declare `permission`; the view gets `self.zone`.

    Anonymous visitors go to the login page; a member without the permission, a member of
    another zone and a user with no membership get 403, and the attempt is audited. The view
    runs, and its template renders, in the zone's tenant scope (`scoping.py`)."""

    permission: str = ""

    def dispatch(self, request, *args, **kwargs):
        if not self.permission:
            raise ValueError(f"{type(self).__name__} declares no permission.")
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        code = kwargs.pop("zone")
        self.zone = Organisation.objects.filter(code=code).first()
        if self.zone is None:
            raise Http404
        if not has_permission(request.user, self.permission, self.zone):
            audit_record(
                actor=request.user,
                action="access.denied",
                organisation=self.zone,
                data={"permission": self.permission},
            )
            raise PermissionDenied
        request.user_permissions = permissions_of(request.user, self.zone)
        return respond_in_zone(
            self.zone, lambda: super(ZonePermissionMixin, self).dispatch(request, *args, **kwargs)
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["zone"] = self.zone
        return context
