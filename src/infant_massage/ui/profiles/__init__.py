"""The babies: profile dialog, the switcher at the top of the home screen, ages."""
