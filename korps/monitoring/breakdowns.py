"""The groups a report can break its figures down by: origin (the reports' own summary
tables), gender, origin × gender, age band (staff only, from the HR export's year of birth)
and each of the zone's own declaration questions (dimension_models.py).

A `Breakdown` names its groups (in the order shown) and which of them are compared (ratio
and test): "prefer not to say", "not declared" and an unknown year of birth mix people of
every group, so they are counted but never compared. A `Grouper` places each person in a
group from one read of the zone's standing declarations (and answers), joined in Python.
Nothing is inferred: a person without a declaration, or without an answer to the question,
is "not declared"."""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import F, FilteredRelation, Q, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from korps.core.translated import localized

from .dimension_models import DimensionAnswer, DimensionOption, DimensionQuestion
from .models import NOT_DECLARED, NOT_SAID, Declaration, Gender, SubjectKind
from .report import group_labels

ORIGIN, GENDER, ORIGIN_GENDER, AGE = "origin", "gender", "origin_gender", "age"
QUESTION = "q-"  # a zone question's breakdown: "q-" and the question's code
# Which breakdowns each report offers: candidates have no year of birth.
REPORTS = {
    "composition": (ORIGIN, GENDER, ORIGIN_GENDER, AGE),
    "funnel": (ORIGIN, GENDER, ORIGIN_GENDER),
    "retention": (ORIGIN, GENDER, ORIGIN_GENDER, AGE),
}
TITLES = {
    ORIGIN: gettext_lazy("Origin"),
    GENDER: gettext_lazy("Gender"),
    ORIGIN_GENDER: gettext_lazy("Origin and gender"),
    AGE: gettext_lazy("Age band"),
}
# (code, label, lowest age, highest age): the age a person reaches in the year of the day.
AGE_BANDS = [
    ("under_25", gettext_lazy("Under 25"), 0, 24),
    ("25_34", gettext_lazy("25 to 34"), 25, 34),
    ("35_44", gettext_lazy("35 to 44"), 35, 44),
    ("45_54", gettext_lazy("45 to 54"), 45, 54),
    ("55_plus", gettext_lazy("55 and over"), 55, 200),
]


def age_band(birth_year: int | None, on: dt.date) -> str:
    """The age band of the age a person born in `birth_year` reaches in the year of `on`
    (the HR export gives the year only); NOT_DECLARED when the year is unknown."""
    if not birth_year:
        return NOT_DECLARED
    age = on.year - birth_year
    for code, _label, low, high in AGE_BANDS:
        if low <= age <= high:
            return code
    return AGE_BANDS[0][0] if age < 0 else AGE_BANDS[-1][0]


@dataclass
class Breakdown:
    key: str
    title: str  # the heading of the groups' column
    labels: dict[str, str]  # group code: label, in the order shown
    compared: set[str] = field(default_factory=set)  # the groups with a ratio and a test
    question: DimensionQuestion | None = None

    @property
    def groups(self) -> list[str]:
        return list(self.labels)


def breakdown_choices(organisation, report: str) -> list[tuple[str, str]]:
    """(key, label) of the breakdowns a report offers in the zone: korps's own, then the
    zone's questions (inactive ones too: their answers still count)."""
    if report not in REPORTS:
        return []
    return [(key, str(TITLES[key])) for key in REPORTS[report]] + [
        (QUESTION + q.code, localized(q.label, organisation.default_language) or q.code)
        for q in DimensionQuestion.objects.filter(organisation=organisation)
    ]


def breakdown_of(organisation, key: str, report: str) -> Breakdown | None:
    """The breakdown `key` of a report in the zone, or None if the report does not offer it."""
    if report not in REPORTS:
        return None
    origins = group_labels(organisation)
    known = lambda codes: {c for c in codes if c not in (NOT_SAID, NOT_DECLARED)}  # noqa: E731
    if key in (ORIGIN, GENDER, ORIGIN_GENDER, AGE) and key not in REPORTS[report]:
        return None
    if key == ORIGIN:
        return Breakdown(ORIGIN, str(TITLES[ORIGIN]), origins, known(origins))
    if key == GENDER:
        labels = _gender_labels()
        return Breakdown(GENDER, str(TITLES[GENDER]), labels, known(labels))
    if key == ORIGIN_GENDER:
        genders = _gender_labels()
        labels, compared = {}, set()
        for origin, origin_label in origins.items():
            for gender, gender_label in genders.items():
                code = f"{origin}.{gender}"
                labels[code] = f"{origin_label} · {gender_label}"
                if origin in known(origins) and gender in known(genders):
                    compared.add(code)
        return Breakdown(ORIGIN_GENDER, str(TITLES[ORIGIN_GENDER]), labels, compared)
    if key == AGE:
        labels = {code: str(label) for code, label, _low, _high in AGE_BANDS}
        labels[NOT_DECLARED] = _("Year of birth unknown")
        return Breakdown(AGE, str(TITLES[AGE]), labels, known(labels))
    if key.startswith(QUESTION):
        question = DimensionQuestion.objects.filter(
            organisation=organisation, code=key[len(QUESTION) :]
        ).first()
        if question is None:
            return None
        language = organisation.default_language
        labels = {
            option.code: localized(option.label, language) or option.code
            for option in DimensionOption.objects.filter(question=question)
        }
        labels[NOT_SAID] = str(Gender.NOT_SAID.label)
        labels[NOT_DECLARED] = _("Not answered")
        title = localized(question.label, language) or question.code
        return Breakdown(key, title, labels, known(labels), question=question)
    return None


