from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView

from korps.audit.services import audit_record
from korps.core.exports import table_response
from korps.core.links import link_resolve
from korps.core.public import ZonePublicMixin
from korps.core.ratelimit import (
    PUBLIC_FORM_ADDRESS_LIMIT,
    SIGNUP_EMAIL_PER_EVENT_LIMIT,
    allow,
    client_address,
)
from korps.organisations.mixins import ZonePermissionMixin

from . import door_services, selectors, services
from .export_columns import EXPORT_COLUMNS, EXPORT_HEADERS, export_row
from .forms import CopyEventForm, EventForm, ExtraSessionForm, SignupForm
from .models import Signup, SignupStatus

# ---------------------------------------------------------------- public


class EventListView(ZonePublicMixin, TemplateView):
    template_name = "events/public/list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["events"] = selectors.public_event_list(organisation=self.zone)
        return context


SIGNUP_SENT = gettext_lazy(
    "Thank you. We have sent you an e-mail about your sign-up, with a personal link to see, "
    "change or cancel it. No e-mail within a few minutes? Check your spam folder."
)


class EventSignupView(ZonePublicMixin, TemplateView):
    """The event and its sign-up form. A full event still takes sign-ups: on the waiting list."""

    template_name = "events/public/event.html"
    ip_limit = PUBLIC_FORM_ADDRESS_LIMIT
    email_limit = SIGNUP_EMAIL_PER_EVENT_LIMIT

    def get_event(self):
        event = selectors.public_event_get(organisation=self.zone, pk=self.kwargs["pk"])
        if event is None:
            raise Http404
        return event

    def get(self, request, *args, **kwargs):
        form = SignupForm(initial={"source": self.source})
        return self.render_to_response(self.get_context_data(event=self.get_event(), form=form))

    def post(self, request, *args, **kwargs):
        event = self.get_event()
        form = SignupForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            if not allow(
                "signup-ip",
                client_address(request),
                limit=self.ip_limit[0],
                window_seconds=self.ip_limit[1],
            ) or not allow(
                "signup-email-event",
                f"{event.pk}:{data['email']}",
                limit=self.email_limit[0],
                window_seconds=self.email_limit[1],
            ):
                form.add_error(
                    None,
                    _(
                        "Too many sign-ups from here in a short time. Please "
                        "try again in a few minutes."
                    ),
                )
                response = self.render_to_response(self.get_context_data(event=event, form=form))
                response.status_code = 429
                return response
            try:
                services.signup_create(
                    event_id=event.pk,
                    name=data["name"],
                    email=data["email"],
                    phone=data["phone"],
                    seats=data["seats"],
                    accessibility_needs=data["accessibility_needs"],
                    language=translation.get_language(),
                    source=data["source"] or self.source,
                )
            except services.SignupError as error:
                if error.code != "duplicate":
                    form.add_error(None, error.message)
                    return self.render_to_response(self.get_context_data(event=event, form=form))
                services.signup_link_resend(event_id=event.pk, email=data["email"])
            # The same answer whether the address was signed up already or not (the form
            # must not tell anyone who is signed up): the news, and the link, go by e-mail.
            messages.success(request, SIGNUP_SENT)
            return redirect("events:signup", zone=self.zone.code, pk=event.pk)
        return self.render_to_response(self.get_context_data(event=event, form=form))


# ---------------------------------------------------------------- staff


class StaffEventListView(ZonePermissionMixin, TemplateView):
    permission = "events.check_in"
    template_name = "events/staff/list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        search = self.request.GET.get("q", "").strip()
        period = self.request.GET.get("period", "upcoming")
        if period not in ("upcoming", "past", "all"):
            period = "upcoming"
        events = selectors.staff_event_list(organisation=self.zone, search=search, period=period)
        context["page"] = Paginator(events, 25).get_page(self.request.GET.get("page"))
        context["search"], context["period"] = search, period
        context["query"] = urlencode({"q": search, "period": period})
        context["can_manage"] = "events.manage_events" in self.request.user_permissions
        return context


class StaffEventMixin(ZonePermissionMixin):
    def get_event(self):
        event = selectors.staff_event_get(organisation=self.zone, pk=self.kwargs["pk"])
        if event is None:
            raise Http404
        return event


