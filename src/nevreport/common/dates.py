"""The one reader of dates and periods, and how a reader sees them.

Dates are ISO (2024-10-28). A period is the time a figure covers, in one of the formats of
`PERIOD_FORMATS`: a year (2023), a half (2024-H1), a quarter (2024-Q2), a month (2024-07), a day (2021-03-02),
a range of days (2025-08-01/2025-08-10), of months (2023-01/2023-05) or of years (2018/2023). `period_bounds`
reads every format; `format_period` shows a period as a reader expects it ("H1 2024", "Q2 2024", "Jan-May 2023").
"""

from __future__ import annotations

import datetime as dt
import os
import re
import time

from nevreport.common.errors import UserError

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
MONTH_ABBREVIATIONS = tuple(name[:3] for name in MONTH_NAMES)  # Jan ... Dec, as the report writes them
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A month or weekday as an article writes it ("January", "Jan", "Sept", "Monday"): a date, never a place or a name.
CALENDAR_WORD = "(?:" + "|".join(sorted({*MONTH_NAMES, *MONTH_ABBREVIATIONS, "Sept", *WEEKDAY_NAMES},
                                        key=len, reverse=True)) + r")\b"

# re.ASCII: \d is 0-9 only; Arabic-Indic or Bengali digits are no date.
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_PERIOD = re.compile(
    r"(?P<year>\d{4})"
    r"|(?P<hy>\d{4})-H(?P<half>[12])"
    r"|(?P<qy>\d{4})-Q(?P<quarter>[1-4])"
    r"|(?P<my>\d{4})-(?P<month>\d{2})"
    r"|(?P<day>\d{4}-\d{2}-\d{2})"
    r"|(?P<first_day>\d{4}-\d{2}-\d{2})/(?P<last_day>\d{4}-\d{2}-\d{2})"
    r"|(?P<fy>\d{4})-(?P<fm>\d{2})/(?P<ty>\d{4})-(?P<tm>\d{2})"
    r"|(?P<from_year>\d{4})/(?P<to_year>\d{4})",
    re.ASCII,
)
PERIOD_FORMATS = ("YYYY, YYYY-H1 or YYYY-H2, YYYY-Q1 to YYYY-Q4, YYYY-MM, YYYY-MM-DD, YYYY-MM-DD/YYYY-MM-DD, "
                  "YYYY-MM/YYYY-MM or YYYY/YYYY")
# A date as PDF metadata takes it (W3C): a year, a month or a day.
W3C_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


# --- dates --------------------------------------------------------------------------------------------------


def parse_date(text: str) -> dt.date:
    """The day an ISO date (YYYY-MM-DD) names; ValueError saying why when it names none.

    Only the form YYYY-MM-DD is read: `date.fromisoformat` alone would also take "20241231" or the week date
    "2024W521".
    """
    if not _ISO_DATE.fullmatch(text):
        raise ValueError(f"{text!r} is not in the form YYYY-MM-DD")
    return dt.date.fromisoformat(text)


def is_iso_date(text: str) -> bool:
    """Whether text is a day of the calendar written YYYY-MM-DD."""
    try:
        parse_date(text)
    except ValueError:
        return False
    return True


def parse_as_of(as_of) -> dt.date:
    """The as-of date of an edition from a date or an ISO string; UserError otherwise."""
    if isinstance(as_of, dt.datetime):
        return as_of.date()
    if isinstance(as_of, dt.date):
        return as_of
    try:
        return parse_date(str(as_of).strip())
    except ValueError:
        raise UserError(f"as-of date {str(as_of)!r} is not a date in the form YYYY-MM-DD (e.g. 2024-12-31)") \
            from None


