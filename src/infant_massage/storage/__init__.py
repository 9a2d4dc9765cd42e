"""Local storage: the data folder and, later, the SQLite history. No Qt widgets here."""
