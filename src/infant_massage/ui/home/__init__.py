"""The home screen's right side: the chosen area's techniques as cards."""