def build_date() -> str:
    """The date a build states as its own: SOURCE_DATE_EPOCH's day when set, else "" (never the clock, so that
    two builds of the same inputs on different days give the same bytes)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    return time.strftime("%Y-%m-%d", time.gmtime(int(epoch))) if epoch.isdigit() else ""


# --- periods ------------------------------------------------------------------------------------------------


def period_bounds(period: str) -> tuple[dt.date, dt.date]:
    """First and last day a period covers ("2024-H1" -> 2024-01-01, 2024-06-30); ValueError if malformed."""
    match = _PERIOD.fullmatch(period)
    if not match:
        raise ValueError(f"{period!r} is not one of the period formats ({PERIOD_FORMATS})")
    g = match.groupdict()
    if g["year"]:
        first, last = _month_start(int(g["year"]), 1), _month_end(int(g["year"]), 12)
    elif g["hy"]:
        half = int(g["half"])
        first, last = _month_start(int(g["hy"]), 6 * half - 5), _month_end(int(g["hy"]), 6 * half)
    elif g["qy"]:
        quarter = int(g["quarter"])
        first, last = _month_start(int(g["qy"]), 3 * quarter - 2), _month_end(int(g["qy"]), 3 * quarter)
    elif g["my"]:
        first, last = _month_start(int(g["my"]), int(g["month"])), _month_end(int(g["my"]), int(g["month"]))
    elif g["day"]:
        first = last = dt.date.fromisoformat(g["day"])
    elif g["first_day"]:
        first, last = dt.date.fromisoformat(g["first_day"]), dt.date.fromisoformat(g["last_day"])
    elif g["fy"]:
        first, last = _month_start(int(g["fy"]), int(g["fm"])), _month_end(int(g["ty"]), int(g["tm"]))
    else:
        first, last = _month_start(int(g["from_year"]), 1), _month_end(int(g["to_year"]), 12)
    if first > last:
        raise ValueError(f"{period!r} ends before it starts")
    return first, last


def _month_start(year: int, month: int) -> dt.date:
    return dt.date(year, month, 1)


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def is_year(period) -> bool:
    """Whether a period is a whole calendar year ("2023")."""
    match = _PERIOD.fullmatch(str(period))
    return bool(match and match["year"])


def year_earlier(period: str) -> str | None:
    """The same span a year earlier ("2024-H1" -> "2023-H1", "2023-01/2023-05" -> "2022-01/2022-05");
    None for a day or a range of years, which growth is not measured against."""
    match = _PERIOD.fullmatch(str(period))
    if not match:
        return None
    g = match.groupdict()
    if g["year"]:
        return str(int(g["year"]) - 1)
    if g["hy"]:
        return f"{int(g['hy']) - 1}-H{g['half']}"
    if g["qy"]:
        return f"{int(g['qy']) - 1}-Q{g['quarter']}"
    if g["my"]:
        return f"{int(g['my']) - 1}-{g['month']}"
    if g["fy"]:
        return f"{int(g['fy']) - 1}-{g['fm']}/{int(g['ty']) - 1}-{g['tm']}"
    return None


def format_period(period) -> str:
    """A period as a reader expects it: 2023-H1 -> "H1 2023", 2023-Q2 -> "Q2 2023", 2023-01/2023-05 ->
    "Jan-May 2023", 2021-03 -> "Mar 2021", 2018/2023 -> "2018-2023"; a year, a day or anything else as written."""
    period = str(period)
    match = _PERIOD.fullmatch(period)
    if not match:
        return period
    g = match.groupdict()
    if g["hy"]:
        return f"H{g['half']} {g['hy']}"
    if g["qy"]:
        return f"Q{g['quarter']} {g['qy']}"
    if g["fy"] and 1 <= int(g["fm"]) <= 12 and 1 <= int(g["tm"]) <= 12:
        first, last = MONTH_ABBREVIATIONS[int(g["fm"]) - 1], MONTH_ABBREVIATIONS[int(g["tm"]) - 1]
        return f"{first}-{last} {g['fy']}" if g["fy"] == g["ty"] else f"{first} {g['fy']}-{last} {g['ty']}"
    if g["from_year"]:
        return f"{g['from_year']}-{g['to_year']}"
    if g["my"] and 1 <= int(g["month"]) <= 12:
        return f"{MONTH_ABBREVIATIONS[int(g['month']) - 1]} {g['my']}"
    if g["first_day"] and g["first_day"][:7] == g["last_day"][:7] and 1 <= int(g["first_day"][5:7]) <= 12:
        month = MONTH_ABBREVIATIONS[int(g["first_day"][5:7]) - 1]
        return f"{int(g['first_day'][8:])}-{int(g['last_day'][8:])} {month} {g['first_day'][:4]}"
    return period
