"""The monitoring block on the staff home page: the funnel's stumbling blocks, from the same
report (and the same suppression) as the funnel page. Registered in core's home-panel
registry by MonitoringConfig, so core never imports monitoring."""

from .selectors import funnel_report, stumbling_blocks

PANEL_SIZE = 5


def stumbling_blocks_panel(request, zone) -> dict:
    """(step name, group) pairs the funnel flags, at most PANEL_SIZE; figures only."""
    report = funnel_report(organisation=zone)
    names = {section.key: section.title for section in report.sections}
    blocks = [(names.get(key, key), group) for key, group in stumbling_blocks(report)]
    return {"blocks": blocks[:PANEL_SIZE], "more": max(0, len(blocks) - PANEL_SIZE)}
