"""The roles a person can hold in a zone. What each role may do is in permissions.py."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ZONE_ADMIN = "zone_admin", _("Zone administrator")
    DIVERSITY_MANAGER = "diversity_manager", _("Diversity manager")
    RECRUITER = "recruiter", _("Recruiter")
    MENTOR = "mentor", _("Mentor")
    AMBASSADOR = "ambassador", _("Ambassador")
    COMPLAINTS_OFFICER = "complaints_officer", _("Complaints officer")
    INDEPENDENT_REVIEWER = "independent_reviewer", _("Independent reviewer")
    ANALYST = "analyst", _("Analyst")
    # Hears staff who meet discrimination, harassment or bullying inside the corps.
    CONFIDENTIAL_COUNSELLOR = "confidential_counsellor", _("Confidential counsellor")


ALL_ROLES = frozenset(Role)
