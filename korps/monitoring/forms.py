from django import forms
from django.utils.translation import gettext_lazy as _

from korps.core.forms import SENSIBLE_DATES, ImportFileForm
from korps.core.translated import localized
from korps.organisations.models import Municipality

from .dimensions import asked_questions
from .models import NOT_SAID, Gender, origin_groups
from .periods import Period

DECLARATION_CONSENT = _(
    "I declare my gender and origin myself, of my own free will, so that the zone can check "
    "whether its selection and its corps reflect the population it serves. Nobody else sees "
    "what I declare: it is only counted in tables in which groups smaller than the zone's "
    "threshold are hidden. I can change or withdraw my declaration at any time on this page."
)


class DeclarationForm(forms.Form):
    """Gender and origin, then the zone's own active questions: each optional, each with
    "prefer not to say"."""

    gender = forms.ChoiceField(label=_("Gender"), choices=Gender.choices, widget=forms.RadioSelect)
    origin_group = forms.ChoiceField(label=_("Origin"), widget=forms.RadioSelect)
    consent = forms.BooleanField(label=_("I agree"), help_text=DECLARATION_CONSENT)

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["origin_group"].choices = origin_groups(organisation)
        consent = self.fields.pop("consent")
        self.questions = asked_questions(organisation=organisation)
        for question, options in self.questions:
            self.fields[f"q_{question.code}"] = forms.ChoiceField(
                label=localized(question.label, organisation.default_language) or question.code,
                choices=[
                    *(
                        (o.code, localized(o.label, organisation.default_language) or o.code)
                        for o in options
                    ),
                    (NOT_SAID, Gender.NOT_SAID.label),
                ],
                required=False,
                widget=forms.RadioSelect,
                help_text=_("Optional."),
            )
        self.fields["consent"] = consent

    def answers(self) -> dict:
        """{question: option, or None for "prefer not to say"} of the questions answered."""
        found = {}
        for question, options in self.questions:
            code = self.cleaned_data.get(f"q_{question.code}")
            if code:
                found[question] = next((o for o in options if o.code == code), None)
        return found


class StaffAccountForm(forms.Form):
    """A zone administrator links a member's account to their line of the HR export."""

    staff_number = forms.CharField(label=_("Staff number"), max_length=40)
    account = forms.ModelChoiceField(label=_("Account"), queryset=None)

    def __init__(self, *args, accounts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["account"].queryset = accounts
        self.fields["account"].label_from_instance = lambda user: (
            f"{user.full_name} <{user.email}>" if user.full_name else user.email
        )


class StaffImportForm(ImportFileForm):
    label = _("HR export (CSV or XLSX)")
    help_text = _(
        "Columns: staff_number, unit, grade, start_date, end_date and optionally "
        "promotions (2024-03-01:GRADE;...), start_grade (the grade before the first "
        "promotion, for promotion rates per grade), email (the person's work e-mail "
        "address: it links their korps account, if they have one in the zone, to their line, "
        "and receives their invitation to declare), language (nl, fr or en: the language "
        "of that invitation) and birth_year (the year of birth, for the reports per age "
        "band)."
    )
    columns = (
        "staff_number",
        "unit",
        "grade",
        "start_date",
        "end_date",
        "promotions",
        "start_grade",
        "email",
        "birth_year",
    )


class PopulationImportForm(ImportFileForm):
    label = _("Population figures (CSV or XLSX)")
    help_text = _(
        "Columns: municipality, year, origin_group, count, source and optionally gender. "
        "The same municipality, year, group and gender again replaces the count."
    )
    columns = ("municipality", "year", "origin_group", "count", "source", "gender")


class PopulationFigureForm(forms.Form):
    municipality = forms.ModelChoiceField(label=_("Municipality"), queryset=None)
    year = forms.IntegerField(label=_("Year"), min_value=1900, max_value=2100)
    origin_group = forms.ChoiceField(label=_("Origin"))
    gender = forms.ChoiceField(
        label=_("Gender"), choices=[("", "–"), *Gender.choices], required=False
    )
    count = forms.IntegerField(label=_("Count"), min_value=0)
    source = forms.CharField(label=_("Source"), max_length=200)

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = Municipality.objects.filter(
            organisation=organisation
        )
        self.fields["origin_group"].choices = origin_groups(organisation)[:-1]


class MonthField(forms.DateField):
    widget = forms.DateInput(attrs={"type": "month"}, format="%Y-%m")
    input_formats = ["%Y-%m"]
    default_validators = SENSIBLE_DATES


class PeriodForm(forms.Form):
    """The months a report covers; both ends are optional (the beginning, today)."""

    start = MonthField(label=_("From (month)"), required=False)
    end = MonthField(label=_("Up to and including (month)"), required=False)

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise forms.ValidationError(_("The first month comes after the last one."))
        return data

    def period(self) -> Period:
        """The chosen period, or the whole history when the form is empty or wrong."""
        if not self.is_bound or not self.is_valid():
            return Period()
        return Period(first_month=self.cleaned_data["start"], last_month=self.cleaned_data["end"])
