"""Qt widgets, one panel per file; widgets observe the domain, never storage directly."""
