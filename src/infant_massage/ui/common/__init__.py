"""Shared widgets and helpers: theme, icons, labels, wording, timers, dialogs."""
