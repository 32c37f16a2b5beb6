"""The invitations to declare: the diversity manager's page (response rate per unit, sending
invitations and reminders, printing letters) and the staff member's own pages (the personal
link, and the page where a letter's code is typed)."""

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from korps.audit import labels
from korps.audit.services import audit_record
from korps.core.links import link_resolve, link_token
from korps.core.ratelimit import allow, client_address
from korps.disclosure.cells import LEGEND
from korps.organisations.mixins import ZonePermissionMixin
from korps.organisations.scoping import PersonalLinkMixin

from . import invitation_rates, invitations, services
from .dimensions import answer_labels
from .forms import DECLARATION_CONSENT, DeclarationForm
from .models import Declaration, InvitationChannel, StaffInvitation, SubjectKind, origin_groups

# Guesses of letter codes per address: a person mistyping a few times gets through, a robot
# trying codes gets nowhere (60 random bits per code).
CODE_GUESS_LIMIT = (10, 900)


class InvitationsView(ZonePermissionMixin, TemplateView):
    permission = "monitoring.manage_data"
    template_name = "monitoring/staff/invitations.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            rates=invitation_rates.response_rates(organisation=self.zone),
            batches=invitation_rates.recent_batches(organisation=self.zone),
            legend=LEGEND,
        )
        return context

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action", "")
        if action in ("letters", "letters_without_address"):
            letters = invitations.letters_issue(
                organisation=self.zone,
                acting_user=request.user,
                without_address_only=action == "letters_without_address",
            )
            if not letters:
                messages.info(request, _("Everyone has answered: there is no letter to print."))
                return redirect("monitoring:invitations", zone=self.zone.code)
            from .letters import letters_pdf

            response = HttpResponse(letters_pdf(self.zone, letters), content_type="application/pdf")
            filename = f"letters-{self.zone.code}-{timezone.localdate()}.pdf"
            response["Content-Disposition"] = f'attachment; filename="{filename}"'
            return response
        if action not in (InvitationChannel.MAIL, InvitationChannel.REMINDER):
            messages.error(request, _("Choose what to send."))
            return redirect("monitoring:invitations", zone=self.zone.code)
        batch = invitations.invitation_batch_start(
            organisation=self.zone, channel=action, acting_user=request.user
        )
        if batch.total:
            messages.success(
                request, _("%(count)s e-mails are being sent.") % {"count": batch.total}
            )
        else:
            messages.info(request, _("Nobody is left to receive this e-mail."))
        return redirect("monitoring:invitations", zone=self.zone.code)


class StaffDeclarationView(PersonalLinkMixin, TemplateView):
    """A staff member's own declaration, reached by their personal invitation: it opens the
    declaration of their staff number, and only that one."""

    template_name = "monitoring/public/staff_declaration.html"
    link_model = StaffInvitation

    def get_invitation(self) -> StaffInvitation:
        return link_resolve(
            StaffInvitation.objects.select_related("organisation", "staff_member"),
            invitations.PURPOSE,
            self.kwargs["token"],
            holder=labels.STAFF_MEMBER,
        )

    def _declaration(self, invitation, **filters):
        return Declaration.objects.filter(
            organisation=invitation.organisation,
            subject_kind=SubjectKind.STAFF,
            staff_number=invitation.staff_member.staff_number,
            **filters,
        ).first()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        invitation = self.get_invitation()
        zone = invitation.organisation
        declaration = self._declaration(invitation, withdrawn_at__isnull=True)
        audit_record(
            actor=None,
            action="monitoring.declaration.read_by_staff_member",
            target=invitation.staff_member,
            organisation=zone,
        )
        origin = dict(origin_groups(zone)).get(declaration.origin_group) if declaration else ""
        context.update(
            zone=zone,
            declaration=declaration,
            declaration_origin=origin or "",
            declaration_answers=answer_labels(declaration),
        )
        context.setdefault("form", DeclarationForm(organisation=zone))
        return context

    def post(self, request, *args, **kwargs):
        invitation = self.get_invitation()
        zone = invitation.organisation
        if "withdraw" in request.POST:
            declaration = self._declaration(invitation)
            if declaration is not None:
                services.declaration_withdraw(declaration=declaration)
                messages.success(request, _("Your declaration is withdrawn and erased."))
            return redirect("monitoring:staff_declaration", token=kwargs["token"])
        form = DeclarationForm(request.POST, organisation=zone)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        services.declaration_save(
            organisation=zone,
            staff_number=invitation.staff_member.staff_number,
            gender=form.cleaned_data["gender"],
            origin_group=form.cleaned_data["origin_group"],
            answers=form.answers(),
            consent_text=str(DECLARATION_CONSENT),
            via_link=True,
        )
        messages.success(request, _("Thank you: your declaration is saved."))
        return redirect("monitoring:staff_declaration", token=kwargs["token"])


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("The code in your letter"),
        max_length=40,
        help_text=gettext_lazy("Twelve letters and digits, like ABCD-EFGH-JKLM."),
    )


class DeclarationCodeView(TemplateView):
    """Where a printed letter's code is typed: the code opens the person's own link."""

    template_name = "monitoring/public/declaration_code.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", CodeForm())
        return context

    def post(self, request, *args, **kwargs):
        form = CodeForm(request.POST)
        if form.is_valid():
            limit, window = CODE_GUESS_LIMIT
            if not allow(
                "declaration-code", client_address(request), limit=limit, window_seconds=window
            ):
                form.add_error(
                    None,
                    _("Too many attempts from here in a short time. Please try again later."),
                )
                return self.render_to_response(self.get_context_data(form=form), status=429)
            invitation = invitations.invitation_by_code(form.cleaned_data["code"])
            if invitation is not None:
                token = link_token(invitation, invitations.PURPOSE)
                return redirect("monitoring:staff_declaration", token=token)
            form.add_error("code", _("This code does not open a declaration. Check it again."))
        return self.render_to_response(self.get_context_data(form=form), status=400)
