"""Erasing a person erases them in every app. Each app registers, in `AppConfig.ready()`, an
eraser per kind of person it holds data about (a candidate, a lead); the app that owns
the person calls `person_erase()` inside its own transaction, which runs every eraser of that
kind and writes one audit row with what each app erased (counts only, never personal data).

Core knows no app: erasers receive the person's record and return how many rows they erased
(deleted or emptied). An eraser declares the models it answers for (`handles`), so a test can
check that every model holding data about a candidate is answered for by some eraser."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction

from korps.audit.services import audit_record

# The kinds of person some app erases today; add one with the first flow that erases it.
KINDS = ("candidate", "lead")


@dataclass(frozen=True)
class Eraser:
    kind: str
    name: str  # e.g. "monitoring.declaration": the key of its count in the audit row
    erase: Callable[[object], int]
    handles: tuple[str, ...] = ()  # model labels, e.g. ("monitoring.Declaration",)
    # The app that owns the person erases its own record last, since the others may still
    # follow its links (a candidate's lead, its sign-up) to find what they hold.
    last: bool = False


ERASERS: list[Eraser] = []


def register_eraser(
    kind: str,
    name: str,
    erase: Callable[[object], int],
    *,
    handles: tuple[str, ...] = (),
    last: bool = False,
) -> None:
    if kind not in KINDS:
        raise ValueError(f"Unknown kind of person {kind!r}; known: {', '.join(KINDS)}.")
    if any(e.kind == kind and e.name == name for e in ERASERS):
        return  # ready() may run more than once (tests)
    ERASERS.append(Eraser(kind=kind, name=name, erase=erase, handles=handles, last=last))


def erasers_for(kind: str) -> list[Eraser]:
    return sorted((e for e in ERASERS if e.kind == kind), key=lambda e: e.last)


def person_erase(
    *, kind: str, person, organisation, action: str, acting_user=None, actor_label: str = ""
) -> dict:
    """Run every eraser registered for `kind` on `person`, in the caller's transaction, and
    write the audit row `action` with the number of rows each eraser erased."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("person_erase() runs inside the transaction of the erasure.")
    erased = {eraser.name: eraser.erase(person) for eraser in erasers_for(kind)}
    audit_record(
        actor=acting_user,
        actor_label=actor_label,
        action=action,
        target=person,
        organisation=organisation,
        data={"kind": kind, "erased": erased},
    )
    return erased
