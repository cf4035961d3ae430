"""The one reader and writer of numbers, for each audience the project has.

- `parse_number`: a number as a table cell holds it ("1758000", "81.5", "-3"), never a formula or words.
- `as_written`: a value as a person types it into a table: 1758000, not 1758000.0.
- `csv_number`: a computed value as the indicator table writes it: every digit it holds, inf for an open end.
- `format_value`, `format_range`, `value_text`, `range_text`, `stated_text`: numbers as a reader of the report
  sees them ("1.758 million", "81.5%", "at most 33.3%", "over 3 million").

Every value a reader sees is rounded once, half up, from its full precision: 231.84 / 31.91 = 7.2654... is
"7.27 yuan per US$", never 7.265 rounded again.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal

from nevreport.common.vocabulary import QUALIFIER

# re.ASCII: \d is 0-9 only; float() would read Arabic-Indic or Bengali digits as numbers.
NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?", re.ASCII)


# --- reading and writing cells ------------------------------------------------------------------------------


def parse_number(text: str) -> float | None:
    """The number a cell holds, or None when it holds anything else (a formula, words, thousands separators).

    A number too large for a float is infinite; the caller decides whether that is a mistake.
    """
    return float(text) if NUMBER.fullmatch(text) else None


def as_written(value: float) -> str:
    """A value as a person writes it into a table: 1758000 not 1758000.0, 81.5 not 81.50000001."""
    if math.isfinite(value) and value == int(value) and abs(value) < 1e18:
        return str(int(value))
    return repr(float(value))


def csv_number(x) -> str:
    """A computed number as the indicator table writes it: '' for missing, 'inf' / '-inf' for open ends,
    otherwise the shortest plain digits that read back as exactly the same number (never rounded: the report
    rounds once, for the reader)."""
    import numpy as np

    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    x = float(x)
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return np.format_float_positional(x + 0.0, trim="-")  # + 0.0 turns -0.0 into 0.0


# --- for a reader -------------------------------------------------------------------------------------------


def is_missing(value) -> bool:
    return value is None or value == "" or (isinstance(value, float) and math.isnan(value))


def _trim(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text


def _rounded(magnitude: float, digits: int, finest: int) -> Decimal:
    """magnitude rounded once, half up, to `digits` significant digits but no finer than 10**finest."""
    exact = Decimal(repr(magnitude))
    if exact == 0:
        return exact
    place = max(exact.adjusted() - digits + 1, finest)
    return exact.quantize(Decimal(1).scaleb(place), rounding=ROUND_HALF_UP)


def _decimal_text(number: Decimal, scale: int = 0, grouping: bool = False) -> str:
    text = f"{number.scaleb(-scale):{',' if grouping else ''}f}"
    return _trim(text)


def format_value(value: float, unit: str, digits: int = 4, as_stated: bool = False) -> str:
    """A number as a reader expects it: "1.758 million", "81.5%", "US$54.2 billion", "3,496".

    Computed values are rounded to `digits` significant digits and percentages to one decimal;
    `as_stated` keeps a stated figure's own precision ("160%", not "160.0%").
    """
    if is_missing(value):
        return "n/a"
    value = float(value)
    if math.isinf(value):
        return "unbounded"
    magnitude = abs(value)
    if unit in ("percent", "percentage_points"):
        if as_stated:
            text = _trim(f"{magnitude:,.6f}")
        else:
            text = _decimal_text(_rounded(magnitude, 99, 0 if magnitude >= 999.95 else -1), grouping=True)
            text = text if "." in text or magnitude >= 999.95 else f"{text}.0"
        suffix = "%" if unit == "percent" else " points"
        return f"{_sign(value, text)}{text}{suffix}"
    if unit == "cny_per_usd":
        text = f"{_rounded(magnitude, 99, -2):f}"
        return f"{_sign(value, text)}{text} yuan per US$"
    if magnitude >= 1e15:  # beyond any real count or amount: plain digits would be hundreds long
        body = f"{magnitude:.4g}"
    else:
        body = ""
        for scale, word in ((9, "billion"), (6, "million")):
            if magnitude >= 10**scale * 0.9995:
                rounded = _rounded(magnitude, digits, scale - 3)
                if rounded >= 10**scale:
                    body = f"{_decimal_text(rounded, scale)} {word}"
                    break
        if not body:
            body = _decimal_text(_rounded(magnitude, digits, -2), grouping=True)
    sign = _sign(value, body)
    if unit == "usd":
        return f"{sign}US${body}"
    if unit == "cny":
        return f"{sign}{body} yuan"
    if unit == "eur":
        return f"{sign}€{body}"
    if unit == "hkd":
        return f"{sign}HK${body}"
    if unit == "gbp":
        return f"{sign}\u00a3{body}"
    return f"{sign}{body}{_UNIT_AFTER.get(unit, '')}"


# Units written after a number, as a reader of a table expects them: "36.9 GWh", "30,000 m²".
_UNIT_AFTER = {"square_meters": " m²", "square_kilometers": " km²", "gwh": " GWh", "kwh": " kWh", "kilowatts": " kW",
               "tonnes": " tonnes", "meters": " m", "kilometers": " km", "jpy": " yen", "krw": " won", "thb": " baht",
               "brl": " reais", "huf": " forints", "inr": " rupees", "idr": " rupiah", "rub": " rubles",
               "myr": " ringgit"}


def _sign(value: float, shown: str) -> str:
    """"-" for a negative value unless it is shown as zero: "-0.0%" would read as a finding."""
    return "-" if value < 0 and any(c in "123456789" for c in shown) else ""


def stated_text(value: float, unit: str, qualifier: str) -> str:
    """A stated figure with its hedge, at its own precision: "over 3 million", "about 1.758 million"."""
    hedge = QUALIFIER[qualifier].shown if qualifier in QUALIFIER else ""
    return f"{hedge} {format_value(value, unit, digits=6, as_stated=True)}".strip()


def _bounds(low, high, unit: str) -> tuple[float, float] | None:
    """The bounds as a reader should read them, with ends that say nothing opened (None when missing).

    Growth cannot fall below -100% and a share not below 0%: such a low end only says the range is open.
    """
    if is_missing(low) or is_missing(high):
        return None
    low, high = float(low), float(high)
    if unit == "percent" and (low <= -100 or low == 0):
        low = -math.inf
    return low, high


def format_range(low: float, high: float, unit: str) -> str:
    """An interval in words: "25.9% to 26.0%", "at least 3 million", "at most 2,500"."""
    bounds = _bounds(low, high, unit)
    if bounds is None:
        return ""
    low, high = bounds
    if math.isinf(high) and math.isinf(low):
        return "unbounded"
    if math.isinf(high):
        return f"at least {format_value(low, unit)}"
    if math.isinf(low):
        return f"at most {format_value(high, unit)}"
    a, b = _same_decimals(format_value(low, unit), format_value(high, unit))
    return a if a == b else f"{a} to {b}"


_AMOUNT = re.compile(r"^(-?(?:US\$)?)([\d,]+)(?:\.(\d+))?(.*)$")


def _same_decimals(a: str, b: str) -> tuple[str, str]:
    """Two ends of a range with as many decimals each: "3.725 million to 3.760 million", not "3.76 million"."""
    ma, mb = _AMOUNT.match(a), _AMOUNT.match(b)
    if not (ma and mb) or ma.group(4) != mb.group(4):
        return a, b
    places = max(len(ma.group(3) or ""), len(mb.group(3) or ""))

    def padded(m: re.Match) -> str:
        decimals = (m.group(3) or "").ljust(places, "0")
        return f"{m.group(1)}{m.group(2)}{'.' + decimals if decimals else ''}{m.group(4)}"

    return padded(ma), padded(mb)


def value_text(value, low, high, unit: str) -> str:
    """A computed value as a reader should take it: the bound it rests on in words, never a false point.

    "at most 33.3%" when the value is the top of its range (it was computed from a lower bound such as
    "over 3 million"), "at least 24.4%" when it is the bottom, "undetermined" when nothing bounds it.
    """
    if is_missing(value):
        return "not available"
    text = format_value(value, unit)
    bounds = _bounds(low, high, unit)
    if bounds is None:
        return text
    low, high = bounds
    value = float(value)
    if math.isinf(low) and math.isinf(high):
        return "undetermined"
    low_text = "" if math.isinf(low) else format_value(low, unit)
    high_text = "" if math.isinf(high) else format_value(high, unit)
    if low_text == high_text == text:
        return text
    # The value rests on a bound when it is that bound (up to floating-point noise) and nothing bounds the other
    # side, not when the two merely print alike: 57.88% within [57.85%, 58.04%] is no bound, and neither is
    # 28.6% within [28.2%, 28.6%], a value at one end of a range that says where the other lies.
    at_high = not math.isinf(high) and math.isclose(value, high, rel_tol=1e-5, abs_tol=1e-9)
    at_low = not math.isinf(low) and math.isclose(value, low, rel_tol=1e-5, abs_tol=1e-9)
    if at_high and not at_low and math.isinf(low):
        return f"at most {text}"
    if at_low and not at_high and math.isinf(high):
        return f"at least {text}"
    # One open end: it is the message; the finite end is said beside the value unless it prints the same.
    if math.isinf(high):
        return f"at least {text}" if low_text == text else f"{text}, at least {low_text}"
    if math.isinf(low):
        return f"at most {text}" if high_text == text else f"{text}, at most {high_text}"
    return text


def range_text(value, low, high, unit: str) -> str:
    """The range beside a value, only when it tells the reader more: both ends finite and apart."""
    bounds = _bounds(low, high, unit)
    if bounds is None or is_missing(value):
        return ""
    low, high = bounds
    if math.isinf(low) or math.isinf(high):
        return ""  # an open end is already in the value's words
    a, b = _same_decimals(format_value(low, unit), format_value(high, unit))
    if a == b or _next_to_each_other(a, b):
        return ""  # "2.0% to 2.1%" beside 2.0% says no more than the value's own last digit
    return f"{a} to {b}"


def _next_to_each_other(a: str, b: str) -> bool:
    """True when two ends, as shown, are one unit of their last digit apart."""
    ma, mb = _AMOUNT.match(a), _AMOUNT.match(b)
    if not (ma and mb) or ma.group(4) != mb.group(4) or ma.group(1).startswith("-") != mb.group(1).startswith("-"):
        return False
    digits_a = int((ma.group(2) + (ma.group(3) or "")).replace(",", ""))
    digits_b = int((mb.group(2) + (mb.group(3) or "")).replace(",", ""))
    return abs(digits_b - digits_a) <= 1
