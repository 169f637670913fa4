"""mkdocs hooks: pages that stay true to the code, generated at build time.

* ``<!-- govdoc:cli -->`` becomes the ``--help`` of ``govdoc`` and of each subcommand;
* ``<!-- govdoc:json-schema -->`` becomes ``schemas/govdoc.schema.json``;
* ``schemas/`` and ``examples/`` are published with the site, and a page's links to
  ``../schemas/...`` or ``../examples/...`` (which work when the Markdown is read in the repository)
  are pointed at the published copies, so the strict build accepts them.
"""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "schemas"
PUBLISHED = ("schemas", "examples")
REPO_LINK = re.compile(r"\]\(\.\./(" + "|".join(PUBLISHED) + r")/")


def _cli_help() -> str:
    os.environ["COLUMNS"] = "100"  # argparse wraps to the terminal: make the page independent of it
    from govdoc.cli import build_parser

    parser = build_parser()
    blocks = [("govdoc", parser.format_help())]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            blocks += [(f"govdoc {name}", sub.format_help()) for name, sub in action.choices.items()]
    return "\n".join(f"### `{title}`\n\n```text\n{text.rstrip()}\n```\n" for title, text in blocks)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if "<!-- govdoc:cli -->" in markdown:
        markdown = markdown.replace("<!-- govdoc:cli -->", _cli_help())
    if "<!-- govdoc:json-schema -->" in markdown:
        schema = (SCHEMAS / "govdoc.schema.json").read_text(encoding="utf-8").rstrip()
        markdown = markdown.replace("<!-- govdoc:json-schema -->", f"```json\n{schema}\n```")
    return REPO_LINK.sub(r"](\1/", markdown)


def on_files(files: Files, config: Any) -> Files:
    for folder in PUBLISHED:
        for path in sorted((ROOT / folder).iterdir()):
            if path.is_file() and not path.name.startswith("."):
                files.append(File.generated(config, f"{folder}/{path.name}", abs_src_path=str(path)))
    return files
