"""The HR export: one line per staff member (pseudonymous staff number, unit, grade, dates,
optionally promotions as "2021-09-01:INP;2024-03-01:HINP"). Checked entirely, previewed,
then written in one transaction or not at all. Lines match on the staff number, so importing
the same file twice changes nothing and a newer file updates what changed."""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from korps.audit.services import audit_record
from korps.core.tabular import Problem, TableError, parse_date, read_table
from korps.organisations.models import Unit

from .models import Promotion, StaffMember
from .summaries import staff_changing

COLUMNS = ["staff_number", "unit", "grade", "start_date", "end_date"]


@dataclass
class PlannedStaff:
    line: int
    staff_number: str
    unit: Unit
    grade: str
    start_date: object
    end_date: object
    promotions: list[tuple] = field(default_factory=list)  # (date, to_grade)


@dataclass
class StaffPlan:
    rows: list[PlannedStaff]
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)


def _promotions(text: str) -> tuple[list[tuple], str | None]:
    promotions = []
    for part in filter(None, (p.strip() for p in text.split(";"))):
        day, _sep, grade = part.partition(":")
        date = parse_date(day)
        if date is None or not grade.strip():
            return [], _("promotion %(part)r is not like 2024-03-01:GRADE") % {"part": part}
        promotions.append((date, grade.strip()))
    return sorted(promotions), None


def staff_plan(*, organisation, name: str, raw: bytes) -> StaffPlan:
    try:
        table = read_table(name=name, raw=raw, required=COLUMNS)
    except TableError as error:
        return StaffPlan(rows=[], problems=[Problem(line=1, message=str(error))])
    units = {u.name.lower(): u for u in Unit.objects.filter(organisation=organisation)}
    rows, problems, seen = [], [], {}
    for line in table.lines:
        values = line.values
        reasons = []
        number = values["staff_number"]
        if not number:
            reasons.append(_("no staff number"))
        elif number in seen:
            reasons.append(_("the same staff number as line %(line)s") % {"line": seen[number]})
        seen.setdefault(number, line.number)
        unit = units.get(values["unit"].lower())
        if unit is None:
            reasons.append(_("unknown unit %(unit)r") % {"unit": values["unit"]})
        if not values["grade"]:
            reasons.append(_("no grade"))
        start = parse_date(values["start_date"])
        if start is None:
            reasons.append(_("start date %(date)r is not a date") % {"date": values["start_date"]})
        end = None
        if values["end_date"]:
            end = parse_date(values["end_date"])
            if end is None:
                reasons.append(_("end date %(date)r is not a date") % {"date": values["end_date"]})
            elif start is not None and end < start:
                reasons.append(_("the end date is before the start date"))
        promotions, problem = _promotions(values.get("promotions", ""))
        if problem:
            reasons.append(problem)
        if reasons:
            problems.append(Problem(line=line.number, message="; ".join(reasons)))
        else:
            rows.append(
                PlannedStaff(line.number, number, unit, values["grade"], start, end, promotions)
            )
    if not table.lines:
        problems.append(Problem(line=1, message=_("The file has no lines under its header.")))
    return StaffPlan(rows=rows, problems=problems)


@transaction.atomic
def staff_apply(*, organisation, plan: StaffPlan, acting_user) -> dict:
    """Create or update each staff member; add the promotions not yet known. Returns counts."""
    if not plan.ok:
        raise ValueError("A plan with problems is never applied.")
    existing = {
        s.staff_number: s
        for s in StaffMember.objects.select_for_update().filter(organisation=organisation)
    }
    known_promotions = set(
        Promotion.objects.filter(staff_member__organisation=organisation).values_list(
            "staff_member__staff_number", "date", "to_grade"
        )
    )
    with staff_changing(organisation=organisation):
        counts = _staff_write(organisation, plan, existing, known_promotions)
    audit_record(
        actor=acting_user,
        action="monitoring.staff.imported",
        organisation=organisation,
        data={"lines": len(plan.rows), **counts},
    )
    return counts


def _staff_write(organisation, plan, existing, known_promotions) -> dict:
    created = updated = promoted = 0
    new_promotions = []
    for row in plan.rows:
        wanted = {
            "unit": row.unit,
            "grade": row.grade,
            "start_date": row.start_date,
            "end_date": row.end_date,
        }
        member = existing.get(row.staff_number)
        if member is None:
            member = StaffMember.objects.create(
                organisation=organisation, staff_number=row.staff_number, **wanted
            )
            created += 1
        else:
            changed = [k for k, v in wanted.items() if getattr(member, k) != v]
            if changed:
                for key in changed:
                    setattr(member, key, wanted[key])
                member.save(update_fields=changed)
                updated += 1
        previous = ""
        for date, grade in row.promotions:
            if (row.staff_number, date, grade) not in known_promotions:
                new_promotions.append(
                    Promotion(staff_member=member, date=date, from_grade=previous, to_grade=grade)
                )
            previous = grade
    Promotion.objects.bulk_create(new_promotions)
    promoted = len(new_promotions)
    return {"created": created, "updated": updated, "promotions": promoted}
