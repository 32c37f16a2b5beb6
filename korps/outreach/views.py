import datetime as dt

import segno
from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView

from korps.audit.services import audit_record
from korps.core.exports import XlsxChart, table_response
from korps.core.public import ZonePublicMixin
from korps.core.ratelimit import (
    PUBLIC_FORM_ADDRESS_LIMIT,
    PUBLIC_FORM_EMAIL_LIMIT,
    allow,
    client_address,
)
from korps.core.sources import SESSION_KEY
from korps.disclosure.cells import LEGEND, spreadsheet_value
from korps.organisations.mixins import ZonePermissionMixin
from korps.organisations.scoping import zone_scope

from . import charts, reach_csv, selectors, services
from .forms import (
    ActionForm,
    AnswerForm,
    AskForm,
    CampaignForm,
    CompareForm,
    PartnerContactForm,
    PartnerForm,
    PartnerPersonForm,
    ReachUploadForm,
    ReassignForm,
    WaveForm,
)
from .models import Action, PartnerKind, QuestionStatus

# ---------------------------------------------------------------- public


class TrackedLinkView(View):
    """/r/<code>: count the visit for the day, keep the code in the visitor's session for the
    forms that record a source, and go on. An unknown code leads to the home page."""

    def get(self, request, code):
        action = selectors.action_by_code(code=code)
        if action is None:
            return redirect("/")
        zone = action.wave.campaign.organisation
        with zone_scope(zone):
            services.action_visit_record(action=action)
        request.session[SESSION_KEY] = action.code
        if action.target_path and url_has_allowed_host_and_scheme(
            action.target_path, allowed_hosts={request.get_host()}
        ):
            return redirect(action.target_path)
        return redirect("careers:home", zone=zone.code)


