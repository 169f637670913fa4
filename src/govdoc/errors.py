"""The exceptions govdoc raises; nothing else escapes a public function.

::

    GovdocError                 base of everything govdoc raises on purpose
    ├── DecodeError             bytes that are not text in a supported encoding (or are binary)
    ├── ParseError              text govdoc cannot turn into a Report
    ├── FormatError             a file that is not valid in the format it claims (docx, pdf, xml, json)
    │   └── SchemaError         XML or JSON that does not validate against govdoc's schema
    ├── LimitError              input beyond a configured limit (size, depth, pages, ...)
    ├── FontError               no usable font for PDF output, or a character no font covers
    └── OutputError             an output that cannot be written (exists without --force, ...)

Every error carries the ``source`` (file name or other label) it concerns, when known, so that
a batch over thousands of files can say which one failed and why in one line.

What is worth knowing about a document but does not stop it being read is a warning:

::

    GovdocWarning               base of the warnings govdoc issues about a document (a UserWarning)
    └── EmptyInputWarning       an input with no text: empty, or whitespace only

The command line prints each as ``govdoc: warning: FILE: message``, and with ``--strict`` fails
the document instead.
"""

from __future__ import annotations


class GovdocError(Exception):
    """Base class of every error govdoc raises on purpose.

    ``source`` names the input (a file name, "<stdin>", ...) and ``hint`` says what to do about it.
    """

    def __init__(self, message: str, *, source: str | None = None, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.hint = hint

    def __str__(self) -> str:
        parts = [self.source] if self.source else []
        parts.append(self.message)
        if self.hint:
            parts.append(self.hint)
        return ": ".join(parts)


class DecodeError(GovdocError):
    """The input bytes are not text in UTF-8, UTF-16 (with BOM) or GB18030, or look binary."""


class ParseError(GovdocError):
    """The text could not be turned into a valid Report."""


class FormatError(GovdocError):
    """A file is not valid in the format it claims to be (broken zip, malformed XML, ...)."""


class SchemaError(FormatError):
    """A document parsed in its format but does not validate against govdoc's schema."""


class LimitError(GovdocError):
    """The input exceeds a configured limit; the message names the limit and how to raise it."""


class FontError(GovdocError):
    """No usable font was found for PDF output, or a character is covered by no font."""


class OutputError(GovdocError):
    """An output could not be written: it exists and ``force`` was not given, or the folder is missing."""


class GovdocWarning(UserWarning):
    """Base class of the warnings govdoc issues about a document; ``source`` names it, when known."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class EmptyInputWarning(GovdocWarning):
    """The input holds no text at all (it is empty, or whitespace only), so the Report is empty."""


__all__ = [
    "DecodeError",
    "EmptyInputWarning",
    "FontError",
    "FormatError",
    "GovdocError",
    "GovdocWarning",
    "LimitError",
    "OutputError",
    "ParseError",
    "SchemaError",
]
