"""Pure domain: the content catalog, motion geometry and session logic. No Qt here."""