class AskView(ZonePublicMixin, TemplateView):
    template_name = "outreach/public/ask.html"
    ip_limit = PUBLIC_FORM_ADDRESS_LIMIT
    email_limit = PUBLIC_FORM_EMAIL_LIMIT

    def form(self, data=None):
        return AskForm(
            data,
            zone=self.zone,
            initial={"source": self.source, "language": translation.get_language()},
        )

    def get(self, request, *args, **kwargs):
        if not selectors.zone_takes_questions(organisation=self.zone):
            return self.render_to_response(self.get_context_data(form=None))
        return self.render_to_response(self.get_context_data(form=self.form()))

    def post(self, request, *args, **kwargs):
        if not selectors.zone_takes_questions(organisation=self.zone):
            return self.render_to_response(self.get_context_data(form=None))
        form = self.form(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            if not allow(
                "ask-ip",
                client_address(request),
                limit=self.ip_limit[0],
                window_seconds=self.ip_limit[1],
            ) or not allow(
                "ask-email",
                data["email"],
                limit=self.email_limit[0],
                window_seconds=self.email_limit[1],
            ):
                form.add_error(
                    None,
                    _(
                        "Too many requests from here in a short time. Please "
                        "try again in a few minutes."
                    ),
                )
                response = self.render_to_response(self.get_context_data(form=form))
                response.status_code = 429
                return response
            question = services.question_ask(
                organisation=self.zone,
                topic=data["topic"],
                language=data["language"],
                name=data["name"],
                email=data["email"],
                question=data["question"],
                source=data["source"] or self.source,
            )
            sent = reverse("outreach:ask_sent", kwargs={"zone": self.zone.code})
            return redirect(sent if question.ambassador_id else sent + "?to=team")
        return self.render_to_response(self.get_context_data(form=form))


class AskSentView(ZonePublicMixin, TemplateView):
    """Promises what happens: an ambassador answers, or the diversity team when none could."""

    template_name = "outreach/public/ask_sent.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["to_team"] = self.request.GET.get("to") == "team"
        return context


# ---------------------------------------------------------------- campaigns


class CampaignListView(ZonePermissionMixin, TemplateView):
    permission = "outreach.view_dashboard"
    template_name = "outreach/staff/campaign_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        search = self.request.GET.get("q", "").strip()
        campaigns = selectors.campaign_list(organisation=self.zone, search=search)
        context["page"] = Paginator(campaigns, 25).get_page(self.request.GET.get("page"))
        context["search"] = search
        context["query"] = urlencode({"q": search})
        context["can_manage"] = "outreach.manage_campaigns" in self.request.user_permissions
        return context


class CampaignMixin(ZonePermissionMixin):
    def get_campaign(self):
        campaign = selectors.campaign_get(organisation=self.zone, pk=self.kwargs["pk"])
        if campaign is None:
            raise Http404
        return campaign


class CampaignFormView(ZonePermissionMixin, TemplateView):
    permission = "outreach.manage_campaigns"
    template_name = "outreach/staff/form.html"
    form_class = None
    title = ""

    def get_object(self):
        return None

    def make_form(self, data=None):
        raise NotImplementedError

    def save(self, form):
        raise NotImplementedError

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        return self.render_to_response(self.get_context_data(form=self.make_form()))

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        form = self.make_form(request.POST)
        if form.is_valid():
            target = self.save(form)
            messages.success(request, _("Saved."))
            return redirect(target)
        return self.render_to_response(self.get_context_data(form=form))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = self.get_title()
        return context


class CampaignCreateView(CampaignFormView):
    def get_title(self):
        return _("New campaign")

    def make_form(self, data=None):
        return CampaignForm(data, zone=self.zone, initial={"owner": self.request.user})

    def save(self, form):
        campaign = services.campaign_create(
            organisation=self.zone, acting_user=self.request.user, **form.cleaned_data
        )
        return _campaign_url(campaign)


class CampaignEditView(CampaignMixin, CampaignFormView):
    def get_title(self):
        return _("Edit campaign")

    def get_object(self):
        return self.get_campaign()

    def make_form(self, data=None):
        return CampaignForm(data, instance=self.object, zone=self.zone)

    def save(self, form):
        campaign = services.campaign_update(
            campaign=selectors.campaign_get(organisation=self.zone, pk=self.object.pk),
            acting_user=self.request.user,
            **form.cleaned_data,
        )
        return _campaign_url(campaign)


def _campaign_url(campaign):
    return reverse(
        "outreach_staff:campaign",
        kwargs={"zone": campaign.organisation.code, "pk": campaign.pk},
    )


class WaveCreateView(CampaignMixin, CampaignFormView):
    def get_title(self):
        return _("New wave")

    def get_object(self):
        return self.get_campaign()

    def make_form(self, data=None):
        return WaveForm(
            data, initial={"starts_on": self.object.starts_on, "ends_on": self.object.ends_on}
        )

    def save(self, form):
        services.wave_create(
            campaign=self.object, acting_user=self.request.user, **form.cleaned_data
        )
        return _campaign_url(self.object)


class WaveEditView(CampaignFormView):
    def get_title(self):
        return _("Edit wave")

    def get_object(self):
        wave = selectors.wave_get(organisation=self.zone, pk=self.kwargs["pk"])
        if wave is None:
            raise Http404
        return wave

    def make_form(self, data=None):
        return WaveForm(data, instance=self.object)

    def save(self, form):
        wave = selectors.wave_get(organisation=self.zone, pk=self.object.pk)
        services.wave_update(wave=wave, acting_user=self.request.user, **form.cleaned_data)
        return _campaign_url(wave.campaign)


class ActionCreateView(WaveEditView):
    def get_title(self):
        return _("New action")

    def make_form(self, data=None):
        return ActionForm(data, zone=self.zone, initial={"date": self.object.starts_on})

    def save(self, form):
        services.action_create(wave=self.object, acting_user=self.request.user, **form.cleaned_data)
        return _campaign_url(self.object.campaign)


class ActionEditView(CampaignFormView):
    def get_title(self):
        return _("Edit action")

    def get_object(self):
        action = selectors.action_get(organisation=self.zone, pk=self.kwargs["pk"])
        if action is None:
            raise Http404
        return action

    def make_form(self, data=None):
        return ActionForm(data, instance=self.object, zone=self.zone)

    def save(self, form):
        action = selectors.action_get(organisation=self.zone, pk=self.object.pk)
        services.action_update(action=action, acting_user=self.request.user, **form.cleaned_data)
        return _campaign_url(action.wave.campaign)


class CampaignDetailView(CampaignMixin, TemplateView):
    permission = "outreach.view_dashboard"
    template_name = "outreach/staff/campaign_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        campaign = self.get_campaign()
        context.update(
            campaign=campaign,
            waves=selectors.campaign_waves(campaign=campaign),
            can_manage="outreach.manage_campaigns" in self.request.user_permissions,
            site_url=settings.KORPS_SITE_URL,
        )
        return context


class ActionQrView(ZonePermissionMixin, TemplateView):
    """A printable page with the action's QR code and short link, for posters and stands."""

    permission = "outreach.view_dashboard"
    template_name = "outreach/staff/action_qr.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        action = selectors.action_get(organisation=self.zone, pk=self.kwargs["pk"])
        if action is None:
            raise Http404
        url = settings.KORPS_SITE_URL + reverse("outreach:track", kwargs={"code": action.code})
        qr = segno.make(url, error="m")
        svg = qr.svg_inline(scale=8, border=2, title=url)
        context.update(action=action, url=url, qr_svg=svg)
        return context


# ---------------------------------------------------------------- dashboard


class DashboardView(CampaignMixin, TemplateView):
    permission = "outreach.view_dashboard"
    template_name = "outreach/staff/dashboard.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        campaign = self.get_campaign()
        figures = selectors.campaign_dashboard(campaign=campaign)
        days = selectors.campaign_visits_per_day(campaign=campaign)
        context.update(
            campaign=campaign,
            figures=figures,
            days=days,
            funnel_svg=charts.funnel_svg(figures["total"]),
            legend=LEGEND,
            timeline_svg=charts.timeline_svg(days) if days else "",
        )
        return context


# The figures of a dashboard row, in the export's column order, with the page's headings.
EXPORT_FIGURES = [
    ("impressions", gettext_lazy("Reach")),
    ("clicks", gettext_lazy("Clicks")),
    ("visits", gettext_lazy("Visits")),
    ("leads", gettext_lazy("Leads")),
    ("signups", gettext_lazy("Sign-ups")),
    ("attended", gettext_lazy("Attended")),
    ("applications", gettext_lazy("Applications")),
    ("hires", gettext_lazy("Hires")),
    ("cost", gettext_lazy("Cost")),
    ("cost_per_lead", gettext_lazy("Cost per lead")),
    ("cost_per_attendee", gettext_lazy("Cost per attendee")),
]
EXPORT_KEYS = ["level", "wave", "code", "channel", *(key for key, _label in EXPORT_FIGURES)]


def export_columns() -> list[str]:
    """The export's headings in the reader's language, as the dashboard's tables have them."""
    return [
        str(_("Level")),
        str(_("Wave")),
        str(_("Code")),
        str(_("Channel")),
        *(str(label) for _key, label in EXPORT_FIGURES),
    ]


def dashboard_table(figures: dict) -> list[list]:
    """The dashboard as export rows, in the reader's words (levels and channels by name, as on
    the page; an action's code as it appears in its links); hidden counts of people as the one
    mark."""
    rows = []
    keys = [key for key, _label in EXPORT_FIGURES]
    for row in figures["actions"]:
        rows.append(
            [
                str(_("Action")),
                row["wave__name"],
                row["code"],
                str(row["channel_label"]),
                *[row[k] for k in keys],
            ]
        )
    for row in figures["waves"]:
        rows.append([str(_("Wave")), row["wave__name"], "", "", *[row[k] for k in keys]])
    for row in figures["channels"]:
        rows.append([str(_("Channel")), "", "", str(row["channel_label"]), *[row[k] for k in keys]])
    rows.append([str(_("Total")), "", "", "", *[figures["total"][k] for k in keys]])
    return [[spreadsheet_value(v) for v in row] for row in rows]


class DashboardExportView(CampaignMixin, View):
    permission = "outreach.view_dashboard"

    def get(self, request, *args, **kwargs):
        campaign = self.get_campaign()
        export_format = kwargs["format"]
        rows = dashboard_table(selectors.campaign_dashboard(campaign=campaign))
        audit_record(
            actor=request.user,
            action="outreach.dashboard.exported",
            target=campaign,
            organisation=self.zone,
            data={"format": export_format, "rows": len(rows)},
        )
        filename = f"campaign-{campaign.pk}-{timezone.localdate()}"
        channels = [n for n, row in enumerate(rows) if row[0] == str(_("Channel"))]
        return table_response(
            export_format=export_format,
            filename=filename,
            columns=export_columns(),
            rows=rows,
            sheet_title=_("Campaign"),
            legend=str(LEGEND),
            # The channel funnel, as on the dashboard: leads, sign-ups, attendees and hires.
            chart=XlsxChart(
                title=_("Per channel"),
                label_column=EXPORT_KEYS.index("channel"),
                value_columns=[
                    EXPORT_KEYS.index(k) for k in ("leads", "signups", "attended", "hires")
                ],
                rows=range(channels[0], channels[-1] + 1) if channels else range(0),
            ),
        )


class CompareView(CampaignMixin, TemplateView):
    permission = "outreach.view_dashboard"
    template_name = "outreach/staff/compare.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        campaign = self.get_campaign()
        form = CompareForm(self.request.GET or None, campaign=campaign)
        context.update(campaign=campaign, form=form)
        if form.is_valid():
            left, right = form.cleaned_data["left"], form.cleaned_data["right"]
            rows = {
                row["wave_id"]: row
                for row in selectors.campaign_dashboard(
                    campaign=campaign, waves=[left.pk, right.pk]
                )["waves"]
            }
            empty = {key: 0 for key in selectors.FIGURES}
            figures = [
                "impressions",
                "clicks",
                "visits",
                "leads",
                "signups",
                "attended",
                "applications",
                "hires",
                "cost",
                "cost_per_lead",
                "cost_per_attendee",
            ]
            labels = _figure_labels()
            context["comparison"] = {
                "left": left,
                "right": right,
                "rows": [
                    (
                        labels[key],
                        rows.get(left.pk, empty).get(key, 0),
                        rows.get(right.pk, empty).get(key, 0),
                    )
                    for key in figures
                ],
            }
        return context


def _figure_labels():
    return {
        "impressions": _("Impressions"),
        "clicks": _("Clicks"),
        "visits": _("Visits"),
        "leads": _("Leads"),
        "signups": _("Sign-ups"),
        "attended": _("Attended"),
        "applications": _("Applications"),
        "hires": _("Hires"),
        "cost": _("Cost"),
        "cost_per_lead": _("Cost per lead"),
        "cost_per_attendee": _("Cost per attendee"),
    }


# ---------------------------------------------------------------- reach import

REACH_SESSION_KEY = "korps_outreach_reach_import"


class ReachImportView(ZonePermissionMixin, TemplateView):
    """Upload, check every line, preview what changes, then confirm: all lines or none."""

    permission = "outreach.manage_campaigns"
    template_name = "outreach/staff/reach_import.html"

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=ReachUploadForm()))

    def post(self, request, *args, **kwargs):
        if request.POST.get("confirm") == "1":
            return self.confirm(request)
        form = ReachUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        codes = set(
            Action.objects.filter(wave__campaign__organisation=self.zone).values_list(
                "code", flat=True
            )
        )
        parsed = reach_csv.parse(form.cleaned_data["file"].read(), codes)
        if parsed.errors:
            return self.render_to_response(
                self.get_context_data(form=form, errors=parsed.errors), status=400
            )
        request.session[REACH_SESSION_KEY] = {
            "zone": self.zone.pk,
            "rows": [
                [r.line, r.code, r.day.isoformat(), r.impressions, r.clicks] for r in parsed.rows
            ],
        }
        return self.render_to_response(
            self.get_context_data(form=form, preview=self.preview(parsed.rows))
        )

    def preview(self, rows):
        """Per action: its figures now and after the import (imported days replace earlier
        imports of the same day)."""
        from django.db.models import Sum

        from .models import ActionReach

        by_code: dict[str, dict] = {}
        for row in rows:
            item = by_code.setdefault(row.code, {"days": {}})
            item["days"][row.day] = (row.impressions, row.clicks)
        actions = Action.objects.filter(code__in=by_code).select_related("wave__campaign")
        result = []
        for action in actions.order_by("code"):
            days = by_code[action.code]["days"]
            kept = (
                ActionReach.objects.filter(action=action)
                .exclude(day__in=list(days))
                .aggregate(i=Sum("impressions", default=0), c=Sum("clicks", default=0))
            )
            result.append(
                {
                    "action": action,
                    "days": len(days),
                    "impressions_before": action.impressions,
                    "clicks_before": action.clicks,
                    "impressions_after": kept["i"] + sum(v[0] for v in days.values()),
                    "clicks_after": kept["c"] + sum(v[1] for v in days.values()),
                }
            )
        return result

    def confirm(self, request):
        stored = request.session.get(REACH_SESSION_KEY)
        if not stored or stored.get("zone") != self.zone.pk:
            messages.error(request, _("Nothing to import: upload the file again."))
            return redirect("outreach_staff:reach_import", zone=self.zone.code)
        rows = [
            services.ReachRow(
                line=line,
                code=code,
                day=dt.date.fromisoformat(day),
                impressions=impressions,
                clicks=clicks,
            )
            for line, code, day, impressions, clicks in stored["rows"]
        ]
        try:
            actions = services.reach_import(
                organisation=self.zone, acting_user=request.user, rows=rows
            )
        except services.OutreachError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("Imported %(rows)s lines for %(actions)s actions.")
                % {"rows": len(rows), "actions": len(actions)},
            )
        del request.session[REACH_SESSION_KEY]
        return redirect("outreach_staff:reach_import", zone=self.zone.code)


