"""The dashboard's charts, drawn on the server: Altair describes them, vl-convert renders
them to SVG, and the page embeds the SVG. No script runs in the browser."""

import altair as alt
import vl_convert
from django.utils.translation import gettext as _


def _svg(chart: alt.Chart) -> str:
    svg = vl_convert.vegalite_to_svg(chart.to_dict())
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
