"""Writes of the plan's KPIs, each in one transaction with its audit row. A KPI names a
registered measure and parameters that the measure accepts for the zone (a unit or a step of
another zone is refused); the baseline is typed, or read from the measure on the baseline
date when left empty."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from korps.audit.services import audit_record

from .measures import measure_get
from .models import Kpi, KpiDirection, LineOfAction, PlanAction
from .services import PlanError


def kpi_parameters(*, organisation, measure_code: str, parameters: dict) -> dict:
    """The parameters the measure keeps for the zone; PlanError (its code the field) if the
    measure is unknown or a parameter is not the zone's."""
    measure = measure_get(measure_code)
    if measure is None:
        raise PlanError(_("Choose a measure from the list."), code="measure")
    try:
        return measure.clean(organisation, parameters)
    except ValidationError as error:
        field, messages = next(iter(error.message_dict.items()))
        raise PlanError(messages[0], code=field) from error


@transaction.atomic
def kpi_create(
    *,
    actor,
    line: LineOfAction,
    measure: str,
    parameters: dict,
    baseline_on: dt.date,
    target_value: float,
    target_on: dt.date,
    direction: str = KpiDirection.UP,
    baseline_value: float | None = None,
    action: PlanAction | None = None,
    today: dt.date | None = None,
) -> Kpi:
    organisation = line.plan.organisation
    today = today or timezone.localdate()
    cleaned = kpi_parameters(organisation=organisation, measure_code=measure, parameters=parameters)
    if action is not None and action.line_id != line.pk:
        raise PlanError(_("Choose an action of this line."), code="action")
    if target_on <= baseline_on:
        raise PlanError(_("The target date must come after the baseline date."), code="target_on")
    if target_on < today:
        raise PlanError(_("The target date is in the past."), code="target_on")
    if baseline_on > today:
        raise PlanError(_("The baseline date is in the future."), code="baseline_on")
    if direction not in KpiDirection.values:
        raise PlanError(_("Choose a direction."), code="direction")
    if baseline_value is None:
        found = measure_get(measure).value(
            organisation=organisation, on=baseline_on, params=cleaned
        )
        if found.suppressed:
            raise PlanError(
                _("The figure on the baseline date is not reportable: type the baseline."),
                code="baseline_value",
            )
        baseline_value = found.value
    if (direction == KpiDirection.UP and target_value < baseline_value) or (
        direction == KpiDirection.DOWN and target_value > baseline_value
    ):
        raise PlanError(
            _("The target lies on the other side of the baseline than the direction says."),
            code="target_value",
        )
    kpi = Kpi.objects.create(
        line=line,
        action=action,
        measure=measure,
        parameters=cleaned,
        baseline_value=baseline_value,
        baseline_on=baseline_on,
        target_value=target_value,
        target_on=target_on,
        direction=direction,
    )
    audit_record(
        actor=actor,
        action="plan.kpi.created",
        target=kpi,
        organisation=organisation,
        data={"line": line.pk, "parameters": cleaned},
    )
    return kpi


@transaction.atomic
def kpi_delete(*, actor, kpi: Kpi) -> None:
    organisation = kpi.line.plan.organisation
    data = {"line": kpi.line_id, "parameters": kpi.parameters}
    audit_record(
        actor=actor, action="plan.kpi.deleted", target=kpi, organisation=organisation, data=data
    )
    kpi.delete()