# ---------------------------------------------------------------- ambassador questions


class MyQuestionsView(ZonePermissionMixin, TemplateView):
    permission = "outreach.answer_questions"
    template_name = "outreach/staff/my_questions.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        questions = selectors.questions_for_ambassador(
            organisation=self.zone, user=self.request.user
        )
        context["page"] = Paginator(questions, 25).get_page(self.request.GET.get("page"))
        return context


class QuestionListView(ZonePermissionMixin, TemplateView):
    permission = "outreach.manage_questions"
    template_name = "outreach/staff/questions.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        status = self.request.GET.get("status", "")
        questions = selectors.zone_questions(organisation=self.zone, status=status)
        context["page"] = Paginator(questions, 25).get_page(self.request.GET.get("page"))
        context["status"], context["statuses"] = status, QuestionStatus.choices
        context["query"] = urlencode({"status": status})
        return context


class QuestionMixin(ZonePermissionMixin):
    """Ambassadors reach the questions routed to them; diversity managers every question."""

    permission = "organisations.view_staff_home"

    def get_question(self):
        permissions = self.request.user_permissions
        manage = "outreach.manage_questions" in permissions
        if not manage and "outreach.answer_questions" not in permissions:
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied
        question = selectors.access_question(
            organisation=self.zone, user=self.request.user, pk=self.kwargs["pk"], manage=manage
        )
        if question is None:
            raise Http404
        audit_record(
            actor=self.request.user,
            action="outreach.question.read",
            target=question,
            organisation=self.zone,
        )
        return question, manage


