"""The public complaint statistics of a zone per quarter (statistics.py), as a page and as a
CSV. Only a zone that publishes its statistics (ComplaintsSettings.publish_statistics) has
them; another zone's address answers 404, as an unknown zone's does."""

from django import forms
from django.http import Http404
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from korps.core.exports import Section, sections_response
from korps.core.public import ZonePublicMixin
from korps.disclosure.cells import LEGEND, MARK, Cell

from .clocks import today_in
from .deadlines import rules_of
from .models import ComplaintsSettings
from .statistics import Quarter, Statistics, quarters_until, zone_statistics


class QuarterForm(forms.Form):
    quarter = forms.ChoiceField(label=gettext_lazy("Quarter"))

    def __init__(self, *args, quarters, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["quarter"].choices = [(str(q), quarter_label(q)) for q in quarters]
        self.fields["quarter"].error_messages["invalid_choice"] = gettext_lazy(
            "Choose one of the quarters in the list: figures exist only for quarters that "
            "have begun."
        )


def quarter_label(quarter: Quarter) -> str:
    return _("Quarter %(number)s of %(year)s") % {
        "number": quarter.number,
        "year": quarter.year,
    }


def _number(value) -> str:
    if isinstance(value, Cell):
        return MARK if value.suppressed else formats.number_format(value.value, use_l10n=True)
    if value is None:
        return "–"
    if isinstance(value, float):
        return formats.number_format(value, 1, use_l10n=True)
    return formats.number_format(value, use_l10n=True)


def _share(value: float | None) -> str:
    return "–" if value is None else f"{formats.number_format(100 * value, 0)} %"


def sections_of(stats: Statistics) -> list[Section]:
    """The figures as tables: a title, a header and rows of a label and its values (cells,
    numbers, shares or None)."""
    total = _("Total")
    kind = stats.by_kind
    category = stats.by_category
    discrimination = stats.discrimination
    satisfaction = stats.satisfaction
    return [
        Section(
            key="kinds",
            title=_("Cases by kind and handling route"),
            columns=[_("Kind"), *(label for _c, label in stats.routes), total],
            rows=[
                [label, *kind.cells[i], kind.row_totals[i]]
                for i, (_c, label) in enumerate(stats.kinds)
            ]
            + [[total, *kind.column_totals, kind.total]],
        ),
        Section(
            key="categories",
            title=_("Allegations by category and outcome"),
            columns=[_("Category"), *(label for _c, label in stats.outcomes), total],
            rows=[
                [label, *category.cells[i], category.row_totals[i]]
                for i, (_c, label) in enumerate(stats.categories)
            ]
            + [[total, *category.column_totals, category.total]],
        ),
        Section(
            key="discrimination",
            title=_("Allegations in reports of discrimination or of a hate incident, by outcome"),
            columns=[_("Cases"), *(label for _c, label in stats.outcomes), total],
            rows=[
                [
                    _("Reports of discrimination or of a hate incident"),
                    *discrimination.cells[0],
                    discrimination.row_totals[0],
                ],
                [_("Other cases"), *discrimination.cells[1], discrimination.row_totals[1]],
            ],
        ),
        Section(
            key="times",
            title=_("Time from receipt, in working days"),
            columns=[
                _("Step"),
                _("Cases"),
                _("Median"),
                _("90th percentile"),
                _("Within the deadline"),
                _("Late"),
                _("Share within the deadline"),
            ],
            rows=[
                [t.label, t.cases, t.median, t.p90, t.within, t.late, t.share_within]
                for t in stats.timings
            ],
        ),
        Section(
            key="satisfaction",
            title=_("Complainants' answers after closing"),
            columns=[_("Question"), *(label for _c, label in stats.answers), total],
            rows=[
                [str(label), *satisfaction.cells[i], satisfaction.row_totals[i]]
                for i, label in enumerate(
                    [_("Was the complaint taken seriously?"), _("Was trust restored?")]
                )
            ],
        ),
    ]


def _displayed(section: Section, share_column: int | None) -> Section:
    rows = [
        [
            row[0],
            *(
                _share(value) if number == share_column else _number(value)
                for number, value in enumerate(row[1:], start=1)
            ),
        ]
        for row in section.rows
    ]
    return Section(key=section.key, title=section.title, columns=section.columns, rows=rows)


def _exported(value):
    if isinstance(value, Cell):
        return MARK if value.suppressed else value.value
    if value is None:
        return ""
    return value


class StatisticsView(ZonePublicMixin, TemplateView):
    """Complaint statistics of the zone for a quarter (default: the current one)."""

    template_name = "complaints/public/statistics.html"

    def get(self, request, *args, **kwargs):
        published = ComplaintsSettings.objects.filter(
            organisation=self.zone, publish_statistics=True
        ).exists()
        if not published:
            raise Http404
        quarters = quarters_until(today_in(rules_of(self.zone), timezone.now()))
        chosen = request.GET.get("quarter") or str(quarters[0])
        form = QuarterForm({"quarter": chosen}, quarters=quarters)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        quarter = Quarter.parse(form.cleaned_data["quarter"])
        stats = zone_statistics(organisation=self.zone, quarter=quarter)
        sections = sections_of(stats)
        if request.GET.get("format") == "csv":
            return sections_response(
                export_format="csv",
                filename=f"complaints-{self.zone.code}-{quarter}",
                sections=[
                    Section(
                        key=s.key,
                        title=s.title,
                        columns=s.columns,
                        rows=[[row[0], *(_exported(v) for v in row[1:])] for row in s.rows],
                    )
                    for s in sections
                ],
                legend=str(LEGEND),
                separator=request.GET.get("sep"),
            )
        return self.render_to_response(
            self.get_context_data(
                form=form,
                quarter=quarter,
                quarter_name=quarter_label(quarter),
                sections=[
                    _displayed(s, share_column=6 if s.key == "times" else None) for s in sections
                ],
                legend=LEGEND,
                threshold=stats.threshold,
            )
        )
