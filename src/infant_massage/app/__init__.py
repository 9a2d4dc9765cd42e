"""Composition root and command line: builds the app from domain, storage and ui."""
