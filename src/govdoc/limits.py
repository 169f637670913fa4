"""Every configurable input limit of govdoc as one frozen value, :class:`Limits`, passed with the work.

A :class:`Limits` travels with what it bounds: ``govdoc.read(path, limits=...)``, every format's
``from_bytes(..., limits=...)``, :func:`govdoc.batch.convert_all` and :mod:`govdoc.corpus`, which
hand it to their worker processes with each task, so a worker honours exactly what its caller
(or the command line's ``govdoc --limit NAME=VALUE``) set. A call without ``limits`` uses the
limits in force (:func:`active`): those of the nearest ``with limits.use(...)`` or
``with limits.override(...)`` block, else the process default that :func:`set_limit` changes::

    >>> from govdoc import limits
    >>> limits.Limits(xml_max_depth=128).get("xml.max_depth")
    128
    >>> with limits.override({"xml.max_depth": 128}):
    ...     limits.get("xml.max_depth")  # read deeper XML here
    128
    >>> limits.get("xml.max_depth")
    64

Exceeding any limit raises :class:`~govdoc.errors.LimitError` whose message names the limit and
whose hint says how to raise it. The table (``name``: default, where, what):

=========================== ============== =========================================================
``input.max_file_bytes``    512 MiB        any file read by the CLI, batch, ``govdoc.read`` or
                                           ``read_*`` from a path (checked on its size before it is
                                           read)
``parse.max_bytes``         50 MiB         raw text given to :func:`govdoc.parse`
``xml.max_bytes``           16 MiB         XML given to :func:`govdoc.read_xml`
``xml.max_depth``           64             element nesting in XML; no DTD and no entity is ever
                                           expanded, whatever the limits
``docx.max_file_bytes``     100 MiB        the .docx file itself
``docx.max_uncompressed``   500 MiB        sum of the unpacked sizes of the .docx members
``docx.max_member_bytes``   200 MiB        unpacked size of one member
``docx.max_ratio``          200:1          compression ratio of a member above 1 MiB (a zip bomb)
``docx.max_members``        10,000         number of members of the archive
``pdf.max_pages``           5,000          pages read from a PDF, or written to one
``html.max_bytes``          64 MiB         a web page given to :func:`govdoc.read_html`
``html.max_depth``          256            element nesting in a web page; nothing is
                                           fetched and no entity is declared, whatever the limits
=========================== ============== =========================================================

Each name is also a field of :class:`Limits` with the dot replaced by an underscore
(``Limits(docx_max_ratio=500)``). Line length and section count need no limit of their own: the
parser is linear in the input (``tests/benchmarks/hostile_speed.py``), so ``parse.max_bytes``
bounds them, and a section hierarchy is at most as deep as there are numbering families (eight).
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from .errors import GovdocError

Number = int | float


@dataclass(frozen=True)
class Limits:
    """Every input limit, as one immutable (and picklable) value; see the module docstring.

    Build one with keyword arguments (``Limits(pdf_max_pages=100)``) or change some of another's
    by name (``limits.replace({"pdf.max_pages": 100})``). Every value must be positive; GovdocError
    otherwise.
    """

    input_max_file_bytes: int = 512 * 2**20
    parse_max_bytes: int = 50 * 2**20
    xml_max_bytes: int = 16 * 2**20
    xml_max_depth: int = 64
    docx_max_file_bytes: int = 100 * 2**20
    docx_max_uncompressed: int = 500 * 2**20
    docx_max_member_bytes: int = 200 * 2**20
    docx_max_ratio: float = 200.0
    docx_max_members: int = 10_000
    pdf_max_pages: int = 5000
    html_max_bytes: int = 64 * 2**20
    html_max_depth: int = 256

    def __post_init__(self) -> None:
        for item in dataclasses.fields(self):
            value = getattr(self, item.name)
            name = item.name.replace("_", ".", 1)
            whole = item.name not in _FRACTIONAL
            if isinstance(value, bool) or not isinstance(value, int if whole else (int, float)):
                kind = "a whole number" if whole else "a number"
                raise GovdocError(f"limit {name} must be {kind}, not {value!r}")
            if not value > 0:
                raise GovdocError(f"limit {name} must be positive, not {value!r}")

    def get(self, name: str) -> Number:
        """The value of the limit ``name`` (``"xml.max_depth"``); GovdocError if there is no such limit."""
        value: Number = getattr(self, _field(name))
        return value

    def replace(self, values: Mapping[str, Number]) -> Limits:
        """A copy with the limits named in ``values`` (``{"docx.max_ratio": 500}``) changed."""
        changes: dict[str, Any] = {_field(name): value for name, value in values.items()}
        return dataclasses.replace(self, **changes)

    def as_dict(self) -> dict[str, Number]:
        """Every limit by name (``"xml.max_depth": 64``), in the order of :data:`LIMITS`."""
        return {name: self.get(name) for name in LIMITS}


_FRACTIONAL = frozenset({"docx_max_ratio"})


@dataclass(frozen=True)
class Limit:
    """The description of one limit: its name, what it bounds, and how to raise it."""

    name: str
    what: str

    @property
    def field(self) -> str:
        """The :class:`Limits` field that holds it (``docx.max_ratio`` → ``docx_max_ratio``)."""
        return self.name.replace(".", "_")

    @property
    def default(self) -> Number:
        """Its value in ``Limits()``."""
        return DEFAULT.get(self.name)

    @property
    def how_to_raise(self) -> str:
        """What to do when a trusted input goes beyond it."""
        return hint(self.name)


LIMITS: dict[str, Limit] = {
    limit.name: limit
    for limit in (
        Limit("input.max_file_bytes", "bytes of any input file read"),
        Limit("parse.max_bytes", "bytes of raw text parse() accepts"),
        Limit("xml.max_bytes", "bytes of XML read_xml() accepts"),
        Limit("xml.max_depth", "element nesting depth of XML"),
        Limit("docx.max_file_bytes", "bytes of a .docx file"),
        Limit("docx.max_uncompressed", "unpacked bytes of all .docx members"),
        Limit("docx.max_member_bytes", "unpacked bytes of one .docx member"),
        Limit("docx.max_ratio", "compression ratio of a .docx member above 1 MiB"),
        Limit("docx.max_members", "members of a .docx archive"),
        Limit("pdf.max_pages", "pages of a PDF read or written"),
        Limit("html.max_bytes", "bytes of a web page read_html() accepts"),
        Limit("html.max_depth", "element nesting depth of a web page"),
    )
}
"""Every limit by name; see the module docstring for the table."""

DEFAULT = Limits()
"""The limits govdoc starts with."""


def _field(name: str) -> str:
    if name not in LIMITS:
        raise GovdocError(f"unknown limit {name!r}", hint=f"choose one of {', '.join(LIMITS)}")
    return LIMITS[name].field


def hint(name: str) -> str:
    """How to raise the limit ``name``, for the hint of a LimitError."""
    return (f"if the input is trusted, raise the limit: govdoc --limit {name}=N, "
            f"or limits=Limits({name.replace('.', '_')}=N)")


_process_default = DEFAULT
_in_context: ContextVar[Limits | None] = ContextVar("govdoc_limits", default=None)


def active() -> Limits:
    """The limits in force here: the nearest :func:`use` or :func:`override` block's, else the process
    default (:func:`set_limit`). Library functions called without ``limits=`` use these."""
    return _in_context.get() or _process_default


def resolve(limits: Limits | None) -> Limits:
    """``limits`` if given, else :func:`active`: what a function with a ``limits=None`` parameter applies."""
    return active() if limits is None else limits


@contextlib.contextmanager
def use(limits: Limits) -> Iterator[Limits]:
    """Make ``limits`` the limits in force for the ``with`` block (in this thread or task only).

    Worker processes of :mod:`govdoc.batch` run each task inside ``use(task_limits)``, so even a
    function that is not handed the limits explicitly sees those of the caller.
    """
    token = _in_context.set(limits)
    try:
        yield limits
    finally:
        _in_context.reset(token)


@contextlib.contextmanager
def override(values: Mapping[str, Number]) -> Iterator[Limits]:
    """Change some limits by name for the duration of a ``with`` block: ``use(active().replace(values))``."""
    with use(active().replace(values)) as changed:
        yield changed


def get(name: str) -> Number:
    """The value in force of the limit ``name`` (e.g. ``"xml.max_depth"``); GovdocError if unknown."""
    return active().get(name)


def current() -> dict[str, Number]:
    """Every limit in force and its value, by name."""
    return active().as_dict()


def set_limit(name: str, value: Number) -> None:
    """Change the process default of the limit ``name``; GovdocError if unknown or not positive.

    Prefer passing a :class:`Limits` (or a ``with use(...)`` block): the process default is not seen
    by worker processes that were started before the change, nor by a ``with`` block already open.
    """
    global _process_default
    _process_default = _process_default.replace({name: value})


__all__ = ["DEFAULT", "LIMITS", "Limit", "Limits", "active", "current", "get", "hint", "override", "resolve",
           "set_limit", "use"]