class AnswerView(QuestionMixin, TemplateView):
    template_name = "outreach/staff/answer.html"

    def get(self, request, *args, **kwargs):
        question, manage = self.get_question()
        return self.render_to_response(self.context(question, manage, AnswerForm()))

    def context(self, question, manage, form):
        return self.get_context_data(
            question=question,
            form=form,
            manage=manage,
            reassign_form=ReassignForm(zone=self.zone, initial={"ambassador": question.ambassador})
            if manage
            else None,
        )

    def post(self, request, *args, **kwargs):
        question, manage = self.get_question()
        form = AnswerForm(request.POST)
        if form.is_valid():
            try:
                services.question_answer(
                    question=question, acting_user=request.user, answer=form.cleaned_data["answer"]
                )
            except services.OutreachError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("Your answer is sent."))
                target = "outreach_staff:questions" if manage else "outreach_staff:my_questions"
                return redirect(target, zone=self.zone.code)
        return self.render_to_response(self.context(question, manage, form), status=400)


class ReassignView(ZonePermissionMixin, View):
    permission = "outreach.manage_questions"

    def post(self, request, *args, **kwargs):
        question = selectors.access_question(
            organisation=self.zone, user=request.user, pk=kwargs["pk"], manage=True
        )
        if question is None:
            raise Http404
        form = ReassignForm(request.POST, zone=self.zone)
        if form.is_valid():
            services.question_reassign(
                question=question,
                acting_user=request.user,
                ambassador=form.cleaned_data["ambassador"],
            )
            messages.success(request, _("The question is given to another ambassador."))
        else:
            messages.error(request, _("Choose an ambassador."))
        return redirect("outreach_staff:answer", zone=self.zone.code, pk=question.pk)


