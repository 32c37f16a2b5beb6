"""The HR export: one line per staff member (pseudonymous staff number, unit, grade, dates,
optionally promotions as "2021-09-01:INP;2024-03-01:HINP", the start grade before them,
`email`, the person's work e-mail address, `language`, the language they read, and
`birth_year`, for the reports per age band; an empty cell keeps what an earlier file gave). Checked
entirely, previewed,
then written in one transaction or not at all. Lines match on the staff number, so importing
the same file twice changes nothing and a newer file updates what changed. New staff and
promotions go in by bulk copy (korps.core.bulk), changed staff by bulk update (WRITE_BATCH
rows a statement), with the summary tables kept in the same transaction.

The e-mail column is the trusted path from a korps account to its HR record: an address that
is the account of an active member of the zone links that account to the line's record (so
the person can declare for themselves). An address of no member, or an empty cell, leaves
the record's link as it is. The address and the language are kept on the record for one use:
the invitation to declare (korps.monitoring.invitations); an empty cell keeps what an earlier
file gave."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from korps.audit.services import audit_record
from korps.core.bulk import rows_insert
from korps.core.tabular import (
    ImportPlan,
    Problem,
    TableError,
    parse_count,
    parse_date,
    read_table,
)
from korps.disclosure.cellkey import record_key
from korps.organisations.models import Municipality, Unit
from korps.organisations.selectors import UnitMatcher

from .models import Gender, PopulationFigure, Promotion, StaffMember, origin_groups
from .services import staff_account_link
from .staff_selectors import zone_accounts
from .summaries import staff_changing

COLUMNS = ["staff_number", "unit", "grade", "start_date", "end_date"]
WRITE_BATCH = 2000
# The summary upkeep counts the whole zone when a file changes more than 1/WHOLE_ZONE of it.
WHOLE_ZONE = 4


@dataclass
class PlannedStaff:
    line: int
    staff_number: str
    unit: Unit
    grade: str
    start_date: object
    end_date: object
    promotions: list[tuple] = field(default_factory=list)  # (date, to_grade)
    start_grade: str = ""  # the grade before the first promotion, when the export gives it
    account: object = None  # the zone member whose work e-mail the line gives
    email: str = ""  # kept for the invitation to declare (korps.monitoring.invitations)
    language: str = ""
    birth_year: int | None = None  # for the age bands of the reports (breakdowns.py)
    # What importing the line does: "new", "changed" (its row or a promotion) or "unchanged".
    status: str = "new"


def _promotions(text: str) -> tuple[list[tuple], str | None]:
    promotions = []
    for part in filter(None, (p.strip() for p in text.split(";"))):
        day, _sep, grade = part.partition(":")
        date = parse_date(day)
        if date is None or not grade.strip():
            return [], _("promotion %(part)r is not like 2024-03-01:GRADE") % {"part": part}
        promotions.append((date, grade.strip()))
    return sorted(promotions), None


def staff_plan(*, organisation, name: str, raw: bytes) -> ImportPlan:
    try:
        table = read_table(name=name, raw=raw, required=COLUMNS)
    except TableError as error:
        return ImportPlan.refused(str(error))
    units = UnitMatcher(organisation)
    accounts = _member_accounts(organisation)
    known = _known_staff(organisation)
    rows, problems, seen, seen_emails = [], [], {}, {}
    for line in table.lines:
        values = line.values
        reasons = []
        email = values.get("email", "").strip().lower()
        if email and email in seen_emails:
            reasons.append(
                _("the same e-mail address as line %(line)s") % {"line": seen_emails[email]}
            )
        if email:
            seen_emails.setdefault(email, line.number)
        number = values["staff_number"]
        if not number:
            reasons.append(_("no staff number"))
        elif number in seen:
            reasons.append(_("the same staff number as line %(line)s") % {"line": seen[number]})
        seen.setdefault(number, line.number)
        unit, problem = units.find(values["unit"])
        if unit is None:
            reasons.append(problem)
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
        language = values.get("language", "").strip().lower()
        if language and language not in organisation.published_languages:
            reasons.append(
                _("language %(language)r is not one of the zone's") % {"language": language}
            )
        if email and not _is_email(email):
            reasons.append(_("e-mail address %(email)r is not valid") % {"email": email})
        birth_year = None
        if values.get("birth_year", "").strip():
            birth_year = _whole_number(values["birth_year"], 1900, timezone.localdate().year)
            if birth_year is None:
                reasons.append(
                    _("year of birth %(year)r is not a year") % {"year": values["birth_year"]}
                )
        promotions, problem = _promotions(values.get("promotions", ""))
        if problem:
            reasons.append(problem)
        if reasons:
            problems.append(Problem(line=line.number, message="; ".join(reasons)))
        else:
            rows.append(
                PlannedStaff(
                    line.number,
                    number,
                    unit,
                    values["grade"],
                    start,
                    end,
                    promotions,
                    values.get("start_grade", ""),
                    accounts.get(email) if email else None,
                    email,
                    language,
                    birth_year,
                )
            )
            rows[-1].status = _status(known, rows[-1])
    if not table.lines:
        problems.append(Problem(line=1, message=_("The file has no lines under its header.")))
    return ImportPlan(rows=rows, problems=problems)


def _is_email(value: str) -> bool:
    try:
        validate_email(value)
    except ValidationError:
        return False
    return True


def _known_staff(organisation) -> dict:
    """{staff number: ((unit id, grade, start, end), {(promotion date, grade)})} of the zone."""
    known = {
        number: (fields, set())
        for number, *fields in StaffMember.objects.filter(organisation=organisation).values_list(
            "staff_number", "unit_id", "grade", "start_date", "end_date"
        )
    }
    for number, date, grade in Promotion.objects.filter(
        staff_member__organisation=organisation
    ).values_list("staff_member__staff_number", "date", "to_grade"):
        known[number][1].add((date, grade))
    return known


def _status(known: dict, row: PlannedStaff) -> str:
    if row.staff_number not in known:
        return "new"
    fields, promotions = known[row.staff_number]
    same = fields == [row.unit.pk, row.grade, row.start_date, row.end_date]
    return "unchanged" if same and set(row.promotions) <= promotions else "changed"


def staff_cells(row: PlannedStaff) -> list:
    """The preview's cells: staff number, unit, grade, start date, end date."""
    end = row.end_date.isoformat() if row.end_date else ""
    return [row.staff_number, row.unit.name, row.grade, row.start_date.isoformat(), end]


