"""The SQLite history: schema, rows, queries, backups, salvage and crash recovery."""
