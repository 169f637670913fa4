"""Benchmark: write_xml and read_xml on the largest seed, against plain lxml in the same run.

Run on demand (not collected by pytest)::

    .venv/bin/python tests/benchmarks/xml_speed.py [--repeat 7] [--number 20]

Baselines, measured in the same process on the same Report:

* write: building the same tree (same elements, attributes and inline metrics) with bare
  ``etree.SubElement`` calls and serialising it with ``pretty_print=True``;
* read: ``etree.fromstring`` of the same bytes plus a walk that pulls every text and attribute
  into plain dicts (what any reader must do at least).

``read_xml`` additionally validates against the XSD and builds validated pydantic models, so its
time is broken down into those steps. The target is a ratio of at most 2x for writing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import timeit
from decimal import Decimal
from pathlib import Path
from typing import Any

from lxml import etree

from govdoc.formats import xml as gx
from govdoc.formats.json import read_json, write_json
from govdoc.formats.xml import read as gx_read
from govdoc.formats.xml.names import NAMESPACE
from govdoc.limits import DEFAULT
from govdoc.model import Report, Section

ROOT = Path(__file__).resolve().parents[2]
NS = f"{{{NAMESPACE}}}"


def largest_seed_report() -> tuple[Report, str]:
    """The largest seed parsed with govdoc.parse, or a large generated Report when parse is missing."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"), key=lambda p: p.stat().st_size)
    try:
        from govdoc.parsing import parse

        seed = seeds[-1]
        what = f"{seed.name} ({seed.stat().st_size} bytes of text)"
        return parse(seed.read_bytes(), source=seed.name), what
    except (ImportError, AttributeError):
        from hypothesis import find, settings

        from govdoc.testing import reports

        report = find(reports(max_depth=4), lambda r: sum(1 for _ in r.metrics()) >= 120,
                      settings=settings(max_examples=2000, database=None))
        return report, "a generated Report (govdoc.parse not available)"


def plain_write(report: Report) -> bytes:
    """The same tree with bare lxml calls: the baseline for write_xml."""
    sub = etree.SubElement
    root = etree.Element(NS + "report", {"schema-version": "1.0"}, nsmap={None: NAMESPACE})  # type: ignore[dict-item]
    meta = sub(root, NS + "meta")
    for field in ("title", "subtitle", "issuer", "date", "publication", "issue", "index_number", "category",
                  "doc_number"):
        value = getattr(report.meta, field)
        if value is not None:
            sub(meta, NS + field.replace("_", "-")).text = str(value)
    for author in report.meta.authors:
        sub(meta, NS + "author").text = author
    if report.meta.source is not None:
        sub(meta, NS + "source").text = report.meta.source

    def running(element: Any, text: str, metrics: list[Any]) -> None:
        pos, last = 0, None
        for m in metrics:
            attrib = {k.replace("_", "-"): (format(v, "f") if isinstance(v, Decimal) else v)
                      for k, v in (("value", m.value), ("value_min", m.value_min), ("unit", m.unit),
                                   ("kind", m.kind), ("currency", m.currency), ("approx", m.approx),
                                   ("qualifier", m.qualifier), ("indicator", m.indicator),
                                   ("change", m.change))
                      if v is not None}
            if last is None:
                element.text = text[pos:m.start]
            else:
                last.tail = text[pos:m.start]
            last = sub(element, NS + "metric", attrib)
            last.text = m.text
            pos = m.end
        if last is None:
            element.text = text
        else:
            last.tail = text[pos:]

    def paragraph(parent: Any, p: Any) -> None:
        attrib = {"kind": p.kind} if p.kind != "text" else {}
        if p.lines:
            attrib["lines"] = f"{p.lines.first}-{p.lines.last}"
        running(sub(parent, NS + "p", attrib), p.text, p.metrics)

    def section(parent: Any, s: Section) -> None:
        attrib = {}
        if s.kind not in ("section", "glossary"):
            attrib["kind"] = s.kind
        if s.label:
            attrib["label"] = s.label
        if s.number:
            attrib["number"] = str(s.number)
        if s.run_in:
            attrib["run-in"] = "true"
        if s.lines:
            attrib["lines"] = f"{s.lines.first}-{s.lines.last}"
        element = sub(parent, NS + ("glossary" if s.kind == "glossary" else "section"), attrib)
        for name in ("kicker", "title", "subtitle", "byline"):
            value = getattr(s, name)
            if value is not None:
                sub(element, NS + name).text = value
        for p in s.paragraphs:
            paragraph(element, p)
        if s.kind == "glossary":
            for term in report.glossary:
                entry = sub(element, NS + "entry")
                sub(entry, NS + "term").text = term.term
                running(sub(entry, NS + "definition"), term.definition, term.metrics)
        for child in s.children:
            section(element, child)

    if report.preamble:
        preamble = sub(root, NS + "preamble")
        for p in report.preamble:
            paragraph(preamble, p)
    body = sub(root, NS + "body")
    for s in report.sections:
        section(body, s)
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True, pretty_print=True)


