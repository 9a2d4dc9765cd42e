"""The home screen: the body map and the chosen area's techniques as cards, side by side."""
