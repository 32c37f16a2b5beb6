"""Report charts drawn on the server (Altair to SVG through vl-convert), from figures that
have already passed suppression: a hidden figure is simply not drawn."""

import altair as alt
from django.utils.translation import gettext as _

from korps.outreach.charts import _svg


def shares_svg(points: list[dict]) -> str:
    if not points:
        return ""
    chart = (
        alt.Chart(alt.Data(values=points))
        .mark_bar()
        .encode(
            y=alt.Y("group:N", title=None),
            yOffset="series:N",
            x=alt.X("share:Q", title=_("Share"), axis=alt.Axis(format="%")),
            color=alt.Color("series:N", title=None),
        )
        .properties(width=420, height=200)
    )
    return _svg(chart)


def pass_rates_svg(points: list[dict]) -> str:
    if not points:
        return ""
    chart = (
        alt.Chart(alt.Data(values=points))
        .mark_bar()
        .encode(
            y=alt.Y("step:N", title=None, sort=None),
            yOffset="group:N",
            x=alt.X("rate:Q", title=_("Pass rate"), axis=alt.Axis(format="%")),
            color=alt.Color("group:N", title=None),
        )
        .properties(width=420, height=320)
    )
    return _svg(chart)


def trend_svg(points: list[dict]) -> str:
    """The share of each declared group among staff, at the end of each quarter."""
    if len({p["date"] for p in points}) < 2:
        return ""
    chart = (
        alt.Chart(alt.Data(values=points))
        .mark_line(point=True)
        .encode(
            x=alt.X("date:T", title=None),
            y=alt.Y("share:Q", title=_("Share"), axis=alt.Axis(format="%")),
            color=alt.Color("group:N", title=None),
        )
        .properties(width=420, height=200)
    )
    return _svg(chart)
