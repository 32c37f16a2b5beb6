"""Who acted, when nobody signed in: the holder of a personal link. Stored in
AuditEntry.actor_label as the English text (the trail is kept in one language) and shown in
the reader's language by AuditEntry.actor_display."""

from django.utils.translation import gettext_noop

CANDIDATE = gettext_noop("candidate (personal link)")
SIGNUP = gettext_noop("person signed up (personal link)")
LEAD = gettext_noop("interested person (personal link)")
STORY_AUTHOR = gettext_noop("author of the story (personal link)")
ASKER = gettext_noop("visitor who asked an ambassador (personal link)")
STAFF_MEMBER = gettext_noop("staff member (personal invitation to declare)")
COMPLAINANT = gettext_noop("complainant (receipt code)")

LINK_HOLDERS = frozenset({CANDIDATE, SIGNUP, LEAD, STORY_AUTHOR, ASKER, STAFF_MEMBER, COMPLAINANT})
