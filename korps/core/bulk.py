"""Bulk inserts of plain rows, past the ORM's model instances: COPY on PostgreSQL,
executemany in large batches on SQLite. An import writes its rows this way (after checking
every line), and `make bench-monitoring` times it against the same insert of the same rows.
Nothing comes back (no ids) and no signal is sent."""

from collections.abc import Iterable

from django.db import connection, models

# Rows a SQLite executemany call sends at once.
SQLITE_BATCH = 50_000


def table_insert(table: str, columns: list[str], rows: Iterable[tuple]) -> int:
    """Insert the rows (values in the order of `columns`, adapted for the database) into the
    table. Returns how many were inserted."""
    count = 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
            return count
        sql = (
            f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join(['%s'] * len(columns))})"
        )
        batch = []
        for row in rows:
            batch.append(row)
            if len(batch) == SQLITE_BATCH:
                cursor.executemany(sql, batch)
                count += len(batch)
                batch = []
        if batch:
            cursor.executemany(sql, batch)
            count += len(batch)
    return count


def _adapter(field: models.Field):
    """How a value of the field goes to the database: dates and times as the backend stores
    them (SQLite: text, times in UTC), each distinct value adapted once (an import's rows
    share a few hundred dates and one time); every other value as it is."""
    if isinstance(field, models.DateTimeField):
        adapt = connection.ops.adapt_datetimefield_value
    elif isinstance(field, models.DateField):
        adapt = connection.ops.adapt_datefield_value
    else:
        return None
    adapted = {None: None}

    def once(value):
        if value not in adapted:
            adapted[value] = adapt(value)
        return adapted[value]

    return once


def rows_insert(model: type[models.Model], fields: list[str], rows: Iterable[tuple]) -> int:
    """Insert rows of the model: `fields` are attribute names ("candidate_id", "result"),
    each row their values in that order. Every other column gets the field's default, as
    bulk_create would give it (a callable default is called for each row); the key is left
    to the database. Returns how many rows were inserted."""
    meta = model._meta
    given = {f.attname: f for f in meta.concrete_fields if f.attname in fields}
    others = [f for f in meta.concrete_fields if f.attname not in given and f is not meta.pk]
    # Constant defaults once; callable ones (a random key, the time of creation) per row.
    per_row = [f for f in others if f.has_default() and callable(f.default)]
    constant = tuple(f.get_default() for f in others if f not in per_row)
    ordered = [given[name] for name in fields] + [f for f in others if f not in per_row] + per_row
    if any(getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False) for f in others):
        raise ValueError(f"{model.__name__}: give the values of its auto_now fields.")
    adapters = [_adapter(f) for f in ordered] if connection.vendor != "postgresql" else []
    adapted = any(adapters)

    def complete(row):
        row = (*row, *constant, *(f.default() for f in per_row))
        if adapted:
            row = tuple(v if a is None else a(v) for a, v in zip(adapters, row, strict=True))
        return row

    return table_insert(meta.db_table, [f.column for f in ordered], map(complete, rows))
