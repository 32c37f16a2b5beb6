from korps.core.testing.access import Access, roles
from korps.organisations.roles import Role

EXPECTATIONS = [
    Access("audit:log", roles(Role.ZONE_ADMIN)),
    Access("audit:log_csv", roles(Role.ZONE_ADMIN)),
    Access("audit:log_xlsx", roles(Role.ZONE_ADMIN)),
]