class StaffEventCreateView(ZonePermissionMixin, TemplateView):
    permission = "events.manage_events"
    template_name = "events/staff/form.html"

    def get(self, request, *args, **kwargs):
        form = EventForm(zone=self.zone, initial={"language": self.zone.default_language})
        return self.render_to_response(self.get_context_data(form=form))

    def post(self, request, *args, **kwargs):
        form = EventForm(request.POST, zone=self.zone)
        if form.is_valid():
            event = services.event_create(
                organisation=self.zone, acting_user=request.user, **form.cleaned_data
            )
            messages.success(request, _("The event is saved."))
            return redirect("events_staff:detail", zone=self.zone.code, pk=event.pk)
        return self.render_to_response(self.get_context_data(form=form))


class StaffEventEditView(StaffEventMixin, TemplateView):
    permission = "events.manage_events"
    template_name = "events/staff/form.html"

    def get(self, request, *args, **kwargs):
        event = self.get_event()
        form = EventForm(instance=event, zone=self.zone)
        return self.render_to_response(self.get_context_data(form=form, event=event))

    def post(self, request, *args, **kwargs):
        event = self.get_event()
        form = EventForm(request.POST, instance=event, zone=self.zone)
        if form.is_valid():
            try:
                _event, promoted = services.event_update(
                    event=event, acting_user=request.user, **form.cleaned_data
                )
            except services.SignupError as error:
                form.add_error("seats", error.message)
            else:
                messages.success(request, _("The event is saved."))
                if promoted:
                    messages.info(
                        request,
                        _("%(count)s people from the waiting list got a seat.")
                        % {"count": len(promoted)},
                    )
                return redirect("events_staff:detail", zone=self.zone.code, pk=event.pk)
        return self.render_to_response(self.get_context_data(form=form, event=event))


class StaffEventCopyView(StaffEventMixin, TemplateView):
    permission = "events.manage_events"
    template_name = "events/staff/copy.html"

    def get(self, request, *args, **kwargs):
        event = self.get_event()
        return self.render_to_response(self.get_context_data(event=event, form=CopyEventForm()))

    def post(self, request, *args, **kwargs):
        event = self.get_event()
        form = CopyEventForm(request.POST)
        if form.is_valid():
            copy = services.event_copy(event=event, acting_user=request.user, **form.cleaned_data)
            messages.success(
                request, _("The copy is saved, not yet published. Check it and publish it.")
            )
            return redirect("events_staff:edit", zone=self.zone.code, pk=copy.pk)
        return self.render_to_response(self.get_context_data(event=event, form=form))


class StaffEventDetailView(StaffEventMixin, TemplateView):
    permission = "events.check_in"
    template_name = "events/staff/detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        event = kwargs.get("event") or self.get_event()
        search = self.request.GET.get("q", "").strip()[:120]
        signups = list(selectors.event_signups(event=event))
        confirmed = [s for s in signups if s.status == SignupStatus.CONFIRMED]
        if search:
            # The door's search box narrows the check-in list; the waiting list keeps its order.
            confirmed = list(
                selectors.door_search(
                    selectors.event_signups(event=event).filter(status=SignupStatus.CONFIRMED),
                    search,
                )
            )
        audit_record(
            actor=self.request.user,
            action="events.signups.read",
            target=event,
            organisation=self.zone,
            data={"count": len(signups), "search": bool(search)},
        )
        context.update(
            event=event,
            search=search,
            on_the_day=event.is_on(),
            confirmed=confirmed,
            waiting=list(
                enumerate([s for s in signups if s.status == SignupStatus.WAITING], start=1)
            ),
            cancelled=[s for s in signups if s.status == SignupStatus.CANCELLED],
            overflow=selectors.overflow_suggested(event),
            extra_form=kwargs.get("extra_form")
            or ExtraSessionForm(
                initial={
                    "seats": event.seats,
                    "starts_at": event.starts_at + timezone.timedelta(days=7),
                    "ends_at": event.ends_at + timezone.timedelta(days=7),
                }
            ),
            can_manage="events.manage_events" in self.request.user_permissions,
            extra_sessions=event.extra_sessions.all(),
            has_started=event.starts_at <= timezone.now(),
        )
        return context


