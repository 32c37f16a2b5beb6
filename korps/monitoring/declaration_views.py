"""The person's own declaration pages: a staff member's, for the HR record linked to their
account, and a candidate's, by their personal guidance link or their declaration invitation.
The staff invitation's page is invitation_views.StaffDeclarationView."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from korps.audit import labels
from korps.audit.services import audit_record
from korps.core.links import link_resolve
from korps.guidance.links import DECLARATION_PURPOSE
from korps.guidance.models import Candidate
from korps.organisations.mixins import ZonePermissionMixin
from korps.organisations.scoping import PersonalLinkMixin

from . import services, staff_selectors
from .dimensions import answer_labels
from .forms import DECLARATION_CONSENT, DeclarationForm
from .models import Declaration, origin_groups


class MyDeclarationView(ZonePermissionMixin, TemplateView):
    """A staff member's own declaration, for the HR record linked to their account (by the
    HR export's e-mail column or a zone administrator), never for a number typed in. Nothing
    here says whether any other number has declared."""

    permission = "organisations.view_staff_home"
    template_name = "monitoring/staff/my_declaration.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        record = staff_selectors.staff_record_of(user=self.request.user, organisation=self.zone)
        declaration = (
            staff_selectors.staff_declaration_of(record=record) if record is not None else None
        )
        context.update(
            record=record,
            declaration=declaration,
            declaration_origin=_origin_label(self.zone, declaration),
            declaration_answers=answer_labels(declaration),
        )
        context.setdefault("form", DeclarationForm(organisation=self.zone))
        return context

    def post(self, request, *args, **kwargs):
        record = staff_selectors.staff_record_of(user=request.user, organisation=self.zone)
        if record is None:
            return self.render_to_response(self.get_context_data(), status=400)
        if "withdraw" in request.POST:
            declaration = staff_selectors.staff_declaration_of(record=record)
            if declaration is not None:
                services.declaration_withdraw(declaration=declaration, acting_user=request.user)
                messages.success(request, _("Your declaration is withdrawn and erased."))
            return redirect("monitoring:my_declaration", zone=self.zone.code)
        form = DeclarationForm(request.POST, organisation=self.zone)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        services.declaration_save(
            organisation=self.zone,
            staff_number=record.staff_number,
            gender=form.cleaned_data["gender"],
            origin_group=form.cleaned_data["origin_group"],
            answers=form.answers(),
            consent_text=str(DECLARATION_CONSENT),
            acting_user=request.user,
        )
        messages.success(request, _("Thank you: your declaration is saved."))
        return redirect("monitoring:my_declaration", zone=self.zone.code)


class CandidateDeclarationView(PersonalLinkMixin, TemplateView):
    """The candidate's own declaration, reached by their personal guidance link."""

    template_name = "monitoring/public/declaration.html"
    link_model = Candidate
    purpose = "guidance"
    url_name = "monitoring:candidate_declaration"

    def get_candidate(self):
        return link_resolve(
            Candidate.objects.select_related("organisation").filter(pseudonymised_at__isnull=True),
            self.purpose,
            self.kwargs["token"],
            holder=labels.CANDIDATE,
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        candidate = self.get_candidate()
        declaration = Declaration.objects.filter(
            candidate=candidate, withdrawn_at__isnull=True
        ).first()
        audit_record(
            actor=None,
            action="monitoring.declaration.read_by_candidate",
            target=candidate,
            organisation=candidate.organisation,
        )
        context.update(
            token=self.kwargs["token"],
            guidance_link=self.purpose == "guidance",
            declaration_url_name=self.url_name,
            candidate=candidate,
            zone=candidate.organisation,
            declaration=declaration,
            declaration_origin=_origin_label(candidate.organisation, declaration),
            declaration_answers=answer_labels(declaration),
        )
        context.setdefault("form", DeclarationForm(organisation=candidate.organisation))
        return context

    def post(self, request, *args, **kwargs):
        candidate = self.get_candidate()
        if "withdraw" in request.POST:
            declaration = Declaration.objects.filter(candidate=candidate).first()
            if declaration is not None:
                services.declaration_withdraw(declaration=declaration)
            return redirect(self.url_name, token=kwargs["token"])
        form = DeclarationForm(request.POST, organisation=candidate.organisation)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        services.declaration_save(
            organisation=candidate.organisation,
            candidate=candidate,
            gender=form.cleaned_data["gender"],
            origin_group=form.cleaned_data["origin_group"],
            answers=form.answers(),
            consent_text=str(DECLARATION_CONSENT),
        )
        return redirect(self.url_name, token=kwargs["token"])


class InvitedCandidateDeclarationView(CandidateDeclarationView):
    """The same declaration, reached by the invitation link of a candidate the zone knows
    from the selection's lists (korps.guidance.candidate_imports); that link opens nothing
    else."""

    purpose = DECLARATION_PURPOSE
    url_name = "monitoring:invited_declaration"


def _origin_label(zone, declaration) -> str:
    if declaration is None:
        return ""
    return str(dict(origin_groups(zone)).get(declaration.origin_group, ""))
