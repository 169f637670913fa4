"""Run govdoc's number and quantity recognition over other projects' test suites.

    python tests/benchmarks/peer_suites.py                 # summary table
    python tests/benchmarks/peer_suites.py --verbose       # also every failing case
    python tests/benchmarks/peer_suites.py --peer-dir DIR  # the suites (default: shared/peer-tests above)

The suites were written by Microsoft Recognizers-Text, JioNLP and cn2an for their own code (see
each folder's SOURCE.md). Each is adapted here to govdoc's public API: ``extract_metrics`` for
figures with units, ``read_number`` and ``find_numbers`` for bare numerals. A case counts as passed
when govdoc finds the same values with the same units (or currency) in the same order; spans are not
compared, because govdoc includes qualifier words (约, 余) in a span and Recognizers-Text does not.

The second govdoc column counts the out-of-scope cases as failures, for comparison with the peer's
rate on the same cases. Not run: chinese2digits, duckling, nemo-text-processing and wetextprocessing
(text rewriting or other languages' conventions; no adapter yet).

Cases the peer's own Python port skips (``NotSupported`` naming python) are left out of both rates,
as the peer README asks. Cases whose expectation is out of govdoc's scope are listed with the reason
and left out of govdoc's rate; nothing is dropped silently. The peer's own rate is the one recorded
in the suite's SOURCE.md / README.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from govdoc.metrics import extract_metrics, find_numbers, read_number
from govdoc.model import Metric


def _default_peer_dir() -> Path:
    """``shared/peer-tests`` next to the checkout, or next to any folder above it (a git worktree
    under ``wt/<name>`` sits two levels deeper than the main checkout)."""
    for folder in Path(__file__).resolve().parents[2:]:
        candidate = folder / "shared" / "peer-tests"
        if candidate.is_dir():
            return candidate
    return Path(__file__).resolve().parents[3] / "shared" / "peer-tests"


DEFAULT_PEER_DIR = _default_peer_dir()


@dataclass
class Outcome:
    """Pass/fail counts of one suite file, with the peer's own rate and the out-of-scope cases."""

    name: str
    peer: str
    passed: int = 0
    total: int = 0
    failures: list[str] = field(default_factory=list)
    out_of_scope: list[tuple[str, str]] = field(default_factory=list)
    skipped_by_peer: int = 0

    def record(self, ok: bool, label: str) -> None:
        self.total += 1
        self.passed += ok
        if not ok:
            self.failures.append(label)

    @property
    def rate(self) -> float:
        return self.passed / self.total if self.total else float("nan")


def dec(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value).rstrip("%"))
    except InvalidOperation:
        return None


