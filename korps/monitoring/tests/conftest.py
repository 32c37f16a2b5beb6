import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _english():
    """Report labels are compared in English, the source language."""
    with translation.override("en"):
        yield
