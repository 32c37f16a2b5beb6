"""Row locks that hold on both databases korps runs on.

A read-then-write (count the free seats, then sign up) is safe only when no other writer can
change what was read before the transaction ends. `lock_rows()` is called first in such a
transaction:

- PostgreSQL: SELECT ... FOR UPDATE OF the model's own table, in key order (two lockers
  never deadlock), in the one query that reads the rows.
- SQLite has no row locks and ignores FOR UPDATE: a write that changes nothing
  (UPDATE ... SET id = id) takes the database's write lock at once, so nothing this
  transaction reads afterwards can change before it commits. korps opens SQLite transactions
  IMMEDIATE (the write lock at BEGIN), which serialises every transaction anyway; the
  concurrency tests switch to DEFERRED transactions so that this lock alone is what they
  prove, and they fail on SQLite when it is removed.
"""

from django.db import connections
from django.db.models import F, QuerySet


def lock_rows(queryset: QuerySet) -> list:
    """Locks the rows until the end of the current transaction and returns them, read under
    the lock. Call it before the transaction's other reads."""
    if connections[queryset.db].vendor == "sqlite":
        key = queryset.model._meta.pk.attname
        queryset.update(**{key: F(key)})
        return list(queryset.order_by("pk"))
    return list(queryset.select_for_update(of=("self",)).order_by("pk"))


def lock_keys(queryset: QuerySet) -> int:
    """Locks the rows as lock_rows does, reading only their keys (an import locks tens of
    thousands of rows it does not need as objects). Returns how many it locked."""
    key = queryset.model._meta.pk.attname
    if connections[queryset.db].vendor == "sqlite":
        return queryset.update(**{key: F(key)})
    return len(queryset.select_for_update(of=("self",)).order_by("pk").values_list(key, flat=True))
