"""The dashboard's charts, drawn on the server: Altair describes them, vl-convert renders
them to SVG, and the page embeds the SVG. No script runs in the browser."""

import functools

import altair as alt
import vl_convert
from django.utils.translation import get_language
from django.utils.translation import gettext as _

# d3's number and time formats per interface language (decimal comma, month names).
CHART_LOCALES = {"nl": "nl-NL", "fr": "fr-FR", "en": "en-GB"}
# The font vl-convert measures the labels with; WeasyPrint (PDF) and most browsers draw the
# same or one of the same width, so that no label is clipped.
CHART_FONT = "DejaVu Sans, Verdana, sans-serif"


@functools.cache
def chart_locale(language: str) -> dict:
    """Vega-Lite's `config.locale` for a language: numbers and dates as its readers write
    them ("10.000", "0,5", "augustus")."""
    name = CHART_LOCALES.get((language or "en").split("-")[0], "en-GB")
    return {
        "number": vl_convert.get_format_locale(name),
        "time": vl_convert.get_time_format_locale(name),
    }


def chart_spec(chart: alt.Chart) -> dict:
    """The chart's Vega-Lite spec with the active language's locale and the measured font."""
    spec = chart.to_dict()
    config = spec.setdefault("config", {})
    config["locale"] = chart_locale(get_language())
    config["font"] = CHART_FONT
    return spec


def _svg(chart: alt.Chart) -> str:
    svg = vl_convert.vegalite_to_svg(chart_spec(chart))
    # The page gives the figure its accessible name; the drawing itself is decoration.
    return svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1)


def funnel_svg(total: dict) -> str:
    """Reach → visits → leads → sign-ups → attended, one bar each."""
    steps = [
        (_("Reach"), total["impressions"]),
        (_("Visits"), total["visits"]),
        (_("Leads"), total["leads"]),
        (_("Sign-ups"), total["signups"]),
        (_("Attended"), total["attended"]),
    ]
    order = [str(label) for label, _value in steps]
    data = alt.Data(values=[{"step": str(label), "count": value} for label, value in steps])
    bars = (
        alt.Chart(data)
        .mark_bar(color="#1d4f91")
        .encode(
            y=alt.Y("step:N", sort=order, title=None),
            x=alt.X("count:Q", title=_("People"), scale=alt.Scale(type="symlog")),
        )
    )
    labels = bars.mark_text(align="left", dx=4, color="#111").encode(text="count:Q")
    return _svg((bars + labels).properties(width=480, height=180))


def timeline_svg(days: list[dict]) -> str:
    data = alt.Data(values=[{"day": d["day"].isoformat(), "visits": d["visits"]} for d in days])
    chart = (
        alt.Chart(data)
        .mark_bar(color="#1d4f91")
        .encode(
            x=alt.X("day:T", title=_("Day")),
            y=alt.Y("visits:Q", title=_("Visits")),
        )
        .properties(width=480, height=180)
    )
    return _svg(chart)
