"""The plan's staff pages. Every member of the zone reads the plan; the diversity manager and
the zone administrator shape it; owners and pilots follow up their own actions."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from korps.organisations.mixins import ZonePermissionMixin
from korps.organisations.permissions import can_follow_up_action, members_of

from . import kpi_selectors, kpi_services, selectors, services
from .forms import (
    ActionForm,
    EvidenceForm,
    KpiForm,
    LineForm,
    MilestoneForm,
    PlanForm,
    StatusForm,
)
from .measures import measure_get, measures, parameter_choices
from .models import OPEN_STATUSES, ActionStatus

EDIT = "plan.edit_plan"


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class PlanView(ZonePermissionMixin, TemplateView):
    """The current plan (or the plan in the URL): its lines with their actions, filtered."""

    permission = "plan.view_plan"
    template_name = "plan/staff/plan.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        if "pk" in self.kwargs:
            plan = selectors.plan_get(organisation=self.zone, pk=self.kwargs["pk"])
            if plan is None:
                raise Http404
        else:
            plan = selectors.plan_to_show(organisation=self.zone, today=today)
        context["plan"] = plan
        context["can_edit"] = EDIT in self.request.user_permissions
        if plan is None:
            return context
        status = self.request.GET.get("status", "")
        if status not in (*ActionStatus.values, selectors.LATE):
            status = ""
        owner, line = _int(self.request.GET.get("owner")), _int(self.request.GET.get("line"))
        people = list(selectors.zone_people(organisation=self.zone))
        context["board"] = selectors.plan_board(
            plan=plan,
            today=today,
            status=status,
            owner=owner,
            line=line,
            member_ids=frozenset(person.pk for person in people),
        )
        context["filters"] = {"status": status, "owner": owner, "line": line}
        context["statuses"] = ActionStatus.choices
        context["late"] = selectors.LATE
        context["people"] = people
        context["plans"] = selectors.plan_list(organisation=self.zone)
        kpis = kpi_selectors.plan_kpis(plan=plan, today=today)
        for item in context["board"].lines:
            item.kpi_rows = kpis.get(item.pk, [])
        context["has_kpis"] = bool(kpis)
        context["measures"] = measures()
        return context


class _FormView(ZonePermissionMixin, TemplateView):
    """A form page for one record; subclasses say how to find, build and save."""

    permission = EDIT
    template_name = "plan/staff/form.html"
    heading = ""

    def get_object(self):
        return None

    def make_form(self, obj, data=None):
        raise NotImplementedError

    def save(self, obj, form):
        raise NotImplementedError

    def render_form(self, form, obj, status=200):
        context = self.get_context_data(form=form, object=obj, heading=self.heading_for(obj))
        return self.render_to_response(context, status=status)

    def heading_for(self, obj):
        return self.heading

    def get(self, request, *args, **kwargs):
        obj = self.get_object()
        return self.render_form(self.make_form(obj), obj)

    def post(self, request, *args, **kwargs):
        obj = self.get_object()
        form = self.make_form(obj, request.POST)
        if form.is_valid():
            try:
                target = self.save(obj, form)
            except services.PlanError as error:
                field = error.code if error.code in form.fields else None
                form.add_error(field, error.message)
            else:
                messages.success(request, _("Saved."))
                return target
        return self.render_form(form, obj, status=400)

    def _found(self, value):
        if value is None:
            raise Http404
        return value


class PlanCreateView(_FormView):
    def heading_for(self, obj):
        return _("New diversity plan")

    def make_form(self, obj, data=None):
        year = timezone.localdate().year
        initial = {
            "title": _("Diversity plan %(year)s") % {"year": year},
            "starts_on": f"{year}-01-01",
            "ends_on": f"{year}-12-31",
        }
        return PlanForm(data, initial=initial)

    def save(self, obj, form):
        plan = services.plan_create(
            actor=self.request.user, organisation=self.zone, **form.cleaned_data
        )
        return redirect("plan:detail", zone=self.zone.code, pk=plan.pk)


class PlanEditView(_FormView):
    def heading_for(self, obj):
        return _("Edit the plan")

    def get_object(self):
        return self._found(selectors.plan_get(organisation=self.zone, pk=self.kwargs["pk"]))

    def make_form(self, obj, data=None):
        return PlanForm(data, instance=obj)

    def save(self, obj, form):
        plan = services.plan_update(actor=self.request.user, plan=obj, **form.cleaned_data)
        return redirect("plan:detail", zone=self.zone.code, pk=plan.pk)


class LineCreateView(_FormView):
    def heading_for(self, obj):
        return obj.level_new

    def get_object(self):
        return self._found(selectors.plan_get(organisation=self.zone, pk=self.kwargs["pk"]))

    def make_form(self, obj, data=None):
        return LineForm(data, zone=self.zone)

    def save(self, obj, form):
        data = form.cleaned_data
        if data.get("order") is None:
            data.pop("order", None)
        services.line_create(actor=self.request.user, plan=obj, **data)
        return redirect("plan:detail", zone=self.zone.code, pk=obj.pk)


class LineEditView(_FormView):
    def heading_for(self, obj):
        return _("Edit %(title)s") % {"title": obj.title}

    def get_object(self):
        return self._found(selectors.line_get(organisation=self.zone, pk=self.kwargs["pk"]))

    def make_form(self, obj, data=None):
        return LineForm(data, instance=obj, zone=self.zone)

    def save(self, obj, form):
        data = {k: v for k, v in form.cleaned_data.items() if v is not None or k != "order"}
        line = services.line_update(actor=self.request.user, line=obj, **data)
        return redirect("plan:detail", zone=self.zone.code, pk=line.plan_id)


class ActionCreateView(_FormView):
    def heading_for(self, obj):
        return _("New action under %(title)s") % {"title": obj.title}

    def get_object(self):
        return self._found(selectors.line_get(organisation=self.zone, pk=self.kwargs["pk"]))

    def make_form(self, obj, data=None):
        return ActionForm(data, zone=self.zone)

    def save(self, obj, form):
        data = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        action = services.action_create(actor=self.request.user, line=obj, **data)
        return redirect("plan:action", zone=self.zone.code, pk=action.pk)


class ActionEditView(_FormView):
    def heading_for(self, obj):
        return _("Edit %(title)s") % {"title": obj.title}

    def get_object(self):
        return self._found(selectors.action_get(organisation=self.zone, pk=self.kwargs["pk"]))

    def make_form(self, obj, data=None):
        return ActionForm(data, instance=obj, zone=self.zone, initial={"version": obj.version})

    def save(self, obj, form):
        data = dict(form.cleaned_data)
        version = data.pop("version")
        if version is None:
            raise services.PlanError(_("The form is incomplete: open it again."), code="stale")
        services.action_update(actor=self.request.user, action=obj, version=version, **data)
        return redirect("plan:action", zone=self.zone.code, pk=obj.pk)


class ActionView(ZonePermissionMixin, TemplateView):
    """An action with its milestones, evidence and history, and the follow-up forms for
    those who may use them."""

    permission = "plan.view_plan"
    template_name = "plan/staff/action.html"

    def get_action(self):
        action = selectors.action_get(organisation=self.zone, pk=self.kwargs["pk"])
        if action is None:
            raise Http404
        return action

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        action = kwargs.get("action") or self.get_action()
        can_follow_up = can_follow_up_action(self.request.user, action, self.zone)
        context.update(
            action=action,
            plan=action.line.plan,
            late=action.is_late,
            owner_gone=action.owner_id is not None
            and action.status in OPEN_STATUSES
            and not members_of(self.zone).filter(pk=action.owner_id).exists(),
            milestones=list(action.milestones.all()),
            evidence=list(action.evidence.select_related("added_by")),
            history=selectors.action_history(organisation=self.zone, action=action),
            can_edit=EDIT in self.request.user_permissions,
            can_follow_up=can_follow_up,
        )
        if can_follow_up:
            context.setdefault("status_form", StatusForm(initial={"status": action.status}))
            context.setdefault("milestone_form", MilestoneForm())
            context.setdefault("evidence_form", EvidenceForm())
        return context


class ActionDoView(ActionView):
    """One POST endpoint per follow-up, named in the URL; each calls one service."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        action = self.get_action()
        if not can_follow_up_action(request.user, action, self.zone):
            raise PermissionDenied
        handler = getattr(self, f"do_{kwargs['action']}", None)
        if handler is None:
            return HttpResponse(status=404)
        try:
            failed = handler(action)
        except services.PlanError as error:
            messages.error(request, error.message)
            failed = None
        if failed:
            return self.render_to_response(
                self.get_context_data(action=action, **failed), status=400
            )
        return redirect("plan:action", zone=self.zone.code, pk=action.pk)

    def do_status(self, action):
        form = StatusForm(self.request.POST)
        if not form.is_valid():
            return {"status_form": form}
        services.action_status_set(
            actor=self.request.user, action=action, status=form.cleaned_data["status"]
        )
        messages.success(self.request, _("The status is saved."))
        return None

    def do_milestone_add(self, action):
        form = MilestoneForm(self.request.POST)
        if not form.is_valid():
            return {"milestone_form": form}
        services.milestone_create(actor=self.request.user, action=action, **form.cleaned_data)
        messages.success(self.request, _("The milestone is added."))
        return None

    def _milestone(self, action):
        milestone = selectors.milestone_get(
            action=action, pk=_int(self.request.POST.get("milestone"))
        )
        if milestone is None:
            raise services.PlanError(_("This milestone no longer exists."), code="milestone")
        return milestone

    def do_milestone_done(self, action):
        services.milestone_done_set(
            actor=self.request.user, milestone=self._milestone(action), done=True
        )
        return None

    def do_milestone_reopen(self, action):
        services.milestone_done_set(
            actor=self.request.user, milestone=self._milestone(action), done=False
        )
        return None

    def do_evidence_add(self, action):
        form = EvidenceForm(self.request.POST)
        if not form.is_valid():
            return {"evidence_form": form}
        services.evidence_add(actor=self.request.user, action=action, **form.cleaned_data)
        messages.success(self.request, _("The evidence is added."))
        return None