def plain_read(data: bytes) -> list[dict[str, Any]]:
    """Parse with bare lxml and pull every element's text, tail and attributes into dicts."""
    root = etree.fromstring(data)
    return [{"tag": el.tag, "text": el.text, "tail": el.tail, **el.attrib} for el in root.iter()]


def best(function: Any, repeat: int, number: int) -> float:
    """Best time per call in seconds (the minimum over repeats is the least noisy estimate)."""
    return min(timeit.repeat(function, repeat=repeat, number=number)) / number


def paired(ours: Any, base: Any, repeat: int, number: int) -> tuple[float, float, float]:
    """Best times of ``ours`` and ``base`` measured in alternation, and the median of the per-round
    ratios: alternating keeps a busy machine's slow phases from landing on one side only."""
    times_ours, times_base, ratios = [], [], []
    for _ in range(repeat):
        a = timeit.timeit(ours, number=number) / number
        b = timeit.timeit(base, number=number) / number
        times_ours.append(a)
        times_base.append(b)
        ratios.append(a / b)
    return min(times_ours), min(times_base), statistics.median(ratios)


def main(argv: list[str] | None = None) -> int:
    """Measure and print throughput and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--number", type=int, default=10)
    args = parser.parse_args(argv)

    report, what = largest_seed_report()
    data = gx.write_xml(report)
    assert gx.read_xml(data) == report
    sections = sum(1 for _ in report.walk())
    paragraphs = sum(1 for _ in report.paragraphs())
    metrics = sum(1 for _ in report.metrics())
    print(f"input: {what}: {sections} sections, {paragraphs} paragraphs, {metrics} figures; "
          f"XML {len(data)} bytes")

    r, k = args.repeat, args.number
    write, write_plain, write_ratio = paired(lambda: gx.write_xml(report), lambda: plain_write(report), r, k)
    read, read_plain, read_ratio = paired(lambda: gx.read_xml(data), lambda: plain_read(data), r, k)
    json_text = write_json(report)
    write_js = best(lambda: write_json(report), r, k)
    read_js = best(lambda: read_json(json_text), r, k)
    root = gx_read._load(data, None, DEFAULT.xml_max_bytes, DEFAULT.xml_max_depth)
    parse_only = best(lambda: gx_read._load(data, None, DEFAULT.xml_max_bytes, DEFAULT.xml_max_depth), r, k)
    validate_only = best(lambda: gx.schema().validate(root), r, k)
    build_only = best(lambda: gx_read._ReportBuilder(None).report(root), r, k)

    mb = len(data) / 1e6
    rows = [
        ("write_xml", write, write_plain, write_ratio),
        ("read_xml", read, read_plain, read_ratio),
    ]
    for name, ours, base, ratio in rows:
        print(f"{name:10} {ours * 1e3:8.2f} ms  {mb / ours:7.1f} MB/s  plain lxml {base * 1e3:8.2f} ms  "
              f"ratio {ratio:5.2f}x (median of {r} alternating rounds)")
    print(f"for scale, govdoc JSON on the same Report: write_json {write_js * 1e3:.2f} ms, "
          f"read_json {read_js * 1e3:.2f} ms (read_xml / read_json = {read / read_js:.2f}x)")
    print(f"read_xml breakdown: safe parse {parse_only * 1e3:.2f} ms, "
          f"XSD validation {validate_only * 1e3:.2f} ms, "
          f"model build {build_only * 1e3:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
