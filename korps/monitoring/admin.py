from korps.organisations.admin import ZoneScopedAdmin, admin_site

from .models import PopulationFigure


class PopulationFigureAdmin(ZoneScopedAdmin):
    list_display = ["municipality", "year", "origin_group", "gender", "count", "source"]
    list_filter = ["year", "origin_group"]
    list_select_related = ["municipality"]


admin_site.register(PopulationFigure, PopulationFigureAdmin)
