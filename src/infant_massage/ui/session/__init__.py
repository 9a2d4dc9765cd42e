"""Guided sessions: the safety check, the running session, cues and the end screen."""
