"""Bulk insert past the ORM's work per object: COPY on PostgreSQL, executemany in large
batches on SQLite. For imports of tens of thousands of rows (the HR import) and the
benchmarks' bulk loads. Values go to the database as given: the caller fills in every column
(ids for foreign keys, defaults), inside its own transaction."""

from django.db import connection

# Rows per executemany on SQLite.
BATCH = 50_000


def rows_copy(table: str, columns: list[str], rows) -> None:
    """Insert `rows` (tuples in the order of `columns`) into `table`."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        sql = (
            f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join(['%s'] * len(columns))})"
        )
        batch = []
        for row in rows:
            batch.append(row)
            if len(batch) == BATCH:
                cursor.executemany(sql, batch)
                batch = []
        if batch:
            cursor.executemany(sql, batch)


def objects_copy(model, fields: list[str], rows) -> None:
    """Insert rows of `model`: tuples of the values of `fields` (field names, or attnames
    such as "unit_id" for a foreign key's id)."""
    columns = [model._meta.get_field(name).column for name in fields]
    rows_copy(model._meta.db_table, columns, rows)