class KpiCreateView(_FormView):
    """A KPI for a line of action (or one of its actions): a measure and its parameters."""

    def heading_for(self, obj):
        return _("New KPI for %(title)s") % {"title": obj.title}

    def get_object(self):
        return self._found(selectors.line_get(organisation=self.zone, pk=self.kwargs["pk"]))

    def make_form(self, obj, data=None):
        return KpiForm(data, line=obj, choices=parameter_choices(self.zone))

    def save(self, obj, form):
        data = dict(form.cleaned_data)
        measure = measure_get(data["measure"])
        parameters = {name: data[name] for name in measure.parameters if data.get(name)}
        action = None
        if data["action"]:
            action = obj.actions.filter(pk=_int(data["action"])).first()
        kpi_services.kpi_create(
            actor=self.request.user,
            line=obj,
            action=action,
            measure=measure.code,
            parameters=parameters,
            baseline_value=data["baseline_value"],
            baseline_on=data["baseline_on"],
            target_value=data["target_value"],
            target_on=data["target_on"],
            direction=data["direction"],
        )
        return redirect("plan:detail", zone=self.zone.code, pk=obj.plan_id)


class KpiDeleteView(ZonePermissionMixin, TemplateView):
    permission = EDIT
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        kpi = kpi_selectors.kpi_get(organisation=self.zone, pk=self.kwargs["pk"])
        if kpi is None:
            raise Http404
        plan_id = kpi.line.plan_id
        kpi_services.kpi_delete(actor=request.user, kpi=kpi)
        messages.success(request, _("The KPI is removed."))
        return redirect("plan:detail", zone=self.zone.code, pk=plan_id)