# ---------------------------------------------------------------- partners


class PartnerListView(ZonePermissionMixin, TemplateView):
    permission = "outreach.manage_partners"
    template_name = "outreach/staff/partner_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        search = self.request.GET.get("q", "").strip()
        kind = self.request.GET.get("kind", "")
        if kind not in PartnerKind.values:
            kind = ""
        partners = selectors.partner_list(organisation=self.zone, search=search, kind=kind)
        context["page"] = Paginator(partners, 25).get_page(self.request.GET.get("page"))
        context.update(
            search=search,
            kind=kind,
            kinds=PartnerKind.choices,
            query=urlencode({"q": search, "kind": kind}),
        )
        return context


class PartnerKeepInTouchView(ZonePermissionMixin, TemplateView):
    permission = "outreach.manage_partners"
    template_name = "outreach/staff/partner_keep_in_touch.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["partners"] = selectors.partners_to_contact(organisation=self.zone)
        context["days"] = settings.KORPS_PARTNER_CONTACT_DAYS
        return context


class PartnerMixin(ZonePermissionMixin):
    permission = "outreach.manage_partners"

    def get_partner(self):
        partner = selectors.partner_get(organisation=self.zone, pk=self.kwargs["pk"])
        if partner is None:
            raise Http404
        return partner


