"""Documents printed in traditional characters or with a mirror's pinyin: read plain, reported as printed.

A mirror that converts a page prints ``關(guān)於田東縣…的報(bào)告`` for 关于田东县…的报告, and
``——2022年1月18日在田東縣…會(huì)議上`` for a meeting subtitle. The parser's patterns (titles, subtitles,
headings, issuers, dates, figures) are written for simplified characters, so such a document is read in its plain
form: the readings out, every character simplified one for one (OpenCC's table, see ``metrics.traditional``). The
Report is then put back on the print: every text it holds is found in the plain form and replaced by what the
document prints there, each figure with its span, unit, qualifier and name as printed.

A document is read plain where it prints a reading for one in a hundred of its Chinese characters or more, or
traditional characters for a twentieth of them (a simplified text may print a traditional character in a name,
《體育法》, or gloss one, 乾(qián)).
"""

from __future__ import annotations

import dataclasses
import re
from array import array
from collections.abc import Sequence

from ..metrics.printed import as_printed
from ..metrics.ruby import READING, without_readings
from ..metrics.traditional import simplified, traditional_count
from ..model import Cell, GlossaryTerm, Meta, Metric, Paragraph, Section, Table
from .outline import Parsed
from .source import SourceLine

_TRADITIONAL_SHARE = 0.05  # (the corpus's 繁體 pages print a fifth to a half; simplified ones one in thousands)
_READING_SHARE = 0.01  # (a mirror's pages print one for every three to six characters; a gloss, "乾(qián)", is rare)
_SKIPPED = frozenset(" \t\n\u3000\u00a0")  # what the parser takes out between two characters (a wrap, spaces)
_LOOKAHEAD = 8  # how far ahead a text's next character is looked for (past spaces, a line break, a doubling)
_REANCHOR = 24  # how far ahead the next characters of a text are looked for past other characters the parser dropped


def _plain(text: str) -> tuple[str, array[int]]:
    """``text`` without readings, in simplified characters, and the offset in ``text`` of each character kept (the
    line breaks inside a reading are kept, so that the plain form has the lines of the print)."""
    plain, where = without_readings(text, across_lines=True)
    return simplified(plain), where


def _needs_plain(text: str) -> bool:
    """Whether a document prints readings behind one in a hundred of its Chinese characters or more, or traditional
    characters for a twentieth of them."""
    readings = sum(1 for _ in READING.finditer(text)) if "(" in text else 0
    traditional = traditional_count(text)
    if not traditional and not readings:
        return False
    wide = len(text) - len(text.encode("ascii", "ignore"))  # (Chinese characters and full-width marks, counted in C)
    return readings >= _READING_SHARE * wide or traditional >= _TRADITIONAL_SHARE * wide