def same(a: Decimal | None, b: Decimal | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= abs(b) * Decimal("1e-9") + Decimal("1e-9")


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8-sig"))


# --- Recognizers-Text ---------------------------------------------------------------------------

RT_CURRENCY = {
    "Chinese yuan": "CNY", "United States dollar": "USD", "Euro": "EUR", "Swiss franc": "CHF",
    "Hong Kong dollar": "HKD", "New Taiwan dollar": "TWD", "Japanese yen": "JPY", "Nigerian naira": "NGN",
    "Bitcoin": "XBT", "Dollar": "USD",
}
RT_DIMENSION = {
    "Mu": {"亩"}, "Kilogram": {"公斤", "千克", "kg"}, "Centimeter": {"公分", "厘米", "cm"}, "Ton": {"吨", "t"},
    "Meter": {"米", "m"}, "Jin": {"斤"}, "Kilometer": {"千米", "公里", "km"}, "Gram": {"克", "g"},
    "Kilobit": {"千比特"}, "Megabyte": {"兆字节"}, "Kilobyte": {"千字节"}, "Microgram": {"微克"},
    "Liang": {"两"}, "Megahertz": {"兆赫兹", "兆赫"}, "Hertz": {"赫兹"}, "Kilowatt": {"千瓦"},
    "Kilocalorie": {"千卡"}, "Bit": {"比特"},
}
RT_AGE = {"Year": {"岁", "周岁", "年"}, "Month": {"个月"}, "Week": {"周", "星期"}, "Day": {"天"}}
RT_TEMPERATURE = {"C": {"℃", "摄氏度"}, "F": {"℉", "华氏度"}, "Degree": {"度"}}


def percent_of(metric: Metric) -> Decimal | None:
    """A percent, 成, 折, ‰ or 百分点 figure as a percentage (三成 = 30, 75折 = 75, 九折 = 90)."""
    value = metric.value  # (a range's upper bound)
    if metric.unit in ("%", "百分点"):
        return value
    if metric.unit == "成":
        return value * 10
    if metric.unit == "折":
        return value * 10 if value < 10 else value
    if metric.unit == "‰":
        return value / 10
    if metric.unit == "‱":
        return value / 100
    return None


def rt_cases(path: Path, outcome: Outcome) -> Iterable[dict[str, Any]]:
    for case in load(path):
        if "python" in case.get("NotSupported", "").lower():
            outcome.skipped_by_peer += 1
            continue
        yield case


def rt_percent(path: Path) -> Outcome:
    out = Outcome("Recognizers-Text PercentModel", "139/152 (91.4%)")
    for case in rt_cases(path, out):
        expected = [dec(r["Resolution"]["value"]) for r in case["Results"]]
        if "对折" in case["Input"] or "對折" in case["Input"] or "半" in case["Input"]:
            out.out_of_scope.append((case["Input"], "对折/半折/半成 name a discount without a numeral"))
            continue
        got = [percent_of(m) for m in extract_metrics(case["Input"])]
        got = [g for g in got if g is not None]
        ok = len(got) == len(expected) and all(same(g, e) for g, e in zip(got, expected, strict=True))
        out.record(ok, f"{case['Input']!r}: expected {expected}, got {got}")
    return out


def _unit_matches(metric: Metric, names: set[str]) -> bool:
    return metric.unit in names or metric.unit.lower() in names


def rt_units(path: Path, name: str, peer: str, table: dict[str, set[str]] | None,
             kinds: set[str]) -> Outcome:
    out = Outcome(name, peer)
    for case in rt_cases(path, out):
        results = case["Results"]
        if "銭" in case["Input"]:
            out.out_of_scope.append((case["Input"], "sen (銭, 1/100 yen): fractions of a currency's minor unit"))
            continue
        if any(r["Resolution"].get("value") is None for r in results):
            out.out_of_scope.append((case["Input"], "a unit named without a number (人民币, °C): not a figure"))
            continue
        metrics = [m for m in extract_metrics(case["Input"]) if m.kind in kinds]
        ok = len(metrics) == len(results)
        for metric, result in zip(metrics, results, strict=False):
            resolution = result["Resolution"]
            ok = ok and same(metric.value, dec(resolution["value"]))  # (a range's: its upper bound)
            if table is None:  # currency
                ok = ok and metric.currency == RT_CURRENCY.get(resolution.get("unit", ""), "?")
            else:
                ok = ok and _unit_matches(metric, table.get(resolution.get("unit", ""), set()))
        got = [(str(m.value), m.unit, m.currency) for m in metrics]
        want = [(r["Resolution"]["value"], r["Resolution"].get("unit")) for r in results]
        out.record(ok, f"{case['Input']!r}: expected {want}, got {got}")
    return out


def rt_number(path: Path) -> Outcome:
    out = Outcome("Recognizers-Text NumberModel", "332/359 (92.5%)")
    for case in rt_cases(path, out):
        expected = [dec(r["Resolution"]["value"]) for r in case["Results"]]
        got = [value for _, _, value in find_numbers(case["Input"])]
        ok = len(got) == len(expected) and all(same(g, e) for g, e in zip(got, expected, strict=True))
        out.record(ok, f"{case['Input']!r}: expected {expected}, got {got}")
    return out


# --- JioNLP -------------------------------------------------------------------------------------

JIO_CURRENCY = {"元": "CNY", "美元": "USD", "港元": "HKD", "日元": "JPY", "新台币": "TWD", "欧元": "EUR",
                "泰铢": "THB", "卢布": "RUB", "韩元": "KRW", "澳元": "AUD"}
JIO_DEFINITION = {None: "accurate", "about": "blur", "over": "blur+", "at_least": "blur+",
                  "nearly": "blur-", "under": "blur-", "at_most": "blur-"}
CURRENCY_WORD = re.compile(r"[元圆圓块塊币镑铢郎$￥¥€£]|美金|卢比|卢布|奈拉")
VAGUE = ("几", "幾", "数", "多欧", "三五", "四五", "八九")


def jio_parse(text: str) -> Metric | None:
    """jionlp.parse_money's contract: the money figure of ``text``, 元 when no currency is written."""
    money = [m for m in extract_metrics(text) if m.kind == "money"]
    if not money:  # jionlp's default unit: 元 goes after the number, before 左右/以上 ...
        bare = re.sub(r"(左右|上下|以上|以下|以内)?$", r"元\1", text, count=1)
        money = [m for m in extract_metrics(bare) if m.kind == "money"]
    return money[0] if len(money) == 1 else None


def jionlp_parse_money(path: Path) -> Outcome:
    out = Outcome("JioNLP parse_money", "54/54 (100%)")
    for case in load(path)["cases"]:
        text, want = case["input"], case["expected"]
        if any(v in text for v in VAGUE) and isinstance(want["num"], list) and "到" not in text:
            out.out_of_scope.append((text, "a vague amount (几十万, 数十亿, 三五百): govdoc gives no number"))
            continue
        if "w" in text.lower() and not any(ch.isalpha() and ch.isascii() and ch.lower() != "w" for ch in text):
            out.out_of_scope.append((text, "w for 万 is chat slang, and W is the watt"))
            continue
        metric = jio_parse(text)
        if metric is None:
            out.record(False, f"{text!r}: nothing found")
            continue
        currency_ok = metric.currency == JIO_CURRENCY.get(want["case"])
        if isinstance(want["num"], list):
            low, high = (Decimal(v) for v in want["num"])
            if metric.value_min is not None:
                ok = same(metric.value_min, low) and same(metric.value, high)
            else:  # 3000多欧元: govdoc keeps value 3000 with approx "over" and invents no upper bound
                ok = same(metric.value, low) and metric.approx in ("over", "about")
        else:
            ok = same(metric.value, Decimal(want["num"]))
            ok = ok and JIO_DEFINITION.get(metric.approx) == want["definition"]
        out.record(ok and currency_ok, f"{text!r}: expected {want}, got {metric.value_min} {metric.value} "
                                       f"{metric.currency} {metric.approx}")
    return out


def jionlp_extract_money(path: Path) -> Outcome:
    out = Outcome("JioNLP extract_money", "14/14 (100%)")
    for case in load(path)["cases"]:
        text = case["input"]
        if any(not CURRENCY_WORD.search(e["text"]) for e in case["expected"]):
            out.out_of_scope.append((text, "no currency or unit is written: govdoc does not guess that a bare "
                                           "number is money"))
            continue
        got = [(m.text, [m.start, m.end]) for m in extract_metrics(text) if m.kind == "money"]
        want = [(e["text"], e["offset"]) for e in case["expected"]]
        out.record(got == want, f"{text[:40]!r}: expected {want}, got {got}")
    return out


# --- cn2an --------------------------------------------------------------------------------------

def cn2an_cases(path: Path) -> Outcome:
    out = Outcome("cn2an cn2an (strict+normal+smart, errors)", "all (100%)")
    data = load(path)
    valid = set()
    for mode in ("strict", "normal_only", "smart_only"):
        for case in data[mode]:
            valid.add(case["input"])
            got = read_number(case["input"])
            out.record(same(got, dec(case["expected"])),
                       f"{mode} {case['input']!r}: expected {case['expected']}, got {got}")
    for case in data["direct"]:
        out.out_of_scope.append((case["input"], "direct mode transliterates digit by digit and keeps leading "
                                                "zeros as a string (零零三 -> '003'): not a value"))
    for text in data["error_strict_mode_default"]:
        if text in valid:
            out.out_of_scope.append((text, "invalid only in cn2an's strict mode; govdoc reads colloquial and "
                                           "mixed numerals like cn2an's smart mode"))
            continue
        got = read_number(text)
        out.record(got is None, f"error {text!r}: expected no number, got {got}")
    return out


def cn2an_transform(path: Path) -> Outcome:
    out = Outcome("cn2an transform", "37/37 (100%)")
    data = load(path)
    for section in data:
        if isinstance(data[section], list):
            for case in data[section]:
                label = case.get("input") or case.get("chinese")
                out.out_of_scope.append((str(label), "transform rewrites whole sentences (dates, ordinals, "
                                                     "fractions, Arabic to Chinese); govdoc reads figures "
                                                     "and does not rewrite text"))
    return out


SUITES: list[tuple[str, Callable[[Path], Outcome]]] = [
    ("recognizers-text/NumberModel.json", rt_number),
    ("recognizers-text/PercentModel.json", rt_percent),
    ("recognizers-text/CurrencyModel.json",
     lambda p: rt_units(p, "Recognizers-Text CurrencyModel", "27/29 (93.1%)", None, {"money"})),
    ("recognizers-text/DimensionModel.json",
     lambda p: rt_units(p, "Recognizers-Text DimensionModel", "10/29 (34.5%)", RT_DIMENSION,
                        {"area", "length", "weight", "volume", "other"})),
    ("recognizers-text/AgeModel.json",
     lambda p: rt_units(p, "Recognizers-Text AgeModel", "10/10 (100%)", RT_AGE, {"age", "duration"})),
    ("recognizers-text/TemperatureModel.json",
     lambda p: rt_units(p, "Recognizers-Text TemperatureModel", "10/10 (100%)", RT_TEMPERATURE,
                        {"temperature"})),
    ("jionlp/parse_money.json", jionlp_parse_money),
    ("jionlp/extract_money.json", jionlp_extract_money),
    ("cn2an/cn2an_cases.json", cn2an_cases),
    ("cn2an/transform_cases.json", cn2an_transform),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--peer-dir", type=Path, default=DEFAULT_PEER_DIR)
    parser.add_argument("--verbose", "-v", action="store_true", help="list failures and out-of-scope cases")
    args = parser.parse_args(argv)
    outcomes = []
    for relative, run in SUITES:
        path = args.peer_dir / relative
        if not path.exists():
            print(f"missing: {path}", file=sys.stderr)
            continue
        outcomes.append(run(path))
    print(f"{'suite':44s} {'govdoc':>17s}  {'counting out-of-scope':>21s}  {'peer':>16s}   "
          "out of scope / peer-skipped")
    for o in outcomes:
        rate = f"{o.passed}/{o.total} ({o.rate:.1%})" if o.total else "not run"
        everything = o.total + len(o.out_of_scope)
        strict = f"{o.passed}/{everything} ({o.passed / everything:.1%})" if o.total else "-"
        print(f"{o.name:44s} {rate:>17s}  {strict:>21s}  {o.peer:>16s}   {len(o.out_of_scope)} / {o.skipped_by_peer}")
    if args.verbose:
        for o in outcomes:
            for label in o.failures:
                print(f"  FAIL {o.name}: {label}")
            for text, reason in o.out_of_scope:
                print(f"  OUT  {o.name}: {text!r}: {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
