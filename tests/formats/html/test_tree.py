"""Parsing a page safely: no network, no entity surprises, bounded depth, nothing hidden read."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from lxml import etree

from govdoc.errors import FormatError
from govdoc.formats.html import _tree
from govdoc.formats.html.read import page_source_lines, read_html
from govdoc.limits import Limits


@pytest.fixture
def listener() -> Iterator[tuple[socket.socket, str]]:
    """A TCP socket on the loopback: any connection to it proves a fetch was attempted."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.setblocking(False)
    try:
        yield server, f"http://127.0.0.1:{server.getsockname()[1]}"
    finally:
        server.close()


def texts(page: str) -> list[str]:
    lines, _ = page_source_lines(page)
    return [line.text for line in lines]


def test_nothing_is_fetched(listener: tuple[socket.socket, str]) -> None:
    server, url = listener
    page = (f'<!DOCTYPE html SYSTEM "{url}/x.dtd"><html><head><link rel="stylesheet" href="{url}/a.css">'
            f'<script src="{url}/a.js"></script></head><body><iframe src="{url}/frame"></iframe>'
            f'<img src="{url}/a.png"><object data="{url}/o"></object><p>引进企业139家。</p></body></html>')
    assert texts(page) == ["引进企业139家。"]
    with pytest.raises(BlockingIOError):
        server.accept()


def test_no_entity_is_declared_or_expanded() -> None:
    page = ('<!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY lol "lollollol">]>'
            "<html><body><p>甲&secret;乙&lol;丙&amp;丁&#x4e00;</p></body></html>")
    lines = texts(page)
    assert not any("root:" in line or "lollollol" in line for line in lines)
    # as in a browser, the undeclared references stay as typed; HTML's own character references read
    assert lines[-1] == "甲&secret;乙&lol;丙&丁一"


def test_scripts_styles_and_controls_are_never_text() -> None:
    page = ("<body><script>document.write('脚本文字')</script><style>p{color:red}</style>"
            "<noscript>请开启脚本</noscript><template><p>模板</p></template><form><p>正文。</p>"
            "<input value='输入框'><select><option>选项</option></select><button>按钮</button>"
            "<textarea>文本框</textarea></form></body>")
    assert texts(page) == ["正文。"]


@pytest.mark.parametrize("hidden", [
    '<div style="display: none">隐藏</div>', '<span style="visibility:hidden">隐藏</span>',
    "<div hidden>隐藏</div>", '<span aria-hidden="true">隐藏</span>', '<p class="hide x">隐藏</p>',
    '<span class="sr-only">隐藏</span>',
])
def test_hidden_elements_are_dropped_but_their_tail_stays(hidden: str) -> None:
    # a hidden block makes no box, so the text around it stays one line, as a browser shows it
    assert texts(f"<body><div>前{hidden}后。</div></body>") == ["前后。"]


def test_depth_is_bounded_with_a_one_line_error() -> None:
    for depth in (300, 10_000, 100_000):
        page = "<div>" * depth + "深" + "</div>" * depth
        with pytest.raises(FormatError, match="nests elements more than 256 deep") as caught:
            read_html(page, source="deep.html")
        assert "\n" not in str(caught.value) and str(caught.value).startswith("deep.html: ")


def test_the_depth_limit_can_be_raised_within_what_lxml_reads() -> None:
    page = "<div>" * 400 + "深层的一句话。" + "</div>" * 400
    assert read_html(page, max_depth=500).preamble[0].text == "深层的一句话。"
    assert read_html(page, limits=Limits(html_max_depth=500)).preamble[0].text == "深层的一句话。"
    with pytest.raises(FormatError):
        read_html(page, limits=Limits(html_max_depth=300))


def test_a_long_text_node_is_read_whole() -> None:
    """libxml2 cuts text nodes over 10 MB without huge_tree; the reader must not lose them."""
    sentence = "经济增长5%。"
    root = _tree.load_tree("<p>" + sentence * 2_000_000 + "</p>")
    assert len("".join(root.itertext())) == len(sentence) * 2_000_000


def test_an_empty_page_gives_an_empty_body() -> None:
    for page in ("", "   ", "<!-- 只有注释 -->"):
        root = _tree.load_tree(page)
        assert isinstance(root, etree._Element) and "".join(root.itertext()) == ""