class StaffExtraSessionView(StaffEventMixin, View):
    permission = "events.manage_events"

    def post(self, request, *args, **kwargs):
        event = self.get_event()
        form = ExtraSessionForm(request.POST)
        if not form.is_valid():
            view = StaffEventDetailView()
            view.setup(request, zone=self.zone.code, pk=event.pk)
            view.zone = self.zone
            return render(
                request,
                "events/staff/detail.html",
                view.get_context_data(event=event, extra_form=form),
                status=400,
            )
        data = form.cleaned_data
        extra = services.event_add_extra_session(
            event=event,
            acting_user=request.user,
            starts_at=data["starts_at"],
            ends_at=data["ends_at"],
            seats=data["seats"],
            place=data["place"] or None,
            move_waiting=data["move_waiting"],
        )
        messages.success(
            request,
            _(
                "The extra session is added. %(count)s people from the "
                "waiting list have a seat in it and were mailed."
            )
            % {"count": len(extra.moved)},
        )
        return redirect("events_staff:detail", zone=self.zone.code, pk=extra.event.pk)


class StaffCheckInView(StaffEventMixin, View):
    """Check a person in at the door (or undo it), from the list; answers HTMX with the row."""

    permission = "events.check_in"

    def post(self, request, *args, **kwargs):
        event = self.get_event()
        signup = get_object_or_404(Signup, event=event, pk=kwargs["signup"])
        try:
            door_services.signup_check_in(
                signup=signup,
                acting_user=request.user,
                undo=request.POST.get("undo") == "1",
                override=request.POST.get("override") == "1",
            )
        except services.SignupError as error:
            messages.error(request, error.message)
        if request.htmx:
            return render(
                request,
                "events/staff/_checkin_row.html",
                {"signup": signup, "event": event, "zone": self.zone, "on_the_day": event.is_on()},
            )
        return redirect(
            reverse("events_staff:detail", kwargs={"zone": self.zone.code, "pk": event.pk})
            + "#checkin"
        )


class StaffCheckInScanView(ZonePermissionMixin, TemplateView):
    """Where the QR code of a confirmation e-mail leads: staff at the door open it on their
    phone and confirm the check-in with one tap."""

    permission = "events.check_in"
    template_name = "events/staff/scan.html"

    def get_signup(self):
        return link_resolve(
            Signup.objects.select_related("event").filter(event__organisation=self.zone),
            "checkin",
            self.kwargs["token"],
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        signup = self.get_signup()
        audit_record(
            actor=self.request.user,
            action="events.signup.read_at_check_in",
            target=signup,
            organisation=self.zone,
        )
        context["signup"] = signup
        context["on_the_day"] = signup.event.is_on()
        return context

    def post(self, request, *args, **kwargs):
        signup = self.get_signup()
        try:
            door_services.signup_check_in(
                signup=signup,
                acting_user=request.user,
                override=request.POST.get("override") == "1",
            )
        except services.SignupError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("%(name)s is checked in.") % {"name": signup.name})
        return redirect("events_staff:check_in_scan", zone=self.zone.code, token=kwargs["token"])


class StaffCloseAttendanceView(StaffEventMixin, View):
    permission = "events.check_in"

    def post(self, request, *args, **kwargs):
        event = self.get_event()
        no_shows = door_services.event_close_attendance(event=event, acting_user=request.user)
        messages.success(
            request, _("Attendance is closed: %(count)s people did not come.") % {"count": no_shows}
        )
        return redirect("events_staff:detail", zone=self.zone.code, pk=event.pk)


class StaffExportView(StaffEventMixin, View):
    permission = "events.manage_events"

    def get(self, request, *args, **kwargs):
        event = self.get_event()
        export_format = kwargs["format"]
        rows = [
            export_row(values)
            for values in selectors.event_signups(event=event).values_list(*EXPORT_COLUMNS)
        ]
        audit_record(
            actor=request.user,
            action="events.signups.exported",
            target=event,
            organisation=self.zone,
            data={"format": export_format, "rows": len(rows)},
        )
        filename = f"signups-{event.pk}-{timezone.localdate(event.starts_at)}"
        return table_response(
            export_format=export_format,
            filename=filename,
            columns=EXPORT_HEADERS,
            rows=rows,
            sheet_title=_("Sign-ups"),
        )
