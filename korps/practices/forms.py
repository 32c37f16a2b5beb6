from django import forms
from django.utils.translation import gettext_lazy as _

from .models import (
    SHEET_LANGUAGES,
    Category,
    Goal,
    PolicyDomain,
    Result,
    SheetText,
    Stage,
    Status,
    TargetGroup,
    Verdict,
)
from .services import TEXT_FIELDS, SheetData

CRITERIA_HELP = _(
    "The four criteria (the problem, why it should work, an evaluation, what another zone "
    'needs to repeat it) may be left empty; a sheet is marked "recommended" only when they are '
    "filled in and two reviewers agree."
)


def _languages():
    return list(SHEET_LANGUAGES.items())


class SheetForm(forms.Form):
    """A practice in one language; a translation is added later by editing in another."""

    language = forms.ChoiceField(label=_("Language of these texts"), choices=_languages)
    title = forms.CharField(label=_("Title"), max_length=200)
    summary = forms.CharField(
        label=_("Summary"), max_length=600, widget=forms.Textarea(attrs={"rows": 3})
    )
    category = forms.ChoiceField(label=_("Category"), choices=Category.choices)
    policy_domains = forms.MultipleChoiceField(
        label=_("Policy domains"),
        choices=PolicyDomain.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    goals = forms.MultipleChoiceField(
        label=_("Goals"), choices=Goal.choices, widget=forms.CheckboxSelectMultiple
    )
    goals_text = forms.CharField(
        label=_("Goals in your own words, one a line"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    target_group = forms.ChoiceField(label=_("Target group"), choices=TargetGroup.choices)
    target_group_text = forms.CharField(
        label=_("Target group, in words"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    description = forms.CharField(label=_("Description"), widget=forms.Textarea(attrs={"rows": 6}))
    success_factors = forms.CharField(
        label=_("Success factors, one a line"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    challenges = forms.CharField(
        label=_("Challenges, one a line"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    partners = forms.CharField(
        label=_("Partners, one a line"),
        required=False,
        help_text=_(
            'A name, then a colon and what they do: "Adult education centre: language coaching".'
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    stage = forms.ChoiceField(label=_("Stage"), choices=Stage.choices)
    result = forms.ChoiceField(
        label=_("Result"),
        choices=Result.choices,
        help_text=_("A practice that did not work is welcome: others learn from it too."),
    )
    problem = forms.CharField(
        label=_("The problem it addresses"),
        required=False,
        help_text=CRITERIA_HELP,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    rationale = forms.CharField(
        label=_("Why it should work"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    evaluation = forms.CharField(
        label=_("Evaluation"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    replication = forms.CharField(
        label=_("What another zone needs to repeat it"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    @classmethod
    def initial_for(cls, sheet, text: SheetText | None) -> dict:
        initial = {
            "category": sheet.category,
            "policy_domains": sheet.policy_domains,
            "goals": sheet.goals,
            "target_group": sheet.target_group,
            "stage": sheet.stage,
            "result": sheet.result,
            "partners": "\n".join(
                f"{p.name}: {p.role}" if p.role else p.name for p in sheet.partners.all()
            ),
        }
        if text is not None:
            initial["language"] = text.language
            initial.update({name: getattr(text, name) for name in TEXT_FIELDS})
        return initial

    def sheet_data(self) -> SheetData:
        data = self.cleaned_data
        partners = []
        for line in data["partners"].splitlines():
            name, _sep, role = line.partition(":")
            if name.strip():
                partners.append((name.strip()[:200], role.strip()[:300]))
        return SheetData(
            category=data["category"],
            target_group=data["target_group"],
            stage=data["stage"],
            result=data["result"],
            policy_domains=data["policy_domains"],
            goals=data["goals"],
            texts={data["language"]: {name: data[name] for name in TEXT_FIELDS}},
            partners=partners,
        )


MODERATOR_MOVES = [
    (Status.IN_REVIEW, _("Take into review")),
    (Status.CHANGES_REQUESTED, _("Ask for changes")),
    (Status.PUBLISHED, _("Publish")),
    (Status.DECLINED, _("Decline")),
]


class MoveForm(forms.Form):
    to_status = forms.ChoiceField(label=_("Decision"), choices=MODERATOR_MOVES)
    reason = forms.CharField(
        label=_("Reason (the submitter reads it)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ReviewForm(forms.Form):
    verdict = forms.ChoiceField(label=_("Your verdict"), choices=Verdict.choices)
    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class AppealForm(forms.Form):
    reason = forms.CharField(
        label=_("Why should the decision change?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ImplementationForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=_languages)
    text = forms.CharField(
        label=_("How your zone does it"), widget=forms.Textarea(attrs={"rows": 6})
    )
    contact = forms.ModelChoiceField(label=_("Contact person"), queryset=None, required=False)
    started_on = forms.DateField(
        label=_("Started on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    ended_on = forms.DateField(
        label=_("Ended on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, members=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact"].queryset = members

    def clean(self):
        data = super().clean()
        start, end = data.get("started_on"), data.get("ended_on")
        if start and end and end < start:
            self.add_error("ended_on", _("The end comes after the start."))
        return data
