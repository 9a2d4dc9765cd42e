"""The History page: table, filters, detail, charts and the start-up notices."""