def _member_accounts(organisation) -> dict:
    """The zone's active members' accounts by e-mail address (lower case)."""
    return {user.email.lower(): user for user in zone_accounts(organisation=organisation)}


@transaction.atomic
def staff_apply(*, organisation, plan: ImportPlan, acting_user) -> dict:
    """Create or update each staff member; add the promotions not yet known. Returns counts.

    The summary tables move by the share of the staff the file changes (new ones, changed
    ones, those with new promotions), counted before and after the write; the rows go in by
    bulk copy (korps.core.bulk), the changed ones by bulk update."""
    if not plan.ok:
        raise ValueError("A plan with problems is never applied.")
    # Locks the zone's staff: an import and a declaration count their shares in turn.
    existing = {
        number: (pk, fields)
        for number, pk, *fields in StaffMember.objects.select_for_update()
        .filter(organisation=organisation)
        .values_list("staff_number", "pk", *KEPT)
    }
    known_promotions = set(
        Promotion.objects.filter(staff_member__organisation=organisation).values_list(
            "staff_member__staff_number", "date", "to_grade"
        )
    )
    writes = _staff_writes(plan, existing, known_promotions)
    # A file that changes much of the zone is counted as the whole zone, in one query each
    # before and after, rather than by lists of staff numbers.
    whole = len(writes.changing) * WHOLE_ZONE > len(existing) + len(writes.new)
    with staff_changing(
        organisation=organisation, staff_numbers=None if whole else writes.changing
    ):
        counts = _staff_write(organisation, plan, writes)
    return _imported(acting_user, organisation, "monitoring.staff.imported", plan, counts)


def _imported(acting_user, organisation, action: str, plan: ImportPlan, counts: dict) -> dict:
    """The audit row of an import: how many lines, and what they created or changed."""
    audit_record(
        actor=acting_user,
        action=action,
        organisation=organisation,
        data={"lines": len(plan.rows), **counts},
    )
    return counts


# A staff member's fields an HR line sets, in the order of _wanted.
KEPT = ["unit_id", "grade", "start_date", "end_date", "email", "language", "birth_year"]


def _wanted(row: PlannedStaff, held: list | None) -> list:
    """The values of KEPT the line gives; an empty e-mail, language or year of birth cell
    keeps what an earlier file gave (`held`, the record's values, None for a new one)."""
    email = row.email or (held[4] if held else "")
    language = row.language or (held[5] if held else "")
    birth_year = row.birth_year or (held[6] if held else None)
    return [row.unit.pk, row.grade, row.start_date, row.end_date, email, language, birth_year]