class PartnerCreateView(CampaignFormView):
    permission = "outreach.manage_partners"

    def get_title(self):
        return _("New partner")

    def make_form(self, data=None):
        return PartnerForm(data)

    def save(self, form):
        partner = services.partner_create(
            organisation=self.zone, acting_user=self.request.user, **form.cleaned_data
        )
        return reverse("outreach_staff:partner", kwargs={"zone": self.zone.code, "pk": partner.pk})


class PartnerEditView(PartnerMixin, CampaignFormView):
    permission = "outreach.manage_partners"

    def get_title(self):
        return _("Edit partner")

    def get_object(self):
        return self.get_partner()

    def make_form(self, data=None):
        return PartnerForm(data, instance=self.object)

    def save(self, form):
        partner = services.partner_update(
            partner=self.get_partner(), acting_user=self.request.user, **form.cleaned_data
        )
        return reverse("outreach_staff:partner", kwargs={"zone": self.zone.code, "pk": partner.pk})


class PartnerDetailView(PartnerMixin, TemplateView):
    template_name = "outreach/staff/partner_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        partner = self.get_partner()
        context.update(
            partner=partner,
            contacts=selectors.partner_contacts(partner=partner),
            person_form=kwargs.get("person_form") or PartnerPersonForm(),
            contact_form=kwargs.get("contact_form")
            or PartnerContactForm(initial={"date": timezone.localdate()}),
        )
        return context

    def post(self, request, *args, **kwargs):
        partner = self.get_partner()
        if request.POST.get("form") == "person":
            form = PartnerPersonForm(request.POST)
            if form.is_valid():
                services.partner_person_add(
                    partner=partner, acting_user=request.user, **form.cleaned_data
                )
                messages.success(request, _("Saved."))
                return redirect("outreach_staff:partner", zone=self.zone.code, pk=partner.pk)
            return self.render_to_response(self.get_context_data(person_form=form), status=400)
        form = PartnerContactForm(request.POST)
        if form.is_valid():
            services.partner_contact_log(
                partner=partner, acting_user=request.user, **form.cleaned_data
            )
            messages.success(request, _("Saved."))
            return redirect("outreach_staff:partner", zone=self.zone.code, pk=partner.pk)
        return self.render_to_response(self.get_context_data(contact_form=form), status=400)
