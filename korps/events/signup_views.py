"""Pages of one sign-up: the person's own page (personal link) and staff's page of a
sign-up, where staff add, change or cancel one on the person's behalf."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from korps.audit import labels
from korps.audit.services import audit_record
from korps.core.links import link_resolve
from korps.core.ratelimit import allow
from korps.organisations.scoping import PersonalLinkMixin

from . import selectors, services, signup_services
from .forms import SeatsForm, StaffSignupForm
from .models import Signup, SignupStatus
from .views import StaffEventMixin

# Mails of the ticket sent again, per sign-up: enough for a lost mail, not a mail flood.
TICKET_RESEND_LIMIT = (3, 3600)


def _can_change(signup: Signup) -> bool:
    return signup.status != SignupStatus.CANCELLED and signup.event.starts_at > timezone.now()


class SignupActionsMixin:
    """The actions on one sign-up, posted as `action`: seats, resend, cancel. `acting_user`
    is None for the person by their personal link."""

    def acting_user(self):
        return None

    def act(self, request, signup: Signup) -> None:
        action = request.POST.get("action", "cancel")
        try:
            if action == "seats":
                form = SeatsForm(request.POST)
                if not form.is_valid():
                    messages.error(request, _("Choose a number of people from the list."))
                    return
                signup_services.signup_change_seats(
                    signup=signup, seats=form.cleaned_data["seats"], acting_user=self.acting_user()
                )
                messages.success(request, _("The number of people is changed."))
            elif action == "resend":
                if not allow(
                    "ticket-resend",
                    signup.link_id,
                    limit=TICKET_RESEND_LIMIT[0],
                    window_seconds=TICKET_RESEND_LIMIT[1],
                ):
                    messages.error(
                        request, _("The e-mail was sent several times already. Try again later.")
                    )
                    return
                signup_services.signup_ticket_resend(signup=signup, acting_user=self.acting_user())
                messages.success(request, _("The e-mail is sent again."))
            elif action == "cancel":
                services.signup_cancel(signup=signup, acting_user=self.acting_user())
                messages.success(
                    request, _("The sign-up is cancelled. A confirmation goes by e-mail.")
                )
            else:
                messages.error(request, _("This action does not exist."))
        except services.SignupError as error:
            messages.error(request, error.message)


class SignupManageView(PersonalLinkMixin, SignupActionsMixin, TemplateView):
    """The person's own page, reached by the link in every e-mail: status, place on the
    waiting list, number of people, the ticket again, cancel or leave."""

    template_name = "events/public/manage.html"
    link_model = Signup
    link_zone = "event__organisation"

    def get_signup(self):
        return link_resolve(
            Signup.objects.select_related("event", "event__organisation"),
            "manage",
            self.kwargs["token"],
            holder=labels.SIGNUP,
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        signup = self.get_signup()
        # The page shows the person's name and event: a read of a personal record.
        audit_record(
            actor=None,
            action="events.signup.read",
            target=signup,
            organisation=signup.event.organisation,
        )
        context.update(
            signup=signup,
            event=signup.event,
            zone=signup.event.organisation,
            can_cancel=_can_change(signup),
            position=selectors.waiting_position(signup),
            seats_form=SeatsForm(initial={"seats": signup.seats}),
        )
        return context

    def post(self, request, *args, **kwargs):
        self.act(request, self.get_signup())
        return redirect("events:manage", token=self.kwargs["token"])


class StaffSignupCreateView(StaffEventMixin, TemplateView):
    """Staff add a sign-up for someone who phones or comes to the desk."""

    permission = "events.manage_events"
    template_name = "events/staff/signup_form.html"

    def get(self, request, *args, **kwargs):
        event = self.get_event()
        return self.render_to_response(self.get_context_data(event=event, form=StaffSignupForm()))

    def post(self, request, *args, **kwargs):
        event = self.get_event()
        form = StaffSignupForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                signup = signup_services.signup_add_by_staff(
                    event_id=event.pk,
                    acting_user=request.user,
                    language=translation.get_language(),
                    **data,
                )
            except services.SignupError as error:
                form.add_error(None, error.message)
            else:
                if signup.status == SignupStatus.CONFIRMED:
                    messages.success(request, _("The sign-up is added and confirmed by e-mail."))
                else:
                    messages.success(
                        request, _("The event is full: the sign-up is on the waiting list.")
                    )
                return redirect("events_staff:detail", zone=self.zone.code, pk=event.pk)
        return self.render_to_response(self.get_context_data(event=event, form=form))


class StaffSignupView(StaffEventMixin, SignupActionsMixin, TemplateView):
    """One sign-up for staff: its details (an audited read) and the person's actions, done
    on their behalf."""

    permission = "events.manage_events"
    template_name = "events/staff/signup.html"

    def acting_user(self):
        return self.request.user

    def get_signup(self, event):
        signup = selectors.staff_signup_get(event=event, pk=self.kwargs["signup"])
        if signup is None:
            raise Http404
        return signup

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        event = self.get_event()
        signup = self.get_signup(event)
        audit_record(
            actor=self.request.user,
            action="events.signup.read",
            target=signup,
            organisation=self.zone,
        )
        context.update(
            event=event,
            signup=signup,
            can_change=_can_change(signup),
            position=selectors.waiting_position(signup),
            seats_form=SeatsForm(initial={"seats": signup.seats}),
        )
        return context

    def post(self, request, *args, **kwargs):
        event = self.get_event()
        self.act(request, self.get_signup(event))
        return redirect(
            "events_staff:signup", zone=self.zone.code, pk=event.pk, signup=kwargs["signup"]
        )
