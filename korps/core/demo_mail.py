"""The mail backend of the demo seeder: one line per mail instead of the whole message.

Seeding the demo sends a handful of real mails (confirmations, answers, invitations); the
console backend of the demo printed each in full, headers and all, between the seeding steps.
"""

import sys

from django.core.mail.backends.base import BaseEmailBackend


class OneLineEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        for message in email_messages:
            sys.stdout.write(f"  mail to {', '.join(message.to)}: {message.subject}\n")
        return len(email_messages)
