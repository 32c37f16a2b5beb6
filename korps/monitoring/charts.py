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


def pass_rates_svg(points: list[dict], title: str | None = None) -> str:
    """Per step (or measure) and group, the share that passed (or stayed, or was promoted)."""
    if not points:
        return ""
    chart = (
        alt.Chart(alt.Data(values=points))
        .mark_bar()
        .encode(
            # Room for a measure's whole name ("Promoted at least once (...)").
            y=alt.Y("step:N", title=None, sort=None, axis=alt.Axis(labelLimit=320)),
            yOffset="group:N",
            x=alt.X("rate:Q", title=title or _("Pass rate"), axis=alt.Axis(format="%")),
            color=alt.Color("group:N", title=None),
        )
        .properties(width=420, height=320)
    )
    return _svg(chart)


def retention_svg(points: list[dict]) -> str:
    """The retention report's rates: who stayed and who was promoted, per group."""
    return pass_rates_svg(points, title=_("Share of the group"))


def trend_svg(points: list[dict]) -> str:
    """The share of each declared group among staff, at the end of each quarter."""
    if len({p["date"] for p in points}) < 2:
        return ""
    chart = (
        alt.Chart(alt.Data(values=points))
        .mark_line(point=True)
        .encode(
            # Month and year, in the page's language ("aug 2026"), a tick every quarter.
            x=alt.X(
                "date:T",
                title=None,
                axis=alt.Axis(format="%b %Y", tickCount={"interval": "month", "step": 3}),
            ),
            y=alt.Y("share:Q", title=_("Share"), axis=alt.Axis(format="%")),
            color=alt.Color("group:N", title=None),
        )
        .properties(width=420, height=200)
    )
    return _svg(chart)
