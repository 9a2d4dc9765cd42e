"""Local storage, pure Python: the data folder, its lock, private files, plans, the history."""
