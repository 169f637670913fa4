"""Convert the seed reports to govdoc XML and query them with XPath.

    python examples/xml_query.py [--out DIR] [FILE.txt ...]

Parses each raw text report (default: the seeds/ folder next to this script), writes
``DIR/<name>.xml`` (default DIR: out/xml), then asks the XML three questions with plain XPath 1.0,
the way any XML tool (xmllint --xpath, XSLT, BaseX, a Java program) could:

1. every money figure of over 1亿元 (100,000,000 yuan), with the heading it stands under;
2. how many figures of each kind each report holds;
3. the outline (label and title of the top two levels).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from lxml import etree

import govdoc
from govdoc.formats.xml.names import NAMESPACE
from govdoc.io import atomic_write

HERE = Path(__file__).resolve().parent
NS = {"g": NAMESPACE}

# XPath 1.0 compares numbers as doubles: exact enough for a threshold of 1亿.
BIG_MONEY = etree.XPath("//g:metric[@kind='money'][@currency='CNY'][number(@value) > 100000000]",
                        namespaces=NS)
HEADING = etree.XPath("string(ancestor::*[self::g:section or self::g:glossary][1]/g:title)", namespaces=NS)
KINDS = etree.XPath("//g:metric/@kind", namespaces=NS)
OUTLINE = etree.XPath("/g:report/g:body/g:section | /g:report/g:body/g:section/g:section", namespaces=NS)


def convert(paths: list[Path], out: Path) -> list[Path]:
    """Parse each text file and write its XML into ``out``; return the XML paths."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for path in paths:
        report = govdoc.parse(path.read_bytes(), source=path.name)
        target = out / f"{path.stem}.xml"
        atomic_write(target, govdoc.write_xml(report), force=True)
        written.append(target)
    return written


def query(xml_files: list[Path]) -> None:
    """Print the answers of the three XPath questions for every file."""
    print("1. money figures over 1亿元")
    for path in xml_files:
        root = etree.parse(str(path)).getroot()
        for metric in BIG_MONEY(root):
            what = metric.get("indicator") or "-"
            heading = HEADING(metric)
            print(f"   {path.name}: {metric.text} ({metric.get('value')} 元)  [{what}]  under 「{heading}」")
    print("2. figures by kind")
    for path in xml_files:
        kinds = Counter(KINDS(etree.parse(str(path))))
        summary = ", ".join(f"{kind} {count}" for kind, count in kinds.most_common()) or "none"
        print(f"   {path.name}: {summary}")
    print("3. outline (two levels)")
    for path in xml_files:
        print(f"   {path.name}")
        for section in OUTLINE(etree.parse(str(path))):
            depth = 1 if etree.QName(section.getparent()).localname == "body" else 2
            label = section.get("label") or ""
            title = section.findtext("g:title", namespaces=NS)
            print(f"   {'  ' * depth}{label}{title}")


def main(argv: list[str] | None = None) -> int:
    """Convert the inputs and run the queries."""
    parser = argparse.ArgumentParser(description="Convert reports to govdoc XML and query them with XPath.")
    parser.add_argument("files", nargs="*", type=Path, help="raw text reports (default: the seeds)")
    parser.add_argument("--out", type=Path, default=Path("out/xml"),
                        help="folder for the XML (default: out/xml)")
    args = parser.parse_args(argv)
    files = args.files or sorted((HERE.parent / "seeds").glob("*.txt"))
    if not files:
        print("no input files", file=sys.stderr)
        return 2
    xml_files = convert(files, args.out)
    print(f"wrote {len(xml_files)} XML files to {args.out}")
    query(xml_files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
