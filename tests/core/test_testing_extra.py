"""hypothesis is needed only by ``govdoc.testing``: everything else imports without it."""

from __future__ import annotations

import subprocess
import sys
import textwrap

BLOCK_HYPOTHESIS = "import sys\nsys.modules['hypothesis'] = None  # as if it were not installed\n"


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", BLOCK_HYPOTHESIS + textwrap.dedent(code)],
                          capture_output=True, text=True, timeout=300)


def test_govdoc_testing_without_hypothesis_says_what_to_install() -> None:
    result = _run("""
        try:
            import govdoc.testing
        except ImportError as exc:
            print(type(exc).__name__, exc)
        """)
    assert result.returncode == 0, result.stderr
    assert "ImportError" in result.stdout and "pip install 'govdoc[testing]'" in result.stdout


def test_every_other_module_imports_without_hypothesis() -> None:
    result = _run("""
        import importlib, pkgutil
        import govdoc
        names = [m.name for m in pkgutil.walk_packages(govdoc.__path__, "govdoc.")]
        for name in names:
            if name not in ("govdoc.testing", "govdoc.__main__"):  # __main__ runs the command
                importlib.import_module(name)
        govdoc.parse("一、经济发展\\n税收18.6亿元。")
        print(len(names))
        """)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 30  # the walk found the package's modules