def _gender_labels() -> dict[str, str]:
    labels = {code: str(label) for code, label in Gender.choices}
    labels[NOT_DECLARED] = _("Not declared")
    return labels


class Grouper:
    """Places the zone's people in the groups of a breakdown: staff by staff number (and
    year of birth, for the age band on the day `on`), candidates by id, from one read of the
    standing declarations (or of the answers to the breakdown's question); or, for grouping
    in SQL, annotates their rows with what places them (`annotated`, `group`)."""

    def __init__(self, organisation, breakdown: Breakdown, *, on: dt.date, staff: bool = True):
        self.organisation, self.breakdown, self.on, self.staff = organisation, breakdown, on, staff
        self._groups = None

    def _people(self) -> dict:
        """{staff number or candidate id: group} of the people who declared, read once."""
        if self._groups is not None:
            return self._groups
        self._groups = {}
        if self.breakdown.key == AGE:
            return self._groups
        kind = SubjectKind.STAFF if self.staff else SubjectKind.CANDIDATE
        declarations = Declaration.objects.filter(
            organisation=self.organisation, subject_kind=kind, withdrawn_at__isnull=True
        )
        if self.breakdown.question is not None:
            rows = DimensionAnswer.objects.filter(
                question=self.breakdown.question,
                declaration__organisation=self.organisation,
                declaration__subject_kind=kind,
                declaration__withdrawn_at__isnull=True,
            ).values_list("declaration__staff_number", "declaration__candidate_id", "option__code")
            found = ((number, candidate, code or NOT_SAID) for number, candidate, code in rows)
        else:
            rows = declarations.values_list(
                "staff_number", "candidate_id", "origin_group", "gender"
            )
            found = (
                (number, candidate, self._declared(origin, gender))
                for number, candidate, origin, gender in rows
            )
        for number, candidate, group in found:
            if group not in self.breakdown.labels:
                group = self.not_declared
            self._groups[number if self.staff else candidate] = group
        return self._groups

    def _declared(self, origin: str, gender: str) -> str:
        origin, gender = origin or NOT_DECLARED, gender or NOT_DECLARED
        if self.breakdown.key == GENDER:
            return gender
        if self.breakdown.key == ORIGIN_GENDER:
            origin = origin if f"{origin}.{gender}" in self.breakdown.labels else NOT_DECLARED
            return f"{origin}.{gender}"
        return origin

    # The columns `annotated` adds, which `group` reads.
    FIELDS = ["origin", "declared_gender", "answer", "answered"]

    def annotated(self, attempts):
        """Step attempts annotated with their candidate's declared origin and gender and
        answer to the breakdown's question (joined, not a subquery per row), so that the
        funnel groups them in SQL."""
        attempts = attempts.annotate(
            **{
                name: Coalesce(
                    NullIf(f"candidate__declaration__{field}", Value("")), Value(NOT_DECLARED)
                )
                for name, field in (("origin", "origin_group"), ("declared_gender", "gender"))
            }
        )
        if self.breakdown.question is None:
            return attempts.annotate(answer=Value(""), answered=Value(0))
        return attempts.annotate(
            chosen=FilteredRelation(
                "candidate__declaration__answers",
                condition=Q(candidate__declaration__answers__question=self.breakdown.question),
            ),
            answer=F("chosen__option__code"),
            answered=F("chosen__id"),
        )

    def group(self, row: dict) -> str:
        """The group of a row of `annotated`."""
        if self.breakdown.question is not None:
            if not row["answered"]:
                return NOT_DECLARED
            group = row["answer"] or NOT_SAID
        else:
            group = self._declared(row["origin"], row["declared_gender"])
        return group if group in self.breakdown.labels else self.not_declared

    def of_staff(self, staff_number: str, birth_year: int | None = None) -> str:
        if self.breakdown.key == AGE:
            return age_band(birth_year, self.on)
        return self._people().get(staff_number, self.not_declared)

    def of_candidate(self, candidate_id: int) -> str:
        return self._people().get(candidate_id, self.not_declared)

    @property
    def not_declared(self) -> str:
        if self.breakdown.key == ORIGIN_GENDER:
            return f"{NOT_DECLARED}.{NOT_DECLARED}"
        return NOT_DECLARED
