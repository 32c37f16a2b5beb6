"""A monitoring report as a PDF (WeasyPrint) to hand to a chief or a council: its title, the
zone, the period, the benchmark it compares with, the same charts as the page, and tables
that fit an A4 page (turned to landscape when a table is wide)."""

from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from korps.disclosure.cells import LEGEND

from . import charts, selectors
from .report import Report, thresholds

TITLES = {
    "composition": gettext_lazy("Composition"),
    "funnel": gettext_lazy("Selection funnel"),
    "retention": gettext_lazy("Retention and promotion"),
    "summary": gettext_lazy("Programme summary"),
    "outreach": gettext_lazy("Outreach by origin"),
}
# Reports that compare the corps with the population, and those that flag a group.
WITH_POPULATION = ("composition", "summary")
WITH_FLAGS = ("funnel", "retention", "summary")
# A table with more columns than this gets a landscape page.
PORTRAIT_COLUMNS = 6
LANDSCAPE = "@page { size: A4 landscape; }"


def benchmark_lines(*, organisation, key: str) -> list[str]:
    """What the report compares with, in words: the population figures (year, sources,
    municipalities) and the rule that flags a group."""
    lines = []
    if key in WITH_POPULATION:
        described = selectors.benchmark_description(organisation)
        if described is None:
            lines.append(_("Population benchmark: none entered, so no share is compared."))
        else:
            lines.append(str(described))
    if key in WITH_FLAGS:
        limits = thresholds(organisation)
        lines.append(
            _("A flag needs a ratio below %(ratio)s to the best group and p below %(p)s.")
            % {"ratio": number_format(limits["ratio"]), "p": number_format(limits["p"])}
        )
    return lines


def is_wide(report: Report) -> bool:
    return any(len(section.columns) > PORTRAIT_COLUMNS for section in report.sections)


def pdf_response(request, *, zone, key: str, report: Report, chart_svg: str, filename: str):
    from weasyprint import CSS, HTML

    html = render_to_string(
        "monitoring/staff/report_pdf.html",
        {
            "report": report,
            "zone": zone,
            "report_key": key,
            "title": TITLES[key],
            "benchmark": benchmark_lines(organisation=zone, key=key),
            "legend": LEGEND,
            "generated": timezone.now(),
            "chart_svg": chart_svg,
            "trend_svg": charts.trend_svg(report.trend),
        },
        request=request,
    )
    stylesheets = [CSS(filename=finders.find("monitoring/report-pdf.css"))]
    if is_wide(report):
        stylesheets.append(CSS(string=LANDSCAPE))
    response = HttpResponse(
        HTML(string=html).write_pdf(stylesheets=stylesheets), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.pdf"'
    return response