@dataclass
class StaffWrites:
    """What an HR file changes, found before anything is written."""

    new: list  # the lines of new staff members
    changed: list  # (member id, {field: value} the file sets, the fields that differ)
    promotions: list  # (line, date, from grade, to grade) not yet known
    changing: set  # the staff numbers whose share in the summary tables may move


def _staff_writes(plan, existing, known_promotions) -> StaffWrites:
    writes = StaffWrites(new=[], changed=[], promotions=[], changing=set())
    for row in plan.rows:
        held = existing.get(row.staff_number)
        if held is None:
            writes.new.append(row)
            writes.changing.add(row.staff_number)
        else:
            pk, fields = held
            wanted = _wanted(row, fields)
            differ = [k for k, old, new in zip(KEPT, fields, wanted, strict=True) if old != new]
            if differ:
                writes.changed.append((pk, dict(zip(KEPT, wanted, strict=True)), differ))
                writes.changing.add(row.staff_number)
        previous = row.start_grade
        for date, grade in row.promotions:
            if (row.staff_number, date, grade) not in known_promotions:
                writes.promotions.append((row, date, previous, grade))
                writes.changing.add(row.staff_number)
            previous = grade
    return writes


def _staff_write(organisation, plan, writes: StaffWrites) -> dict:
    rows_insert(
        StaffMember,
        ["organisation_id", "staff_number", "record_key", *KEPT],
        (
            (organisation.pk, row.staff_number, record_key(), *_wanted(row, None))
            for row in writes.new
        ),
    )
    changed_members, changed_fields = [], set()
    for pk, values, differ in writes.changed:
        # Every field the file sets: one bulk update writes the fields any member changed.
        changed_members.append(StaffMember(pk=pk, **values))
        changed_fields.update(differ)
    if changed_members:
        StaffMember.objects.bulk_update(
            changed_members, sorted(changed_fields), batch_size=WRITE_BATCH
        )
    to_link = [row for row in plan.rows if row.account is not None]
    ids = {}
    if writes.promotions or to_link:
        ids = dict(
            StaffMember.objects.filter(organisation=organisation).values_list("staff_number", "pk")
        )
    rows_insert(
        Promotion,
        ["staff_member_id", "date", "from_grade", "to_grade"],
        (
            (ids[row.staff_number], date, previous, grade)
            for row, date, previous, grade in writes.promotions
        ),
    )
    members = StaffMember.objects.filter(organisation=organisation).select_related("organisation")
    members = members.in_bulk([ids[row.staff_number] for row in to_link]) if to_link else {}
    linked = sum(
        staff_account_link(staff_member=members[ids[row.staff_number]], account=row.account)
        for row in to_link
    )
    return {
        "created": len(writes.new),
        "updated": len(changed_members),
        "promotions": len(writes.promotions),
        "linked": linked,
    }


# The population benchmark ------------------------------------------------------------------
# Official aggregate figures (e.g. Statistiek Vlaanderen, CBS StatLine): one line per
# municipality, year, origin group and, optionally, gender. Lines match on those, so the
# same file twice changes nothing and a corrected file replaces the counts.

POPULATION_COLUMNS = ["municipality", "year", "origin_group", "count", "source"]


@dataclass
class PlannedFigure:
    line: int
    municipality: object
    year: int
    origin_group: str
    gender: str
    count: int
    source: str


def _whole_number(text: str, low: int, high: int) -> int | None:
    number = parse_count(text)
    return number if number is not None and low <= number <= high else None


