"""korps: a police force's diversity and inclusion programme, end to end."""

from .celery import app as celery_app

__all__ = ["celery_app"]