class Reprint:
    """Puts texts read in a document's plain form back on its print."""

    def __init__(self, printed: str, plain: str, where: array[int]) -> None:
        self._printed = printed
        self._plain = plain
        self._where = where  # the offset in the print of each plain character, and the print's length last
        self._hint = 0  # where the last text was found: texts come in document order
        self._printed_chars: dict[str, str] | None = None

    def text(self, text: str) -> tuple[str, list[int]]:
        """``text`` (read in the plain form) as the document prints it, and the offset there of each character of
        ``text``. Each character is found in the plain form in order, past the spaces and line breaks the parser
        took out; a character it does not find there (one the parser put in or changed) is printed as the document
        prints it elsewhere, or as it is."""
        start = self._start(text)
        if start is None:  # (each character as the document prints it elsewhere)
            return "".join(map(self._printed_char, text)), list(range(len(text)))
        plain, printed, where = self._plain, self._printed, self._where
        n = len(plain)
        end = start + len(text)
        if plain.startswith(text, start):  # (held whole: one slice)
            first = where[start]
            whole = printed[first:where[end]]
            if end < n and plain[end] == "\n":  # (with a reading a line break pushed behind its last character)
                whole += printed[where[end] + 1:where[end + 1]].strip()
            self._hint = end
            return whole, [offset - first for offset in where[start:end]]
        pieces: list[str] = []
        offsets: list[int] = []
        length = 0
        j = start
        for k, char in enumerate(text):
            m = plain.find(char, j, j + _LOOKAHEAD)  # (past spaces and line breaks, a doubled character)
            if m < 0:
                m = plain.find(text[k:k + 3], j, j + _REANCHOR)  # (past the "——" of a subtitle run into its title)
            if m >= 0:
                if pieces and m > j:  # (a reading a line break pushed behind it belongs to the character before)
                    pieces[-1] += "".join(printed[where[i] + 1:where[i + 1]] for i in range(j, m)
                                          if plain[i] == "\n").strip()
                    length = offsets[-1] + len(pieces[-1])
                piece = printed[where[m]:where[m + 1]]  # (with the reading printed behind it)
                j = m + 1
            else:
                piece = self._printed_char(char)
                following = text[k + 1:k + 2]
                if j < n and plain[j] not in _SKIPPED and (not following or plain[j + 1:j + 2] == following):
                    j += 1  # (a character the parser changed: "，" printed, "," read)
            offsets.append(length)
            pieces.append(piece)
            length += len(piece)
        if pieces and j < n and plain[j] == "\n":  # (and behind the text's last character)
            pieces[-1] += printed[where[j] + 1:where[j + 1]].strip()
        self._hint = j
        return "".join(pieces), offsets

    def _printed_char(self, char: str) -> str:
        """How the document prints a character it prints somewhere in another form (宝 as 寶), else the character."""
        if self._printed_chars is None:
            plain, printed, where = self._plain, self._printed, self._where
            self._printed_chars = {}
            for k, simple in enumerate(plain):
                if simple != printed[where[k]]:
                    self._printed_chars.setdefault(simple, printed[where[k]])
        return self._printed_chars.get(char, char)

    def _start(self, text: str) -> int | None:
        """Where ``text`` starts in the plain form: the first place after the last text found that holds it whole,
        or its opening characters with spaces or line breaks between them, else anywhere, else the place of its
        opening characters; None where the plain form has none of them."""
        plain, hint = self._plain, self._hint
        whole = plain.find(text, hint)
        if whole >= 0:
            return whole
        if text.strip():  # (a name printed letter-spaced: "建 昌 县")
            spaced = re.compile("[ \t\n\u3000\u00a0]*".join(map(re.escape, text.replace(" ", "")[:12])))
            if (matched := spaced.search(plain, hint) or spaced.search(plain)) is not None:
                return matched.start()
        stripped = text.lstrip()
        for opening in [stripped] + [text[:size].lstrip() for size in (8, 4, 2, 1) if size < len(stripped)]:
            if opening:
                found = plain.find(opening, hint)
                if found < 0:
                    found = plain.find(opening)
                if found >= 0:
                    return found
        return None

    def line(self, text: str | None) -> str | None:
        """A text as printed (None stays None)."""
        return None if text is None else self.text(text)[0]

    def metrics(self, metrics: list[Metric], text: str, printed: str, where: Sequence[int]) -> list[Metric]:
        """The figures found in ``text`` as ``printed`` prints them (``where``: each character's offset there)."""
        found = [as_printed(metric, printed, text, where) for metric in metrics]
        return [metric if metric.column is None else metric.model_copy(update={"column": self.line(metric.column)})
                for metric in found]

    def meta(self, meta: Meta) -> Meta:
        """The metadata as printed."""
        fields = ("title", "subtitle", "issuer", "publication", "issue", "index_number", "category", "doc_number")
        update: dict[str, object] = {name: self.line(getattr(meta, name)) for name in fields}
        update["authors"] = [self.text(author)[0] for author in meta.authors]
        return meta.model_copy(update=update)

    def paragraph(self, paragraph: Paragraph) -> Paragraph:
        """A paragraph and its figures as printed."""
        printed, where = self.text(paragraph.text)
        return paragraph.model_copy(update={
            "text": printed, "metrics": self.metrics(paragraph.metrics, paragraph.text, printed, where)})

    def cell(self, cell: Cell) -> Cell:
        """A table cell and its figures as printed."""
        printed, where = self.text(cell.text)
        return cell.model_copy(update={"text": printed, "metrics": self.metrics(cell.metrics, cell.text, printed,
                                                                                 where)})

    def table(self, table: Table) -> Table:
        """A table as printed: unit line, cells, notes."""
        return table.model_copy(update={
            "unit": self.line(table.unit),
            "header": [[self.cell(cell) for cell in row] for row in table.header],
            "rows": [[self.cell(cell) for cell in row] for row in table.rows],
            "notes": [self.text(note)[0] for note in table.notes]})

    def section(self, section: Section) -> Section:
        """A section and all below it as printed."""
        label = self.line(section.label)
        title, where = self.text(section.title)
        return section.model_copy(update={
            "label": label, "title": title, "kicker": self.line(section.kicker),
            "subtitle": self.line(section.subtitle), "byline": self.line(section.byline),
            "title_metrics": self.metrics(section.title_metrics, section.title, title, where),
            "paragraphs": [self.paragraph(paragraph) for paragraph in section.paragraphs],
            "tables": [self.table(table) for table in section.tables],
            "children": [self.section(child) for child in section.children]})

    def outline(self, parsed: Parsed) -> Parsed:
        """What the outline stage read in the plain form, as printed: metadata, preamble, sections, glossary."""
        return dataclasses.replace(
            parsed, meta=self.meta(parsed.meta), preamble=[self.paragraph(p) for p in parsed.preamble],
            preamble_tables=[self.table(table) for table in parsed.preamble_tables],
            sections=[self.section(section) for section in parsed.sections],
            glossary=[self.term(term) for term in parsed.glossary])

    def term(self, term: GlossaryTerm) -> GlossaryTerm:
        """A glossary entry as printed."""
        name = self.text(term.term)[0]
        definition, where = self.text(term.definition)
        return term.model_copy(update={"term": name, "definition": definition,
                                       "metrics": self.metrics(term.metrics, term.definition, definition, where)})


def read_plain(lines: Sequence[SourceLine]) -> tuple[list[SourceLine], Reprint] | None:
    """The document's lines in their plain form and the :class:`Reprint` that puts texts read there back on the
    print; None for a document in simplified characters without readings (it is read as it is)."""
    if any("\n" in line.text for line in lines):
        return None
    printed = "\n".join(line.text for line in lines)
    if not _needs_plain(printed):
        return None
    plain, where = _plain(printed)
    where.append(len(printed))
    plain_lines = [dataclasses.replace(line, text=text, cells=None if line.cells is None else tuple(
        dataclasses.replace(cell, text=_plain(cell.text)[0]) for cell in line.cells))
        for line, text in zip(lines, plain.split("\n"), strict=True)]
    return plain_lines, Reprint(printed, plain, where)


__all__ = ["Reprint", "read_plain"]
