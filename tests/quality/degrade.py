"""PDF-style damage: a generator that damages a plain document the way PDF text extraction does.

``degrade(text, seed)`` returns the text as an extractor would hand it over from a printed copy. It
is deterministic for a seed: the seed draws the ``Damage`` of the document (its column width, which
kinds of damage it shows and how often), then every random choice inside it. Each kind of damage is
a small function of its own, applied with the probabilities real extractions show (see the seeds):

* **hard wraps** (``wrap``): every line longer than the printed column is cut at the column width,
  15–45 full-width characters (half-width characters take half a place), by the line-breaking rules
  of Chinese type: closing punctuation hangs at the end of a line instead of opening the next, an
  opening bracket or quote moves to the next line, and numbers and Latin words are never cut;
* **blank lines inside sentences** (``breaks``): a column or page ends every 20–60 lines and leaves a
  blank line (sometimes with a page number) wherever it falls, mid-sentence included; now and then a
  wrap point of running text leaves one too, as two-column layouts do (not inside a heading or a
  title, which stand apart from the columns of text and which type keeps on one page);
* **paragraph spacing** (``blank_between``): some extractions put a blank line after every paragraph
  (one blank line, where the source has none of its own);
* **indentation** (``keep_indent``): print sets every paragraph with a first-line indent (two
  characters where the source has no indentation of its own); the extraction keeps it or drops it,
  and then the first line of a paragraph is only shorter than the column;
* **spaces around digits** (``space_digits``): "2020 年", "街道 2020 年", "1.0 %", as extractors insert
  them between a CJK glyph and a number set in a Latin font;
* **fake bold** (``fake_bold``) on heading lines: every glyph drawn twice ("（二二）稳稳步步推推进进"),
  or only the digits of numbers ("22002200年"), over the bold part of the line: a whole heading, or
  the lead of a run-in heading ("（一）区域规划战略引领。" and not the body text after it);
* **half-/full-width punctuation swapped** (``swap_punctuation``): "，：；（）！？" printed as ",:;()!?"
  or the other way round, for a share of the marks that stand next to Chinese text (never inside a
  number: "1,234", "10:30" stay);
* **CRLF** line ends (``crlf``).

Which lines are bold is what the caller knows (the gold headings of a corpus document, the sections
of a generated report): ``bold`` maps a line to the number of its leading characters printed bold.

Restrictions, where even a careful reader could not undo the damage (said here honestly):

* table rows written as text (tab-separated cells, "| … |" rows) are left as they are: a row wrapped
  inside its cells cannot be told from the next row;
* a fake-bold line is wrapped at the column width its plain characters would take (fake bold draws
  each glyph twice on the same spot), so doubling never makes a heading wrap where it did not;
* spaces are never put inside a number ("1 234" would read as two numbers);
* no column or page break goes inside the heading of a run-in heading ("第二部分 数字化 旧区改造 机制" /
  "" / "救助。同时，我们，…"), as none goes inside a heading on a line of its own: a reader could not tell
  the heading's rest below the break from a lead opening the text under a shorter heading;
* where the extraction dropped the indent, or paragraphs open flush all the same (leads or run-in
  headings printed flush among indented paragraphs), no blank line (column or page break) goes below a
  line that ends a sentence: the break moves a line down, as a reader could not tell it from the end of
  a paragraph with a flush paragraph below it;
* a source that is itself a hard-wrapped extraction (most of its lines of one width, as seeds 000
  and 002) is not wrapped or indented again: print wraps the paragraphs of a text, which the
  generator cannot know there, and a column wrapped twice is no layout a printer makes.
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

Bold = Callable[[str, str], int]
"""How many leading characters of a line (without its indentation) are printed in bold, given the line
and the source line before it (a heading printed over two lines is bold in both)."""

COLUMN = (15, 45)  # narrowest and widest printed column, in full-width characters
_CLOSING = frozenset("，。、；：！？”’）》」』】〕…—,.;:!?)]%‰")
_OPENING = frozenset("（“‘《「『【〔([")
_SQUEEZABLE = frozenset("，。、；：！？”’）》」』】〕（“‘《「『【〔")
_TOKEN = re.compile(r"[0-9A-Za-z]+(?:[.,:/\-][0-9A-Za-z]+)*[%‰]?|.", re.DOTALL)
_TABLE_ROW = re.compile(r"\t|\|.*\|")
_INDENT = re.compile(r"^[ \t\u3000\u00a0]*")
_FULL_TO_HALF = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"}
_HALF_TO_FULL = {half: full for full, half in _FULL_TO_HALF.items()}
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_DIGIT_RUN = re.compile(r"[0-9]+(?:\.[0-9]+)?")
PAGE_NUMBERS = ("— {n} —", "- {n} -", "{n}", "第 {n} 页")
_SENTENCE_ENDS = ("。", "！", "？", "”", "；", "：", ".", "!", "?", ";", ":")
PRINTED_INDENT = "\u3000\u3000"  # the first-line indent of Chinese type: two characters


@dataclass(frozen=True)
class Damage:
    """The damage one document shows, drawn once per document (``draw``)."""

    width: int  # the printed column, in full-width characters
    squeeze: bool  # full-width punctuation compressed to half a place (lines with marks hold more)
    keep_indent: bool  # the first-line indent of a paragraph survives
    blank_between: bool  # a blank line after every paragraph
    page_lines: int  # lines of a column or page: a blank line at each break
    page_numbers: bool  # a page number printed at a page break
    wrap_breaks: float  # chance of a blank line at any other wrap point
    digit_spaces: float  # share of numbers that get spaces where they touch Chinese text
    bold: str  # "none" | "line" (every glyph twice) | "digits" (only digits twice)
    punctuation: str  # "none" | "half" (full-width marks printed half-width) | "full" (the other way)
    punctuation_share: float
    crlf: bool

    @classmethod
    def draw(cls, rng: random.Random) -> Damage:
        """The damage of one document, with the frequencies real extractions show."""
        return cls(
            width=rng.randint(*COLUMN),
            squeeze=rng.random() < 0.5,
            keep_indent=rng.random() < 0.5,
            blank_between=rng.random() < 0.25,
            page_lines=rng.randint(20, 60),
            page_numbers=rng.random() < 0.5,
            wrap_breaks=rng.choice((0.0, 0.02, 0.05, 0.1)),
            digit_spaces=rng.choice((0.0, 0.5, 1.0)),
            bold=rng.choice(("none", "line", "line", "digits")),
            punctuation=rng.choice(("none", "half", "full")),
            punctuation_share=rng.choice((0.3, 0.7, 1.0)),
            crlf=rng.random() < 0.5,
        )


def char_width(ch: str, squeeze: bool = False) -> float:
    """The place a character takes in a column: half for Latin letters, digits and ASCII marks, and for
    full-width punctuation in ``squeeze``d (compressed) type."""
    return 0.5 if ord(ch) < 0x0370 or (squeeze and ch in _SQUEEZABLE) else 1.0


def wrap(line: str, width: float, *, first: float | None = None, squeeze: bool = False) -> list[tuple[int, int]]:
    """Where a line is cut at a column of ``width`` full-width places: the (start, end) of each piece.

    ``first`` is the room of the first line (less, under an indent). Closing punctuation may overhang
    the column (it never opens a line), an opening bracket or quote goes to the next line with what it
    opens, and a number or Latin word is never cut. ``squeeze`` sets full-width punctuation in half a
    place, as justified type compresses it, so lines with punctuation hold more characters.
    """
    pieces: list[tuple[int, int]] = []
    start = 0
    used = 0.0
    room = width if first is None else first
    for token in _TOKEN.finditer(line):
        size = sum(char_width(ch, squeeze) for ch in token.group())
        if used + size <= room or token.start() == start or token.group() in _CLOSING:
            used += size
            continue
        cut = token.start()
        while cut - 1 > start and line[cut - 1] in _OPENING:  # an opening mark goes with what it opens
            cut -= 1
        pieces.append((start, cut))
        start = cut
        room = width
        used = sum(char_width(ch, squeeze) for ch in line[cut:token.end()])
    pieces.append((start, len(line)))
    return pieces


def swap_punctuation(text: str, rng: random.Random, direction: str, share: float) -> str:
    """Swap half- and full-width marks next to Chinese text (``direction`` "half" or "full"), for ``share``
    of them; a mark between two digits ("1,234", "10:30") is part of a number and stays."""
    table = _FULL_TO_HALF if direction == "half" else _HALF_TO_FULL if direction == "full" else {}
    if not table:
        return text
    out = list(text)
    for i, ch in enumerate(text):
        if ch not in table:
            continue
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if before.isdigit() and after.isdigit():
            continue
        if direction == "full" and not (_CJK.match(before) or _CJK.match(after) or ch in "()"):
            continue  # half-width marks in Latin text ("Mr. Li, …") stay as they are
        if rng.random() < share:
            out[i] = table[ch]
    return "".join(out)


_LONG_NUMBER = re.compile(r"[0-9]{3,}")


def fake_bold(text: str, mode: str) -> str:
    """The text as a PDF extracts a face made bold by drawing each glyph twice: every character
    ("line") or only the digits of numbers ("digits", "22002200年"); spaces are drawn once.

    Restriction: in "digits" mode a number of one or two digits stays as it is: "1155" for 15 cannot be
    told from the number 1155, nor "11." from the label 11.
    """
    if mode == "line":
        return "".join(ch if ch.isspace() else ch * 2 for ch in text)
    if mode == "digits":
        return _LONG_NUMBER.sub(lambda match: "".join(ch * 2 for ch in match.group()), text)
    return text


def space_digits(text: str, rng: random.Random, share: float) -> str:
    """Put a space between a number and the Chinese text it touches, for ``share`` of the numbers,
    and before a "%" that follows one, as extractors do around glyphs of a Latin font."""
    if share <= 0:
        return text

    def spaced(match: re.Match[str]) -> str:
        if rng.random() >= share:
            return match.group()
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        left = " " if _CJK.match(before) else ""
        right = " " if _CJK.match(after) or after in "%％" else ""
        return left + match.group() + right

    return _DIGIT_RUN.sub(spaced, text)


def crlf(text: str) -> str:
    """Windows line ends."""
    return text.replace("\n", "\r\n")


def is_table_row(line: str) -> bool:
    """A table row written as text (tab-separated cells, "| … |"): never wrapped (see the docstring)."""
    return _TABLE_ROW.search(line) is not None


def _line_pieces(line: str, damage: Damage, rng: random.Random, bold_end: int, indent_all: bool) -> list[str]:
    """One line of the source as the extraction prints it: wrapped, bold doubled over its first
    ``bold_end`` characters, spaced, swapped.

    ``indent_all``: the source has no indentation, and print indents the first line of every paragraph.
    """
    return _pieces_and_heading(line, damage, rng, bold_end, indent_all)[0]


def _pieces_and_heading(line: str, damage: Damage, rng: random.Random, bold_end: int,
                        indent_all: bool) -> tuple[list[str], int]:
    """``_line_pieces``, and how many of the pieces hold part of the line's bold heading (its first
    ``bold_end`` characters, in bold or not)."""
    indent = _INDENT.match(line).group()  # type: ignore[union-attr]  # the pattern matches everywhere
    body = line[len(indent):].rstrip()
    if indent_all:
        indent = PRINTED_INDENT
    if not body or is_table_row(body):
        return [line.rstrip()], 0
    heading_end = bold_end
    if damage.bold == "none":
        bold_end = 0
    swapped = swap_punctuation(body, rng, damage.punctuation, damage.punctuation_share)
    # the indent is printed either way (an extractor that drops it leaves the first line short)
    room = damage.width - sum(1.0 if ch == "\u3000" else 0.5 for ch in indent)
    pieces: list[str] = []
    heading = 0
    for start, end in wrap(body, damage.width, first=max(room, damage.width / 2), squeeze=damage.squeeze):
        piece = swapped[start:end]
        heading += start < heading_end
        if bold_end > start:
            split = min(bold_end, end) - start
            piece = fake_bold(piece[:split], damage.bold) + piece[split:]
        pieces.append(space_digits(piece, rng, damage.digit_spaces).strip())
    if damage.keep_indent:
        pieces[0] = indent + pieces[0]
    return [piece for piece in pieces if piece.strip()], heading


def _hides_paragraph_end(line: str, damage: Damage, flush: bool = False) -> bool:
    """Restriction: no blank line goes below a wrapped line that ends a sentence when the extraction dropped
    the indent, or when the paragraph it breaks opens flush all the same (``flush``: a lead or a run-in
    heading printed flush among indented paragraphs); a careful reader could not tell that page break
    from the end of a paragraph, with a paragraph opening flush below it."""
    return (not damage.keep_indent or flush) and line.rstrip().endswith(_SENTENCE_ENDS)


def already_wrapped(lines: list[str]) -> bool:
    """True when a text is a hard-wrapped extraction already: two in five of its longer lines are within
    two characters of the commonest length (a text of whole paragraphs has lines of every length)."""
    lengths = [len(line.strip()) for line in lines if len(line.strip()) >= 10]
    if len(lengths) < 10:
        return False
    common = Counter(lengths).most_common(1)[0][0]
    return sum(1 for length in lengths if abs(length - common) <= 2) * 5 >= len(lengths) * 2


def degrade(text: str, seed: int, *, bold: Bold | None = None, damage: Damage | None = None,
            whole: Callable[[str], bool] | None = None) -> str:
    """The text damaged as a PDF extraction of a printed copy (see the module docstring).

    The same ``text`` and ``seed`` give the same result; ``damage`` fixes the kinds of damage instead
    of drawing them from the seed. ``whole`` marks the lines printed whole, one row a line (a web page's
    chrome and metadata rows printed at the width of the page); the column wraps the others.
    """
    rng = random.Random(seed)
    damage = damage or Damage.draw(rng)
    bold = bold or (lambda _line, _before: 0)
    out: list[str] = []
    column = 0  # lines printed in the current column
    page = rng.randint(1, 20)

    flush = False  # the paragraph being printed opens flush (see ``_hides_paragraph_end``)

    def page_break() -> None:
        nonlocal column, page
        if out and _hides_paragraph_end(out[-1], damage, flush):
            return  # the page breaks a line later (see ``_hides_paragraph_end``)
        column = 0
        page += 1
        out.append("")
        if damage.page_numbers:
            out.extend([rng.choice(PAGE_NUMBERS).format(n=page), ""])

    lines = text.split("\n")
    if already_wrapped(lines):
        damage = dataclasses.replace(damage, width=10**6, blank_between=False)
        indent_all = False
    else:
        indent_all = not any(line[:1].isspace() and line.strip() for line in lines)
    # run-in leads printed flush among indented paragraphs: no page break below a sentence end anywhere (a
    # reader could not tell it from a paragraph end with such a lead below it; see ``_hides_paragraph_end``)
    flush_leads = not indent_all and any(
        line.strip() and not line[:1].isspace() and 0 < bold(line.strip(), before.strip()) < len(line.strip())
        for before, line in zip(["", *lines], lines, strict=False))
    before = ""  # the source line before, for the bold oracle
    for index, line in enumerate(lines):
        if not line.strip():
            out.append("")
            continue
        bold_end = bold(line.strip(), before)
        wide = whole is not None and whole(line)
        pieces, heading = _pieces_and_heading(line, dataclasses.replace(damage, width=10**6) if wide else damage,
                                              rng, bold_end, indent_all and not wide)
        display = bold_end >= len(line.strip())  # a heading or title: no column break inside it
        # nor inside the heading of a run-in heading (the break before piece k falls inside it when k < heading)
        flush = flush_leads or not (wide or indent_all or line[:1].isspace())
        if display and 0 < damage.page_lines - column < len(pieces):
            page_break()  # type keeps a heading together: the page breaks before it
        for k, piece in enumerate(pieces):
            held = display or k < heading
            if column >= damage.page_lines and not (held and k):  # (a break put off never splits a heading)
                page_break()
            elif (k and not held and rng.random() < damage.wrap_breaks
                  and not _hides_paragraph_end(out[-1], damage, flush)):
                out.append("")
            out.append(piece)
            column += 1
        spaced = index + 1 < len(lines) and not lines[index + 1].strip()  # the source sets a blank line itself
        # the lines of a title printed over two lines stand together, without paragraph spacing
        title_goes_on = display and index + 1 < len(lines) and bold(lines[index + 1].strip(), line.strip()) > 0
        before = line.strip()
        if damage.blank_between and out[-1] and not spaced and not title_goes_on:
            out.append("")
    result = "\n".join(out)
    return crlf(result) if damage.crlf else result


# ---- the degraded corpus ----------------------------------------------------------------------------


def _squeezed(text: str) -> str:
    return "".join(text.split())


def heading_bold(headings: Iterable[str]) -> Bold:
    """The bold oracle of a document whose heading lines are known (label and title, as in gold): a
    line that opens with a heading is bold over the heading and the stop that closes a run-in lead; a
    heading printed over two lines (its first part at least four characters) is bold in both, over the
    rest of it in the second."""
    known: dict[str, list[str]] = {}
    for heading in headings:
        squeezed = _squeezed(heading)
        if squeezed:
            known.setdefault(squeezed[:2], []).append(squeezed)

    def upto(line: str, visible: int) -> int:
        end = _position_after(line, visible)
        return end + 1 if end < len(line) and line[end] in "。.．" else end

    def bold(line: str, before: str) -> int:
        squeezed, previous = _squeezed(line), _squeezed(before)
        for heading in sorted(known.get(squeezed[:2], []), key=len, reverse=True):
            if squeezed.startswith(heading):
                return upto(line, len(heading))
            if len(squeezed) >= 4 and heading.startswith(squeezed):
                return len(line)  # the first line of a heading printed over two lines
        for heading in known.get(previous[:2], []) if len(previous) >= 4 else []:
            rest = heading[len(previous):]
            if heading.startswith(previous) and rest and squeezed.startswith(rest):
                return upto(line, len(rest))  # the rest of it on the next line
        return 0

    return bold


def _position_after(line: str, visible: int) -> int:
    """The index in ``line`` just after its first ``visible`` non-space characters."""
    count = 0
    for i, ch in enumerate(line):
        if ch.isspace():
            continue
        count += 1
        if count == visible:
            return i + 1
    return len(line)


def document_seed(name: str, variant: int) -> int:
    """A stable seed for one degraded copy of a document (``hash`` is salted per process; crc32 is not)."""
    return zlib.crc32(f"{name}:{variant}".encode())


def degrade_corpus(docs: Path, gold: Path, into: Path, variants: int = 3) -> tuple[Path, Path]:
    """Write ``variants`` degraded copies of every document of a corpus, with their gold, under ``into``.

    Copy k of ``NAME.txt`` is ``NAME~k.txt`` with gold ``NAME~k.json`` (the same annotations: the
    damage changes no heading, figure or metadata a careful reader would take). Returns the folders
    of documents and gold.
    """
    docs_out, gold_out = into / "docs", into / "gold"
    docs_out.mkdir(parents=True)
    gold_out.mkdir(parents=True)
    for gold_path in sorted(gold.glob("*.json")):
        doc = docs / f"{gold_path.stem}.txt"
        if not doc.exists():
            continue
        annotations = json.loads(gold_path.read_text(encoding="utf-8"))
        text = doc.read_bytes().decode("utf-8")
        headings = [f"{h.get('label') or ''}{h['title']}" for h in annotations.get("headings", [])]
        if annotations.get("title"):
            headings.append(annotations["title"])
        for variant in range(1, variants + 1):
            name = f"{gold_path.stem}~{variant}"
            damaged = degrade(text, document_seed(gold_path.stem, variant), bold=heading_bold(headings))
            (docs_out / f"{name}.txt").write_bytes(damaged.encode("utf-8"))
            (gold_out / f"{name}.json").write_text(json.dumps(annotations, ensure_ascii=False), encoding="utf-8")
    return docs_out, gold_out


if __name__ == "__main__":  # pragma: no cover - look at one damaged document: degrade.py FILE [SEED]
    import sys

    source = Path(sys.argv[1]).read_text(encoding="utf-8")
    print(degrade(source, int(sys.argv[2]) if len(sys.argv) > 2 else 1))
