"""Per-language texts: every user-visible catalog text is a mapping language -> text."""

from __future__ import annotations

import re

from pydantic import RootModel, field_validator

FALLBACK_LANGUAGE = "en"
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(_[A-Z][A-Za-z]{1,3})?$")
_display_language = FALLBACK_LANGUAGE


def set_display_language(code: str) -> None:
    """Choose the language that str(LocalizedText) returns, e.g. 'en' or 'zh_CN'."""
    global _display_language
    _display_language = code


def display_language() -> str:
    return _display_language


class LocalizedText(RootModel[dict[str, str]]):
    """A text in several languages; English is required, the others fall back to it."""

    @field_validator("root")
    @classmethod
    def _check(cls, value: dict[str, str]) -> dict[str, str]:
        if FALLBACK_LANGUAGE not in value:
            raise ValueError(f"an English ('{FALLBACK_LANGUAGE}') text is required")
        for code, text in value.items():
            if not _LANGUAGE_CODE.match(code):
                raise ValueError(f"'{code}' is not a language code such as 'en' or 'zh_CN'")
            if not text.strip():
                raise ValueError(f"the '{code}' text is empty")
        return value

    def get(self, language: str | None = None) -> str:
        code = language or _display_language
        texts = self.root
        if code in texts:
            return texts[code]
        base = code.split("_")[0]
        if base in texts:
            return texts[base]
        return texts[FALLBACK_LANGUAGE]

    def __str__(self) -> str:
        return self.get()