def population_plan(*, organisation, name: str, raw: bytes) -> ImportPlan:
    try:
        table = read_table(name=name, raw=raw, required=POPULATION_COLUMNS)
    except TableError as error:
        return ImportPlan.refused(str(error))
    towns = {m.name.lower(): m for m in Municipality.objects.filter(organisation=organisation)}
    groups = {code for code, _label in origin_groups(organisation)}
    genders = {code for code, _label in Gender.choices}
    rows, problems, seen = [], [], {}
    for line in table.lines:
        values = line.values
        reasons = []
        town = towns.get(values["municipality"].lower())
        if town is None:
            reasons.append(
                _("%(name)r is not a municipality of the zone") % {"name": values["municipality"]}
            )
        year = _whole_number(values["year"], 1900, 2100)
        if year is None:
            reasons.append(_("year %(year)r is not a year") % {"year": values["year"]})
        group = values["origin_group"]
        if group not in groups:
            reasons.append(
                _("unknown origin group %(group)r (use one of: %(groups)s)")
                % {"group": group, "groups": ", ".join(sorted(groups))}
            )
        gender = values.get("gender", "")
        if gender and gender not in genders:
            reasons.append(_("unknown gender %(gender)r") % {"gender": gender})
        count = _whole_number(values["count"], 0, 100_000_000)
        if count is None:
            reasons.append(_("count %(count)r is not a whole number") % {"count": values["count"]})
        if not values["source"]:
            reasons.append(_("no source"))
        key = (values["municipality"].lower(), values["year"], group, gender)
        if key in seen:
            reasons.append(_("the same figure as line %(line)s") % {"line": seen[key]})
        seen.setdefault(key, line.number)
        if reasons:
            problems.append(Problem(line=line.number, message="; ".join(reasons)))
        else:
            rows.append(
                PlannedFigure(line.number, town, year, group, gender, count, values["source"])
            )
    problems = sorted(problems + _totals_and_genders(rows), key=lambda p: p.line)
    if not table.lines:
        problems.append(Problem(line=1, message=_("The file has no lines under its header.")))
    return ImportPlan(rows=rows, problems=problems)


def _totals_and_genders(rows: list[PlannedFigure]) -> list[Problem]:
    """A municipality's year given both as totals and per gender would count its people
    twice: the lines of the kind that comes second are refused, each naming a line of the
    other kind."""
    first = {}  # (municipality, year, per gender?) -> the first such line
    for row in rows:
        first.setdefault((row.municipality.pk, row.year, bool(row.gender)), row.line)
    problems = []
    for row in rows:
        mine = first[(row.municipality.pk, row.year, bool(row.gender))]
        other = first.get((row.municipality.pk, row.year, not row.gender))
        if other is not None and other < mine:
            message = (
                _(
                    "line %(line)s gives the total of %(town)s in %(year)s, this line a figure "
                    "per gender: the people would be counted twice; keep the totals or the "
                    "figures per gender"
                )
                if row.gender
                else _(
                    "line %(line)s gives figures per gender for %(town)s in %(year)s, this "
                    "line a total: the people would be counted twice; keep the totals or "
                    "the figures per gender"
                )
            )
            problems.append(
                Problem(
                    line=row.line,
                    message=message
                    % {"line": other, "town": row.municipality.name, "year": row.year},
                )
            )
    return problems


@transaction.atomic
def population_apply(*, organisation, plan: ImportPlan, acting_user) -> dict:
    """Write every figure of the plan: new ones are added, known ones get the file's count and
    source. Returns counts."""
    if not plan.ok:
        raise ValueError("A plan with problems is never applied.")
    known = {
        (f.municipality_id, f.year, f.origin_group, f.gender): f
        for f in PopulationFigure.objects.select_for_update().filter(organisation=organisation)
    }
    created = updated = 0
    for row in plan.rows:
        figure = known.get((row.municipality.pk, row.year, row.origin_group, row.gender))
        if figure is None:
            PopulationFigure.objects.create(
                organisation=organisation,
                municipality=row.municipality,
                year=row.year,
                origin_group=row.origin_group,
                gender=row.gender,
                count=row.count,
                source=row.source,
            )
            created += 1
        elif (figure.count, figure.source) != (row.count, row.source):
            figure.count, figure.source = row.count, row.source
            figure.save(update_fields=["count", "source"])
            updated += 1
    counts = {"created": created, "updated": updated}
    return _imported(acting_user, organisation, "monitoring.population.imported", plan, counts)


def population_cells(row: PlannedFigure) -> list:
    """The preview's cells: municipality, year, origin, gender, count, source."""
    return [row.municipality.name, row.year, row.origin_group, row.gender, row.count, row.source]


def population_checked(*, organisation, name: str, raw: bytes) -> ImportPlan:
    """population_plan, with each row's `status` against the figures the zone has."""
    plan = population_plan(organisation=organisation, name=name, raw=raw)
    known = {
        (f.municipality_id, f.year, f.origin_group, f.gender): (f.count, f.source)
        for f in PopulationFigure.objects.filter(organisation=organisation)
    }
    for row in plan.rows:
        held = known.get((row.municipality.pk, row.year, row.origin_group, row.gender))
        row.status = (
            "new" if held is None else "unchanged" if held == (row.count, row.source) else "changed"
        )
    return plan
