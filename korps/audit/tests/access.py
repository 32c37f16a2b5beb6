from korps.core.testing.access import Access, roles
from korps.organisations.roles import Role

EXPECTATIONS = [
    Access("audit:log", roles(Role.ZONE_ADMIN)),
]
