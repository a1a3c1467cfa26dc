"""Field rules every form shares: trimmed text, bounded length, no control characters."""

import unicodedata

from wtforms import ValidationError


def strip(value):
    return value.strip() if isinstance(value, str) else value


def has_control_characters(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\u200d" for ch in text)


class PlainText:
    """Rejects NUL, line breaks and other control or formatting characters, with a message."""

    def __init__(self, what: str = "This field"):
        self.message = f"{what} cannot contain line breaks or control characters."

    def __call__(self, form, field) -> None:
        if isinstance(field.data, str) and has_control_characters(field.data):
            raise ValidationError(self.message)
