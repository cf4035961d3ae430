"""The period a number covers, in the figures' period format, resolved against the article's date.

The time expression nearest the number counts; what a change is measured against ("from July", "over the same
period in 2019") is not a period; a sentence opening with a period gives it to its clauses; one without
continues the period before it; a headline figure takes its lead paragraph's; a present-tense stock the month
the article counts its stocks at ("As of June, ..."), else the month of publication; a past figure nothing dates,
in an article of a month's first ten days, the month before; an expo's figures the year it is held.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from nevreport.common.dates import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES, period_bounds, year_earlier
from nevreport.ingest.clauses import (
    CHANGE_RECORDED,
    CLAUSE_BREAK,
    FROM_BEFORE,
    GOAL_TOLD,
    GOAL_VERBS,
    HAD_AIMED,
    LIST_JOIN,
    OF_GOAL_AFTER,
    WHICH_ASIDE,
    Spans,
    base_of_change,
    body_start,
    earlier_sentences,
    joined_run,
    read_status,
    sentence_bounds,
    spans_around,
    status_of,
)
from nevreport.ingest.extract import CONVERSION_OPENS, Mention, mentions_in
from nevreport.ingest.tables import heading_of, table_line
from nevreport.ingest.tokens import CURRENCIES, HEDGE_BEFORE

# --- periods ------------------------------------------------------------------------------------------------

_MONTHS = {
    **{name: number for number, name in enumerate(MONTH_NAMES, start=1)},
    **{name: number for number, name in enumerate(MONTH_ABBREVIATIONS, start=1)},
    "Sept": 9,
}
# (a short name before a verb is a person's, no month: "Chen Jun has laid out a goal", "Lei Jun said")
_SHORT_MONTHS = "(?:" + "|".join(sorted({name for name in _MONTHS if name not in MONTH_NAMES}, key=len,
                                         reverse=True)) + ")"
_VERB_AFTER = r"(?-i:(?!\s+(?:has|had|have|is|was|said|says|told|set|sets|laid|announced|added|noted|wrote)\b))"
MONTH = "(?:" + "|".join(sorted(MONTH_NAMES, key=len, reverse=True)) + rf"|{_SHORT_MONTHS}{_VERB_AFTER})\b\.?"
_COUNTS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4,
             "last": 4}
YEAR = r"(?<![\d.,])(?:19|20)\d\d(?![\d-]|s\b)"  # (not a decade: "in the 1960s")
# What names the year of a month, quarter or half: "of 2023", "of this year", "last year"...
_YEAR_REF = (rf"(?:\s*\((?:Q[1-4]|H[12])\))?"  # "the second quarter (Q2) of last year"
             rf"(?:,?\s+(?:of\s+|in\s+)?(?:(?:fiscal\s+(?:year\s+)?)?(?P<{{n}}y>{YEAR})|(?P<{{n}}rel>this|last|next|the(?:\s+current)?)\s+year\b))?")
_PERIOD_PATTERNS = [
    ("months", rf"\b(?:the\s+)?(?:first|initial)\s+(?P<mn>\d\d?|[a-z]+)\s+months\b{_YEAR_REF.format(n='m')}"
               # "in the four months of last year": the months from January
               rf"|\b(?i:the)\s+(?P<mn2>[1-9]|1[0-2]|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
               rf"\s+months\s+of\s+(?:(?P<m2y>{YEAR})|(?P<m2rel>this|last)\s+year\b)"
               # "its narrowest since the last three months of 2022": the months up to that year's end
               rf"|\b(?i:the)\s+(?i:final|last)\s+(?P<mn3>[2-6]|(?i:two|three|four|five|six))\s+months\s+of\s+"
               rf"(?:(?P<m3y>{YEAR})|(?P<m3rel>this|last)\s+year\b)"),
    ("quarters", rf"\b(?:the\s+)?first\s+(?P<qn>two|three|2|3)\s+quarters\b{_YEAR_REF.format(n='q')}"),
    # "first-quarter earnings for this year": the adjective's year named after what it qualifies
    # "the final quarter", "the last quarter of 2023" (but "last quarter" alone is the one before)
    ("quarter", rf"\b(?P<qo>(?i:first|second|third|fourth|final)|1st|2nd|3rd|4th"
                rf"|(?i:last)(?=[\s-]+(?i:quarter)\s+of\s+(?:{YEAR}|(?:this|last|the)\s+year\b)))[\s-]+(?i:quarter)\b"
                rf"(?:(?<=-quarter)(?:\s+(?:net|operating|vehicle|car|nev))?\s+(?:profits?|earnings|revenues?|sales"
                rf"|deliveries|results|loss(?:es)?|income|output|production|exports)\s+for\s+"
                rf"(?:(?P<oay>{YEAR})|(?P<oarel>this|last)\s+year\b)"  # ("first-quarter results for 2025")
                rf"|{_YEAR_REF.format(n='o')})"),
    # "during 2025 Q1-Q3", "Q1-Q3 2025": the months from the first quarter's start to the last one's end
    ("qspan", rf"\b(?:(?P<qsy0>{YEAR})\s+)?Q(?P<qs1>[1-4])\s*(?:-|\u2013|to|through)\s*Q(?P<qs2>[1-4])\b"
              rf"(?:\s+(?P<qsy>{YEAR}))?"),
    # ("Q2 2024", "Q2 of 2024", "Q3/2024")
    ("q", rf"\bQ(?P<qq>[1-4])\b(?:\s+(?:of\s+)?(?P<qqy>{YEAR})|/(?P<qqs>{YEAR}))?"),
    # "for the quarter ending June 30": the quarter that month ends
    # ("the quarter that ended in June", "the quarter ending in June")
    ("qended", rf"\b(?:(?i:the)\s+)?(?i:quarter)\s+(?:(?i:that|which)\s+)?(?i:ended|ending)\s+(?:(?i:on|in)\s+)?"
               rf"(?:\d\d?\s+)?(?P<qem>{MONTH})"
               rf"(?:\s+\d\d?)?(?:,?\s+(?P<qey>{YEAR}))?"),
    # "in the June quarter", "the September quarter of 2025": the quarter that month ends
    ("qmonth", rf"\b(?i:the)\s+(?P<qmm>March|June|September|December)\s+(?i:quarter)\b(?:\s+of\s+(?P<qmy>{YEAR}))?"),
    # "in the six months to June 30", "the nine months ended September 30": the months up to that month's end
    ("monthsended", rf"\b(?i:the\s+)?(?P<men>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[2-9])"
                    # ("the nine months which ended in September", "two quarters ended June 30")
                    rf"\s+(?P<meu>(?i:months|quarters))\s+"
                    rf"(?:(?i:that|which)\s+)?(?i:ended|ending|to|through)"
                    rf"\s+(?:(?i:on|in)\s+)?(?:\d\d?\s+)?(?P<mem>{MONTH})(?:\s+\d\d?)?(?:,?\s+(?P<mey>{YEAR}))?"),
    # "results for the year that ended on 31 December 2024": that year; "the fiscal year ended March 31, 2026": its
    # twelve months
    ("yended", rf"\b(?:(?i:the)\s+)?(?:(?i:financial|fiscal)\s+)?(?i:year)\s+(?:(?i:that|which)\s+)?(?i:ended|ending)"
               rf"\s+(?:(?i:on)\s+)?(?:\d\d?\s+)?(?P<yem>{MONTH})(?:\s+\d\d?)?,?\s+(?P<yey>{YEAR})"),
    # "Its nine-month revenue grew 12%": the months of the year so far, the last such span ended when published
    ("nmonth", r"\b(?P<nmn>(?i:three|six|nine)|[369])-(?i:month)(?=\s+(?:(?:net|operating|gross)\s+)?(?:profits?"
               r"|earnings|revenues?|sales|deliveries|results|loss(?:es)?|income|output|production|exports)\b)"),
    ("h", rf"\bH(?P<hh>[12])\b(?:\s+(?P<hhy>{YEAR}))?"),
    # "in 1H24", "2Q25 deliveries": the analysts' way of writing a half or a quarter and its year
    ("hshort", r"\b(?P<hsn>[12])H(?P<hsyy>\d\d)\b"),
    # "in 2025H1", "2024 Q3 revenue": the year first, then its half or quarter
    ("yearpart", r"\b(?P<ypy>(?:19|20)\d\d)\s?(?:H(?P<yph>[12])|Q(?P<ypq>[1-4]))\b"),
    ("qshort", r"\b(?P<qsn>[1-4])Q(?P<qsyy>\d\d)\b"),
    # "its half-year deliveries": the last half-year ended when the article was published
    # ("its semi-annual report shows", "the interim results": the half-year they report)
    # ("semi - annual": spaced as some translations write it)
    ("halfyear", r"\b(?i:half(?:[- ]|\s-\s)year|semi(?:-|\s-\s)?annual|interim)"
                 r"(?=\s+(?:sales|deliveries|results|figures|revenue"
                 r"|profits?|output|exports|reports?|earnings|financial\s+reports?)\b)"
                 # ("its semi-annual report for 2024": that year's first half)
                 r"(?:\s+(?:financial\s+)?reports?\s+(?:in|for|of)\s+(?P<hyy>(?:19|20)\d\d)\b)?"),
    ("half", rf"\b(?P<ho>(?i:first|second|latter))[\s-]+(?i:half)\b{_YEAR_REF.format(n='h')}"),  # ("First-half sales")
    # "2023's second half", "the year's final quarter": the part of the year the possessive names
    ("ofyear", rf"\b(?P<oyy>{YEAR})['\u2019]s\s+(?P<oyo>(?i:first|second|latter|third|fourth|final))\s+"
               r"(?P<oyu>(?i:half|quarter))\b"),
    # "in the past 12 months", "over the last six months": the months before the one the article is written in
    ("pastmonths", r"\b(?i:the\s+)?(?i:past|last|previous|preceding)\s+(?P<pmn>1[012]|[2-9]|twelve|eleven|ten|nine"
                   r"|eight|seven|six|five|four|three|two)"
                   r"\s+(?i:months)\b"),
    ("range", rf"\b(?:(?i:from|between)\s+)?(?P<r1>{MONTH})(?:\s+(?P<r1y>{YEAR}))?\s*(?:-|\u2013|to|and|through)\s*"
              rf"(?P<r2>{MONTH})(?:\s+period)?"  # "the January-October period of 2023"
              rf"(?:,?\s+(?:of\s+|in\s+)?(?P<r2y>{YEAR})|\s+(?:of\s+)?(?P<r2rel>this|last)\s+year\b|(?!\s*\d))"),
    # "in the third week of May": the month's days of that week, counted from its first day
    ("weekof", rf"\b(?i:the\s+)?(?P<wo>(?i:first|second|third|fourth)|1st|2nd|3rd|4th)\s+(?i:week)\s+(?i:of)\s+"
               rf"(?P<wm>{MONTH})(?:,?\s+(?P<wy>{YEAR}))?"),
    # "into the second week, daily sales averaged ...": a week of the month the story tells of (_bare_week)
    ("weekbare", r"\b(?i:the\s+)?(?P<wb>(?i:first|second|third|fourth))\s+(?i:week)\b"
                 r"(?!\s+(?i:of|after|since|before|in\s+a\s+row|on\s+sale)\b)"),
    # "registrations in W26", "in week 26 of 2024": the week of the year so numbered, Monday to Sunday
    ("wnum", rf"\b(?:(?-i:W)|(?i:week)\s+)(?P<wkn>[1-4]\d|5[0-3]|[1-9])\b(?:,?\s+(?:of\s+)?(?P<wky>{YEAR}))?"),
    # "from August 1 to 10", "in the first 10 days of August": a part of a month, its days
    ("days", rf"\b(?P<dm>{MONTH})\s*(?P<d1>\d\d?)(?:st|nd|rd|th)?\s*"
             rf"(?:-|\u2013|to|through|and(?=\s+(?:(?P=dm)\s+)?\d\d?\b(?!,?\s*\d)))\s*(?:(?P=dm)\s+)?"
             rf"(?P<d2>\d\d?)"  # ("between May 19 and 25", "from May 5 to May 25")
             rf"(?:st|nd|rd|th)?\b(?:,?\s*(?P<dy>{YEAR})|\s+(?P<dyrel>(?i:last|this))\s+(?i:year))?"
             rf"|\b(?i:the\s+)?(?i:first)\s+(?P<fd>\d\d?|(?i:ten|two|three|five|seven))\s+(?i:days)\s+(?i:of)\s+"
             rf"(?P<fdm>{MONTH})(?:,?\s+(?P<fdy>{YEAR}))?"),
    # "had sold 3 million vehicles through November": the months from January
    ("through", rf"(?<!\bto\s)\b(?i:through|thru)\s+(?:the\s+end\s+of\s+)?(?P<tm>{MONTH})(?!\s*\d)"
                rf"(?:,?\s+(?P<tmy>{YEAR}))?"),
    # "this year up to March 31": the months from January
    ("upto", rf"\b(?i:(?:this|the\s+current)\s+year\s+(?:up\s+)?(?:to|until|through))\s+(?:the\s+end\s+of\s+)?"
             rf"(?P<um>{MONTH})(?:\s*(?P<ud>\d\d?)(?:st|nd|rd|th)?\b)?"),
    # "As of Oct 19 this year, exports rose 26 percent to 3.7 million": a flow counted since January 1
    ("asofytd", rf"\b(?i:as\s+of)\s+(?P<ytm>{MONTH})\s*(?P<ytday>\d\d?)(?:st|nd|rd|th)?\s+(?i:this\s+year)\b"),
    # "as of the end of May", "by 30th April 2024": that month's count
    ("asofend", rf"\b(?i:as\s+of\s+the\s+end\s+of)\s+(?P<ae>{MONTH})(?!\s*\d)"
                rf"(?:,?\s*(?P<aey>{YEAR})|\s+(?:of\s+)?(?P<aerel>this|last)\s+year\b)?"),
    ("asofday", rf"\b(?i:as\s+of|by)\s+\d\d?(?:st|nd|rd|th)?\s+(?P<ad>{MONTH})"
                rf"(?:,?\s*(?P<ady>{YEAR})|\s+(?:of\s+)?(?P<adrel>this|last)\s+year\b)?"),
    # "as of Jan 26", "by June 30, 2024": a count as of a day is that month's
    ("asof", rf"\b(?i:as\s+of|by)\s+(?:the\s+end\s+of\s+)?(?P<ao>{MONTH})\s*\d\d?(?:st|nd|rd|th)?\b"
             rf"(?:,?\s*(?P<aoy>{YEAR}))?"),
    # A month followed by a day is a date ("Oct. 31, 2024"), not a period; "late July" is a moment.
    ("month", rf"(?<!\blate\s)(?<!\bearly\s)(?<!\bmid-)\b(?P<mo>{MONTH})"
              rf"(?:,?\s+(?:of\s+)?(?P<moy>{YEAR})|\s+(?:of\s+)?(?P<morel>this|last|the\s+current)\s+year\b|(?!\s*\d))"),
    ("since", rf"\bsince\s+(?P<sy>{YEAR})"),
    ("years", rf"\b(?:(?i:from|between)\s+)?(?P<y1>{YEAR})\s*(?:-|\u2013|to|and)\s*(?P<y2>{YEAR})"),
    ("shortyears", r"\b(?P<sy1>(?:19|20)\d\d)[-\u2013](?P<sy2>\d\d)\b(?![\d-])"),  # "(2026-30)"
    ("year", rf"\b(?P<yy>{YEAR})"),
    ("fullyear", r"\b(?i:full-year|full\s+year)\b"),
    ("ytd", r"\b(?i:so\s+far\s+this\s+year|this\s+year\s+so\s+far|(?:the\s+)?year\s+(?:so\s+far|to\s+date)"
            r"|year-to-date"
            # "On a YTD basis, deliveries came to", "YTD deliveries" (not "the YTD top seller")
            r"|on\s+(?:a\s+)?(?-i:YTD)|(?-i:YTD)(?=\s+(?:sales|deliveries|exports|production|output|registrations)\b|,)"
            # ("since the beginning of 2025", in 2025: its months so far)
            rf"|since\s+the\s+(?:beginning|start)\s+of\s+(?:(?:this|the)\s+year|(?P<ytdy>{YEAR})))\b"),
    ("nextyears", r"\b(?i:over|in|within|during)\s+the\s+next\s+(?P<nn>two|three|four|five|[2-5])\s+years\b"),
    # "Within five years, the brand plans to reach 100 countries": the year by which
    ("within", r"\b(?i:within)\s+(?P<wn>two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+years\b"),
    ("relative", r"\b(?P<rl>(?i:last|this|next|the\s+current|the\s+same|the\s+given|the\s+past|the\s+(?:most\s+)?recent"
                 r"|the\s+latest|the\s+just[- ](?:ended|concluded)|the))\s+"
                 r"(?P<ru>(?i:year|month|quarter|period|week))\b(?!-)"),
    # (not the adverb of a change told after the figure: "it stood at 31 per cent and has now climbed")
    ("now", r"\b(?i:now|currently|at present|so far|to date)\b(?!\s+(?:risen|fallen|grown|dropped|climbed|increased"
            r"|decreased|declined)\b(?!\s+(?:to|by)\b))"),
]
_PERIOD_RE = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _PERIOD_PATTERNS))
# A comparison base is not the figure's period: "from a year earlier", "than last year".
_COMPARISON = re.compile(
    r"(?i)\b(?:a|one)\s+year\s+(?:earlier|ago|before)\b|\byear[- ](?:on|over)[- ]year\b"
    r"|(?<=%\s)since\s+last\s+year\b"  # ("up 13.1% since last year": the base, as "on a year earlier")
    r"|\b(?:than|from|over|compar(?:ed|ing)\s+(?:with|to)|versus|against)\s+(?:the\s+same\s+period\s+(?:of\s+|in\s+)?"
    r"|the\s+end\s+of\s+)?"  # ("up 12.8% over the end of last year": a stock's change since)
    # ("set against corresponding period in 2024": the period compared with, "the" or not)
    r"(?:last|the\s+previous|a)\s+year\b|\b(?:the\s+)?(?:same|corresponding)\s+(?:period|month|quarter|week)"
    r"(?:\s+(?:of\s+|in\s+)?(?:last\s+year"
    r"|a\s+year\s+earlier|(?:19|20)\d\d|last\s+month|the\s+previous\s+month))?\b"
)
# A date says when something was said or happened, not the period a figure covers.
_DATE = re.compile(rf"\b(?P<dtm>{MONTH})\s*\d\d?(?:st|nd|rd|th)?\b"
                   rf"(?!\s*(?:-|\u2013|to|through|and)\s*(?:(?P=dtm)\s+)?\d)(?:,?\s*{YEAR})?"
                   rf"|\b{YEAR}-\d\d-\d\d\b"
                   r"|\b(?i:earlier|later)\s+this\s+(?i:week|month|year)\b"  # when it was said, not a period
                   rf"|\b(?i:late|early|mid)[- ]{MONTH}(?:,?\s+{YEAR}|\s+(?i:this|last)\s+year\b)?")  # a moment
_MONTH_FIGURES_OUT_BY = 10  # the day of a month by which the month before has been counted
_PAST_VERB_ONLY = re.compile(r"(?i)\b(?:was|were|had|did|\w+ed)\b")
_PRESENT = re.compile(
    # ("is estimated to be roughly 760,000": an estimate of a period the story tells of, not a state now)
    r"(?i)\b(?:has|have|(?:is|are)(?!\s+(?:estimated|expected|projected)\s+(?:to\s+be|at)\b)|now|currently|hosts?"
    r"|employs?|owns?|operates?|holds?|boasts?|capable\s+of"
    r"|brings\s+(?:its|their)\s+(?:[\w-]+\s+)?network|runs\s+(?:a|its|their)\s+(?:[\w-]+\s+)?network"
    r"|(?:able|enabling\s+\w+|allowing\s+\w+)\s+to)\b")
_PERFECT = re.compile(r"(?i)\b(?:has|have)\s+(?:\w+ly\s+|also\s+|already\s+)?(?:completed|delivered|produced|sold"
                      r"|exported|handled|shipped|made|built|loaded|installed|added)\b")
# (what was done in the period, not a state reached)
_DAY_SPAN = re.compile(r"(\d{4})-(\d\d)-\d\d/\1-\2-\d\d")
_RELEASE_DAY = re.compile(rf"(?i)(?:(?:this|last)\s+week|today|yesterday|(?:on\s+)?(?:{'|'.join(WEEKDAY_NAMES)}))")
_RELEASED_BEFORE = re.compile(r"(?i)\b(?:released|published|announced|said|reported|issued|disclosed|showed"
                              r"|according\s+to)\b[^.;]*$")
_THE_FIGURE_OPENS = re.compile(r"(?i)(?:[^,.;]{0,40},\s*)?(?:the|this|that)\s+(?:(?:monthly|quarterly|annual|latest"
                               r"|new)\s+)?(?:figure|number|total|tally|growth|increase|rise|decline|drop|fall)\s+"
                               r"(?:is|was|marks?|marked)\b")
# "..., which is 18% more than a year ago": the figure before compared, of its period, not a stock counted now
_WHICH_IS_MORE = re.compile(r"(?i)\bwhich\s+(?:is|was)\s+(?:(?:about\s+|around\s+|some\s+|nearly\s+)?[\d.]+\s*"
                            r"(?:%|percent|per\s+cent)\s+(?:more|higher|less|lower|up|down|above|below)\b"
                            # ("..., which is 2.4 times those of a year before")
                            r"|(?:about\s+|around\s+|some\s+|nearly\s+)?[\d.]+\s*(?:times|-fold)\s+(?:that|those)\s+of\b"
                            # ("..., which is a fall of 6% on the week before")
                            r"|an?\s+(?:year[- ]on[- ]year\s+)?(?:increase|decrease|rise|drop|decline|fall|growth|gain)"
                            r"\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+)?[\d.]+\s*(?:%|percent|per\s+cent))")
# "This is 9.3 percent down on a year before", "It is an increase of 38.2 percent": a sentence on
# the figure before, told in the present, of that figure's period
# ("Compared with August, this corresponds to a rise of 6.2 per cent": the change of the figure before)
_IT_IS_MORE = re.compile(r"(?i)(?:[^,.;]{0,40},\s*)?(?:this|that|it)\s+"
                         r"(?:is|was|corresponds\s+to|represents|amounts\s+to)\s+(?:also\s+)?(?:(?:about|around|some|nearly)\s+)?"
                         r"(?:[\d.]+\s*(?:%|percent|per\s+cent)\s+(?:more|higher|less|lower|up|down|above|below)\b"
                         r"|an?\s+(?:escalation|increase|rise|jump|gain|growth|drop|fall|decline|decrease)\s+of\s+[\d.]+)")
_MONTH_ON_MONTH_SINCE = re.compile(rf"(?i)\b(?:month[- ]on[- ]month|month[- ]over[- ]month|(?-i:MoM))\s+"
                                   rf"(?:since|from)\s+(?P<month>(?-i:{MONTH}))")
# "Total turnover has already passed 3 trillion yuan": a flow that reached a level in the period told before
# (a stock, "the city has exceeded 1 million charging piles", is counted when written)
_PERFECT_REACHED = re.compile(r"(?i)\b(?:has|have)\s+(?:\w+ly\s+|also\s+|already\s+|thus\s+)?(?:surpassed|exceeded"
                              r"|reached|topped|passed|hit|come|amounted|totall?ed|grown|risen|climbed|increased|jumped"
                              r"|surged|declined|fallen|dropped)\b")
_PERFECT_ANY = re.compile(r"(?i)\b(?:has|have)\s+(?:\w+ly\s+|also\s+|already\s+)?\w+ed\b")
_SELLING = re.compile(r"(?i)\b(?:selling|sold|delivering|delivered|exporting|exported|producing|produced)\s+"
                      r"(?:about\s+|over\s+|more\s+than\s+|nearly\s+|some\s+)?\d"
                      # ("with 2 012 330 units sold": the participle after the number)
                      r"|\d[\d,. ]*\s+(?:units|vehicles|cars)\s+(?:sold|delivered|exported|produced)\b")
# The words of a flow over a period, and with them money earned over one or, for a flow told in the present, the
# other goods that move
_FLOW_WORDS = r"sales|output|production|exports|deliveries"
_FLOW_OR_MONEY = re.compile(rf"(?i)\b(?:{_FLOW_WORDS}|turnover|revenues?|profits?|income)\b")
# A flow told with "is" or "are" ("The next biggest buyers of its car exports are Peru (123,540), ...", "..., which
# is close to 44% of all those shipped to the EU"): of the period the story tells of, not a state counted as written
# (but what a place has, owns or runs, "The city's chargers are 92,000", is counted as written)
_FLOW_NAMED = re.compile(rf"(?i)\b(?:{_FLOW_WORDS}|export|purchases|shipments|imports)\b")
_STOCK_NAMED = re.compile(r"(?i)\b(?:ownership|fleet|parc|in\s+use|on\s+the\s+road|stations?|piles?|chargers?"
                          r"|employees|staff|workforce|capacity|stores|dealers|network|factories|plants?|now|currently"
                          r"|price[sd]?|costs?|margins?|rates?|shares?\s+(?:price|were|are))\b")
# "In second place is Chile with 50.4 thousand", "Mexico ranks third with 39,800": a place in the ranking the story
# goes on with, of its period
_RANKED_NOW = re.compile(r"(?i)\b(?:in\s+(?:second|third|fourth|fifth|first)\s+place\s+(?:is|are)\b"
                         r"|(?:is|ranks?|comes?|stands?)\s+(?:second|third|fourth|fifth)\s+with\b)")
_COPULA = re.compile(r"(?i)\b(?:is|are)\b")


def _flow_told_in_present(clause: str, sentence: str, mention: Mention) -> bool:
    """Whether a number whose clause is in the present is a flow the story counts over its period: the present
    is "is" or "are" alone, its sentence names a flow and no stock, and the number is a count, money or a share."""
    present = [m.group().lower() for m in _PRESENT.finditer(clause)]
    return bool(present) and all(_COPULA.fullmatch(word) for word in present) and bool(
        _FLOW_NAMED.search(sentence)) and not _STOCK_NAMED.search(sentence) and (
        mention.unit in ("vehicles", "count", "percent") or mention.unit in CURRENCIES)


# "About 50,000 of the cars are electric": a part of the figure before, of its period.
PARTITIVE = re.compile(r"(?i)\b\d[\d,.]*(?:\s+(?:million|thousand|billion))?\s+of\s+(?:the|these|those|them)\b"
                       r"|^(?:this|that|the)\s+(?:growth\s+rate|growth|rate)\s+(?:is|was)\b"
                       r"|^(?:this|that)\s+(?:represents|marks|means)\b")
# "This growth rate is 0.7 percentage points higher ...", "This represents ... and is down 5.2 percent": the figure
# the sentence before states, and its period


@dataclass(frozen=True)
class _Period:
    start: int
    end: int
    period: str


# "its May deliveries": "May" before a measure is the month, not the verb
_MAY_MEASURE = re.compile(r"\s+(?:sales|deliveries|exports|output|production|shipments|registrations|figures|data"
                          r"|numbers|results)\b")


def _month_year(month: int, published: dt.date | None, future: bool) -> int | None:
    """A month named without a year is the latest one up to the article's date (a forecast: the next one)."""
    if published is None:
        return None
    if month > published.month and not future:
        return published.year - 1
    return published.year


def _week_of_month(year: int, month: int, week: int) -> str:
    """The days of a month's n-th week, counted from its first day ("the third week of May": May 15 to 21)."""
    return f"{year}-{month:02d}-{7 * week - 6:02d}/{year}-{month:02d}-{7 * week:02d}"


# a story of a month's weeks: a week named with its month, or figures a day
_WEEKS_OF_A_MONTH = re.compile(rf"(?i)\bweek\s+of\s+{MONTH}|\bdaily\b")
_MONTH_NAMED = re.compile(rf"\b(?P<month>{MONTH})")


def _bare_week(text: str, at: int, ordinal: str, published: dt.date | None, future: bool) -> str:
    """The days of "the second week" in a story of a month's weeks ("The first week of December ... into the second
    week, daily sales averaged 83,000"): a week of the last month named before it, else of the month of
    publication; "" in another story ("in the first week after its launch")."""
    if not _WEEKS_OF_A_MONTH.search(text):
        return ""
    named = [m["month"] for m in _MONTH_NAMED.finditer(text, 0, at)]
    month = _MONTHS[named[-1].rstrip(".")] if named else (published.month if published else 0)
    year = _month_year(month, published, future) if month else None
    return _week_of_month(year, month, _ORDINALS[ordinal.lower()]) if year else ""


def _ref_year(match: re.Match[str], n: str, published: dt.date | None) -> int | None:
    if match[f"{n}y"]:
        return int(match[f"{n}y"])
    relative = (match[f"{n}rel"] or "").lower()
    if relative == "the":
        return None  # "over the year's first ten months": the latest such months up to the article's date
    if relative and published:
        return published.year + {"last": -1, "next": 1}.get(relative, 0)
    return None


def _relative_year(word: str | None, published: dt.date | None) -> int | None:
    """The year "this year" or "last year" names, from the article's date."""
    if not word or published is None:
        return None
    return published.year - (word.lower() == "last")


def _period_after(period: str) -> str:
    """The month after a month ("2025-12" -> "2026-01"), the year after a year ("2024" -> "2025")."""
    if len(period) == 4:
        return str(int(period) + 1)
    year, month = map(int, period.split("-"))
    return f"{year + month // 12}-{month % 12 + 1:02d}"


def _months(year: int | None, first: int, last: int) -> str:
    if year is None:
        return ""
    if (first, last) in ((1, 6), (7, 12)):
        return f"{year}-H{1 if first == 1 else 2}"
    if first == last:
        return f"{year}-{first:02d}"
    return f"{year}-{first:02d}/{year}-{last:02d}"


# A period right after "from", "than", "over the same period in" is what a change is measured against.
# "sold 4,100 cars over the first nine months": the months it sold them in, not a base
_OVER_THE_FIRST = re.compile(r"(?i)\bover\s+(?:the\s+)?$")
# "Over January to August 2024, China exported ...": a sentence that opens with "over" names its span, no base
_OVER_OPENS = re.compile(r"(?:^|[.!?]\s+|\n)(?i:over|during)\s+$")
_OWN_SPAN = re.compile(r"(?i)(?:the\s+)?(?:first|initial)\s+(?!.*\b(?:last|previous)\s+year\b)"
                       # ("came to 6.41mn units over January-July": the months the total is of)
                       rf"|(?-i:{MONTH})\s*(?:-|\u2013|to|through)\s*(?-i:{MONTH})\b")
_BASE_BEFORE = re.compile(
    r"(?i)\b(?:from|than(?:\s+in)?|over|on|compar(?:ed|ing)\s+(?:with|to)|versus|vs\.?|against|above|below"
    r"|exceed(?:ing|ed|s)?|surpass(?:ing|ed|es)?|overtak(?:ing|es)|overtook)"
    r"(?:\s+the\s+same\s+(?:period|month|quarter|week)\s+(?:of|in)|\s+the|\s+that\s+of"
    r"|\s+(?:its|their|the)\s+(?:(?:previous|prior|last|record)\s+)?(?:performance|level|figure|result|sales|total"
    r"|high|record|peak|low)(?:\s+[A-Za-z-]+){0,2}?\s+in)?\s*$"  # "compared with the 2023
    # level", "down 5% than that of last month"
    r"|\bthan\s+(?:the|that)(?:\s+[\w-]+){0,3}\s+(?:recorded|seen|posted|registered|reported|logged)(?:\s+in)?\s*$"
    r"|\bthan\s+(?:they|it|we|he|she|the\s+\w+)\s+(?:did|had|was|were)(?:\s+in)?\s*$"  # "than they did last year"
    r"|\b(?:times|fold)\s+(?:that|those)\s+of\s*$"  # "2.4 times that of 2023": the base of a multiple

)  # "higher than the rate recorded from January to April"
_RECORD_SET_BEFORE = re.compile(r"(?i)\brecord\s+(?:high\s+|level\s+)?(?:set|reached|hit|posted|established|seen)"
                                r"\s+(?:back\s+)?(?:in|on)\s*$")
_TIMES_BEFORE = re.compile(r"(?i)\b(?:for\s+the\s+(?:\w+|\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?time"
                           r"|(?:two|three|four|five|several|many|\d+)\s+times)\s+$")
_NUMBER_BASE_BEFORE = re.compile(
    r"(?i)\bfrom\s+(?P<number>(?:(?:RMB|CNY|USD|EUR|US\$|HK\$|\$|\u20ac|\u00a3)\s*)?[\d.,]+"
    r"(?:\s+(?:million|billion|thousand))?)(?:(?:\s+[a-zA-Z.]+)?(?:\s*\([^()]{1,30}\))?"  # ("... yuan (888 USD)")
    r"(?:\s+[a-zA-Z.]+){0,2}\s+"
    r"(?:in(?:\s+the)?|at\s+the\s+end\s+of)"  # ("down from 36.8 percent at the end of the year before")
    # ("from 45,000 this year", not "from 30 countries last year": those say where from)
    r"|)\s*$")


def _paragraph_start(text: str, position: int) -> int:
    return text.rfind("\n\n", 0, position) + 1


def _periods_in(text: str, start: int, end: int, published: dt.date | None, future: bool,
                mention: Mention | None = None, bases: bool = True) -> list[_Period]:
    segment = text[start:end]
    masked = [(m.start(), m.end()) for pattern in ((_COMPARISON, _DATE) if bases else (_DATE,))
              for m in pattern.finditer(segment)]
    found: list[_Period] = []
    for match in _PERIOD_RE.finditer(segment):
        if any(a <= match.start() < b for a, b in masked):
            continue
        if mention and _is_base_of(text, mention, start + match.start()):
            continue
        # (the words before it in its paragraph: not "... from 20,498 in July.\n\nIn the January-August period")
        lead = text[max(0, start + match.start() - 60, _paragraph_start(text, start + match.start())) :
                    start + match.start()]
        if bases and _BASE_BEFORE.search(lead) and not (
                match.lastgroup == "days" and lead.rstrip().lower().endswith("from")) and not (
                _OVER_THE_FIRST.search(lead) and _OWN_SPAN.match(match.group())) and not _OVER_OPENS.search(lead):
            continue  # (but "from August 1 to 10" names the days, "over the first six months" the months)
        record = _RECORD_SET_BEFORE.search(lead) if bases else None
        if record and not (mention and re.fullmatch(r"\s*", text[mention.end : start + match.start() - len(lead)
                                                                    + record.start()])):
            continue  # "beating the 2.1 million record set in March 2021": the beaten record's date, not the figure's
        if _TIMES_BEFORE.search(lead):
            continue  # "up over 12 percent for the third time this year": how often, not when
        base = _NUMBER_BASE_BEFORE.search(lead) if bases else None
        if base and not (mention and start + match.start() - len(lead) + base.start("number") == mention.start):
            continue
        if match.lastgroup == "weekof" and _DAYS_NAMED_AFTER.match(text, start + match.end()):
            continue  # ("the first week of July, July 1-9, ...": the days it names)
        if re.fullmatch(r"(?i)last\s+week", match.group()) and not _WEEKLY_STORY.search(text, 0, max(text.find("\n"),
                                                                                                   0)):
            continue  # ("trimmed its guidance last week": when it was said, outside a story of a week's figures)
        told = published is not None and _tells_of_year(text, published.year - 1)
        at = start + match.start()
        period = (_bare_week(text, at, match["wb"], published, future) if match.lastgroup == "weekbare"
                  else _read_period(match, published, future, told))
        if re.fullmatch(r"(?i)this\s+month", match.group()) and re.search(
                rf"\b(?i:in)\s+(?:{MONTH})", text[_paragraph_start(text, at) : at]):
            continue  # "In August, ... This month, the volume was ...": the month the paragraph named
        if period and not future and published and int(period[:4]) > published.year:
            continue  # "to hit 2 million in 2020" in 2018: no actual figure covers a year still to come
        if period and published and not future and period == str(published.year) and re.match(
                r"(?i)this\s+year", match.group()):
            period = _year_so_far(text, start + match.start(), published) or period
        if period and published and not future and match.lastgroup == "ytd" and not (
                match["ytdy"] and int(match["ytdy"]) != published.year):
            period = _months_counted(text, start + match.start(), published) or period
        if period and found and re.fullmatch(r"(?i)this\s+year", match.group()) and re.fullmatch(
                r"\s+(?:period\s+)?", text[found[-1].end : at]):
            continue  # "over the March 1-9 period this year": the year of the days named, no period of its own
        if period:
            found.append(_Period(start + match.start(), start + match.end(), period))
    return found


# A base a change is measured against, named after it: "a 0.83% increase from the 71,000 vehicles sold in June
# 2024", "a 13.7% rise compared to the 58,400 vehicles sold in May", "climbing some 9% from Q1 2025", "from Q2 of
# 2024", "up 58% from Q1"
_NAMED_BASE = re.compile(
    # ("rose by 1.1 percentage points, up from 4.0 percent in January": the change from that month's)
    rf"(?i)^\s*(?:,\s*(?:up|down)\s+(?=from\s+[\d.]+\s*(?:%|percent|per\s+cent)\s+in\s))?"
    rf"(?:(?:increase|rise|jump|gain|growth|drop|fall|decline|decrease|slump|improvement)\s+)?"
    rf"(?:from|over|on|(?:when\s+|as\s+)?compared\s+(?:to|with)|versus|against"
    rf"|(?:more|less|higher|lower|fewer)\s+than(?:\s+in)?)\s+(?:the\s+|its\s+|an?\s+)?"  # ("3.6% more than in March")
    # ("a slide of 21.9 per cent from its all-time peak of 16,000 units set in December": the base's level)
    rf"(?:(?:[a-z-]+\s+){{1,3}}?of\s+)?"
    # ("grew 4% from RMB 30.2 billion in the second quarter (Q2) of 2025": a sum's quarter)
    rf"(?:(?:about\s+|some\s+|around\s+)?(?:RMB\s*|CNY\s*|US\$\s*|\$)?[\d,.]+\s+(?:[a-z-]+\s+){{0,5}}?(?:in|of|during)\s+)?"
    rf"(?:(?P<month>{MONTH})(?:\s+(?P<my>{YEAR}))?|Q(?P<q>[1-4])(?:\s+(?:of\s+)?(?P<qy>{YEAR}))?"
    # ("and 21.7% as compared with the first quarter": the year's first quarter)
    rf"|the\s+(?P<nq>first|second|third|fourth)\s+quarter(?:\s*\(Q[1-4]\))?(?:(?:\s+of)?\s+(?P<nqy>{YEAR}))?)"
    # ("31.5% lower than the fourth quarter of last year", said of a first quarter)
    rf"(?:\s+(?:of\s+)?(?P<last>last\s+year|the\s+previous\s+year))?(?![\w-])")
# "slid from Q4 2023 (by 41 per cent)": a base named before the change it is the base of
BASE_BEFORE_BRACKET = re.compile(r"(?i)\b(?:from|over|than|compared\s+(?:with|to))\s+[^()]{2,40}?"
                                 r"(?=\s*\(\s*(?:by\s+)?$)")
_QUARTER_SPAN = re.compile(r"(\d{4})-(?:Q([1-4])|(01|04|07|10)/\1-(?:03|06|09|12))")


def base_step(period: str, after: str) -> str:
    """How far back the base named at the start of `after` lies from a figure of `period`: "yoy" (the same month or
    quarter a year before), "mom" (the month before), "qoq" (the quarter before), "" when no base is named or it is
    none of these."""
    base = _NAMED_BASE.match(after)
    month = re.fullmatch(r"(\d{4})-(\d\d)", period)
    quarter = _QUARTER_SPAN.fullmatch(period)
    if not base or not (month or quarter):
        return ""
    if month and base["month"]:
        year, number = int(month[1]), int(month[2])
        said = _MONTHS[base["month"].rstrip(".")]
        said_year = int(base["my"]) if base["my"] else None
        if said == number and said_year == year - 1:
            return "yoy"
        before = (year, number - 1) if number > 1 else (year - 1, 12)
        if said == before[1] and said_year in (None, before[0]):
            return "mom"
        return ""
    if quarter and (base["q"] or base["nq"]):
        year, number = int(quarter[1]), int(quarter[2]) if quarter[2] else (int(quarter[3]) + 2) // 3
        said = int(base["q"]) if base["q"] else _ORDINALS[base["nq"].lower()]
        # ("up 58% from Q1": the year's first quarter; "from the third quarter of last year": the year before the
        # story's, which may be the figure's own)
        said_years = (year - 1, year) if base["last"] else (int(base["qy"] or base["nqy"] or year),)
        if said == number and year - 1 in said_years:
            return "yoy"
        if ((year, number - 1) if number > 1 else (year - 1, 4)) in [(y, said) for y in said_years]:
            return "qoq"
    return ""


def periods_named(text: str, start: int, end: int, published: dt.date | None) -> list[str]:
    """Every period text[start:end] names, what a change is measured against included, as a past and as a
    coming period ("in May" before the article's May is this year's May, or next year's in an outlook)."""
    return [p.period for future in (False, True) for p in _periods_in(text, start, end, published, future, bases=False)]


def _year_so_far(text: str, position: int, published: dt.date) -> str:
    """"this year's 29.3 percent" after the first half's figures: the part of the year they cover so far."""
    body = body_start(text)
    if position <= body:
        return ""
    earlier = _periods_in(text, body, position, published, False)
    since_january = [p.period for p in earlier if re.fullmatch(
        rf"{published.year}-(?:H1|01/{published.year}-\d\d)", p.period)]
    return since_january[-1] if since_january else ""


def _months_counted(text: str, position: int, published: dt.date) -> str:
    """"year-to-date" in a story on March's figures published in April: January to March, the last month of the
    year the story names before it, when that month is before the one counted by the publication date; else ""."""
    body = body_start(text)
    if position <= body:
        return ""
    ends = [period_bounds(p.period)[1] for p in _periods_in(text, body, position, published, False, bases=False)
            if re.fullmatch(rf"{published.year}-(?:\d\d|Q[1-4]|H[12]|01/{published.year}-\d\d)", p.period)]
    last = published.month - (published.day <= _MONTH_FIGURES_OUT_BY)
    if not ends or max(ends).year != published.year or max(ends).month >= last:
        return ""
    return _months(published.year, 1, max(ends).month)


@functools.lru_cache(maxsize=64)
def _tells_of_year(text: str, year: int) -> bool:
    """Whether the article names the year (the one before it was published: a story of last year)."""
    return bool(re.search(rf"\b{year}\b", text))


def _read_period(match: re.Match[str], published: dt.date | None, future: bool, last_year_told: bool = False) -> str:
    kind = match.lastgroup
    year_now = published.year if published else None
    if kind == "months":
        count = match["mn"] or match["mn2"] or match["mn3"]
        months = int(count) if count.isdigit() else _COUNTS.get(count.lower(), 0)
        if not 1 <= months <= 12:
            return ""
        if match["mn3"]:
            year = _ref_year(match, "m3", published)
            return _months(year, 13 - months, 12) if year else ""
        year = _ref_year(match, "m", published) or _ref_year(match, "m2", published) or _month_year(
            months, published, future)
        if match["mn2"] and months == 12 and year:
            return str(year)  # "the 12 months of 2023": the year
        return _months(year, 1, months)
    if kind == "days":
        month = _MONTHS[(match["dm"] or match["fdm"]).rstrip(".")]
        first, last = (int(match["d1"]), int(match["d2"])) if match["dm"] else (1, int(match["fd"]) if match[
            "fd"].isdigit() else _COUNTS.get(match["fd"].lower(), 0))
        year = int(match["dy"] or match["fdy"] or 0) or _relative_year(match["dyrel"], published) or _month_year(
            month, published, future)
        try:
            days = (dt.date(year, month, first), dt.date(year, month, last)) if year else None
        except ValueError:
            return ""
        if days and first == 1 and (days[1] + dt.timedelta(days=1)).day == 1:
            return f"{year}-{month:02d}"  # "from December 1 to 31": the whole month
        return f"{days[0].isoformat()}/{days[1].isoformat()}" if days and days[0] < days[1] else ""
    if kind == "wnum":
        week = int(match["wkn"])
        year = int(match["wky"] or 0) or (published.year if published else 0)
        if year and published and not match["wky"] and week > published.isocalendar()[1]:
            year -= 1  # ("W52" read in January: the last year's)
        return _iso_week(year, week) if year else ""
    if kind == "weekof":
        month, week = _MONTHS[match["wm"].rstrip(".")], _ORDINALS[match["wo"].lower()]
        year = int(match["wy"]) if match["wy"] else _month_year(month, published, future)
        return _week_of_month(year, month, week) if year else ""
    if kind == "quarters":
        quarters = int(match["qn"]) if match["qn"].isdigit() else _COUNTS[match["qn"].lower()]
        year = _ref_year(match, "q", published) or _month_year(3 * quarters, published, future)
        return _months(year, 1, 3 * quarters)
    if kind == "qended":
        month = _MONTHS[match["qem"].rstrip(".")]
        year = int(match["qey"]) if match["qey"] else _month_year(month, published, future)
        return f"{year}-Q{(month - 1) // 3 + 1}"
    if kind == "qmonth":
        month = _MONTHS[match["qmm"]]
        year = int(match["qmy"]) if match["qmy"] else _month_year(month, published, future)
        return f"{year}-Q{month // 3}" if year else ""
    if kind == "qspan":
        first, last = int(match["qs1"]), int(match["qs2"])
        year = int(match["qsy0"] or match["qsy"] or 0) or _month_year(3 * last, published, future)
        return _months(year, 3 * first - 2, 3 * last) if year and first < last else ""
    if kind in ("quarter", "q"):
        quarter = _ORDINALS[match["qo"].lower()] if kind == "quarter" else int(match["qq"])
        year = ((_ref_year(match, "o", published) or int(match["oay"] or 0)
                 or _relative_year(match["oarel"], published))
                if kind == "quarter" else
                (int(match["qqy"] or match["qqs"]) if match["qqy"] or match["qqs"] else None)) or _month_year(
                    3 * quarter - (2 if future else 1), published, future)  # (an actual one under way a month)
        return f"{year}-Q{quarter}" if year else ""
    if kind == "monthsended":
        last = _MONTHS[match["mem"].rstrip(".")]
        count = (_COUNTS.get(match["men"].lower()) or int(match["men"])) * (
            3 if match["meu"].lower() == "quarters" else 1)
        # ("sees a loss for the nine months ended September 30": months over, even in an outlook)
        over = bool(re.search(r"(?i)\bended\b", match.group()))
        year = int(match["mey"]) if match["mey"] else _month_year(last, published, future and not over)
        if year and last < count <= 12:  # "in the 12 months to June 2024": from the July before
            first = last - count + 13
            return f"{year - 1}-{first:02d}/{year}-{last:02d}"
        if not year or count > last:
            return ""
        return (f"{year}-Q{last // 3}" if count == 3 and last % 3 == 0 else
                str(year) if count == 12 else _months(year, last - count + 1, last))
    if kind == "yended":
        last, year = _MONTHS[match["yem"].rstrip(".")], int(match["yey"])
        return str(year) if last == 12 else f"{year - 1}-{last + 1:02d}/{year}-{last:02d}"
    if kind == "hshort":
        half = int(match["hsn"])
        return _months(2000 + int(match["hsyy"]), 6 * half - 5, 6 * half)
    if kind == "yearpart":
        year = int(match["ypy"])
        return f"{year}-Q{match['ypq']}" if match["ypq"] else _months(year, 6 * int(match["yph"]) - 5,
                                                                      6 * int(match["yph"]))
    if kind == "qshort":
        return f"{2000 + int(match['qsyy'])}-Q{match['qsn']}"
    if kind == "h":
        half = int(match["hh"])
        year = int(match["hhy"]) if match["hhy"] else _month_year(6 * half - (5 if future else 4), published, future)
        return _months(year, 6 * half - 5, 6 * half)
    if kind == "ofyear":
        year, which = int(match["oyy"]), match["oyo"].lower()
        if match["oyu"].lower() == "half":
            half = 1 if which == "first" else 2
            return _months(year, 6 * half - 5, 6 * half)
        return f"{year}-Q{_ORDINALS.get(which, 4)}"  # ("final", "latter": the fourth)
    if kind == "pastmonths":
        if not published:
            return ""
        count = _COUNTS.get(match["pmn"].lower()) or int(match["pmn"])
        last_month = published.year * 12 + published.month - 2  # (the month before publication, from 0)
        first = last_month - count + 1
        return f"{first // 12}-{first % 12 + 1:02d}/{last_month // 12}-{last_month % 12 + 1:02d}"
    if kind == "half":
        half = 1 if match["ho"].lower() == "first" else 2
        year = _ref_year(match, "h", published) or _month_year(6 * half - (5 if future else 4), published, future)
        return _months(year, 6 * half - 5, 6 * half)
    if kind == "range":
        first, last = _MONTHS[match["r1"].rstrip(".")], _MONTHS[match["r2"].rstrip(".")]
        year = int(match["r2y"] or match["r1y"] or 0) or _relative_year(match["r2rel"], published) or _month_year(
            last, published, future)  # (the months up to the last one: "January-November", said in January)
        return _months(year, first, last) if first <= last else ""
    if kind == "through":
        month = _MONTHS[match["tm"].rstrip(".")]
        year = int(match["tmy"]) if match["tmy"] else _month_year(month, published, future)
        return _months(year, 1, month) if year else ""
    if kind == "upto" and published:
        month = _MONTHS[match["um"].rstrip(".")]
        if match["ud"] and int(match["ud"]) < calendar.monthrange(published.year, month)[1]:
            # "This year up to May 20": the days from January 1
            return f"{published.year}-01-01/{published.year}-{month:02d}-{int(match['ud']):02d}"
        return _months(published.year, 1, month)
    if kind == "asofytd" and published:
        month, day = _MONTHS[match["ytm"].rstrip(".")], int(match["ytday"])
        try:
            end = dt.date(published.year, month, day)
        except ValueError:
            return ""
        return f"{published.year}-01-01/{end.isoformat()}" if end <= published else ""
    if kind == "nmonth" and published:
        count = _COUNTS.get(match["nmn"].lower()) or int(match["nmn"])
        year = published.year if published.month > count else published.year - 1
        return f"{year}-Q1" if count == 3 else f"{year}-H1" if count == 6 else _months(year, 1, count)
    if kind == "halfyear" and match["hyy"]:
        return f"{match['hyy']}-H1"
    if kind == "halfyear" and published:
        return f"{published.year}-H1" if published.month >= 7 else f"{published.year - 1}-H2"
    if kind in ("asof", "asofend", "asofday"):
        group = {"asof": "ao", "asofend": "ae", "asofday": "ad"}[kind]
        month = _MONTHS[match[group].rstrip(".")]
        relative = _relative_year(match[group + "rel"], published) if kind != "asof" else None
        year = int(match[group + "y"]) if match[group + "y"] else relative or _month_year(month, published, future)
        return f"{year}-{month:02d}" if year else ""
    if kind == "month":
        month = _MONTHS[match["mo"].rstrip(".")]
        before = match.string[max(0, match.start() - 6) : match.start()].lower()
        if match["mo"] == "May" and not match["moy"] and not before.endswith(
                ("in ", "of ", "since ", "for ", "this ", "last ", "during ", "its ", "their ")) and not (
                    _MAY_MEASURE.match(match.string, match.end())):
            return ""  # "may" is as often a verb: "May" counts only as "in May", "this May", "of May 2024",
            # "its May record" or before a measure: "the May deliveries"
        year = int(match["moy"]) if match["moy"] else (
            _relative_year(match["morel"], published) or _month_year(month, published, future))
        if year and published and not match["moy"] and not match["morel"] and before.endswith("last ") and (
                (published.year - year) * 12 + published.month - month <= 2):
            # "the 40,270 cars handed over last August", said in September: a year before the August just gone (which
            # would be "in August")
            year -= 1
        if published and not future and not match["moy"] and not match["morel"] and month == published.month and not (
                _ESTIMATED_BEFORE.search(match.string, max(0, match.start() - 80), match.start())) and last_year_told:
            # "exported 7.06 million in 2025 ... January volume of 470,000", said on January 16: in a story of last
            # year, a month not over yet is last year's
            year = published.year - 1
        return f"{year}-{month:02d}" if year else ""
    if kind == "since":
        return f"{match['sy']}/{year_now}" if year_now and int(match["sy"]) < year_now else ""
    if kind == "years":
        first, last = int(match["y1"]), int(match["y2"])
        return f"{first}/{last}" if first < last else ""
    if kind == "shortyears":
        first, last = int(match["sy1"]), int(match["sy1"][:2] + match["sy2"])
        return f"{first}/{last}" if first < last else ""
    if kind == "year":
        return match["yy"]
    if kind == "fullyear" and published:
        if not future and published.month <= _ANNUAL_RESULTS_BY and _RESULT_AFTER.match(match.string, match.end()):
            return str(published.year - 1)  # "Zeta's full-year profit beat estimates", said in March: last year's
        return str(published.year)
    if kind == "ytd" and published and match["ytdy"] and int(match["ytdy"]) != published.year:
        return match["ytdy"]  # ("since the start of 2023", written in 2025: that year's, as before)
    if kind == "ytd" and published:
        # In a month's first days the figures so far are those of the months before; later, this month's too.
        last = published.month - (published.day <= _MONTH_FIGURES_OUT_BY)
        return _months(published.year, 1, last) if last else str(published.year - 1)
    if kind == "within" and published:
        return str(published.year + (int(match["wn"]) if match["wn"].isdigit() else _COUNTS[match["wn"].lower()]))
    if kind == "nextyears" and published:  # "over the next two years", counted from the year of publication
        years = int(match["nn"]) if match["nn"].isdigit() else _COUNTS[match["nn"].lower()]
        return f"{published.year}/{published.year + years - 1}"
    if kind == "relative" and published:
        which, unit = " ".join(match["rl"].lower().split()), match["ru"].lower()
        if which == "the" and unit == "year" and match.string[max(0, match.start() - 4) : match.start()] == "for ":
            # "likely to top 11 million units for the year"; an actual figure's "for the year" is the year named
            return str(published.year) if future else ""
        if which == "the past" and unit == "year":
            # "rose 48.3 percent in the past year", told in January or February: the year just ended
            return str(published.year - 1) if published.month <= 2 and not future else ""
        if which.startswith(("the recent", "the most recent", "the latest", "the just")):
            if unit not in ("quarter", "month"):
                return ""
            which = "last"  # "revenue of $310 million in the latest quarter", told after it: the last one ended
        elif which in ("the", "the same", "the given", "the past") or unit == "period":
            return ""  # "in the quarter", "in the period": the period of the figures it continues
        if which == "the current" and unit not in ("quarter", "month", "year"):
            return ""
        shift = {"last": -1, "next": 1}.get(which, 0)  # ("for the current quarter": this one)
        if unit == "week" and which == "last":
            # "Halden logged 6,200 registrations last week", in a story of a week's sales: the Monday-to-Sunday week
            # before the one it was written in (see _periods_in; elsewhere "last week" is when something was said)
            return _week_from(published - dt.timedelta(days=published.weekday() + 7))
        if unit == "week":  # "passed 2 million units this week": the month it was written in
            return f"{published.year}-{published.month:02d}" if which == "this" else ""
        if unit == "year":
            return str(published.year + shift)
        if unit == "month":
            month = published.month - 1 + shift
            return f"{published.year + month // 12}-{month % 12 + 1:02d}"
        quarter = (published.month - 1) // 3 + shift
        year, quarter = published.year + quarter // 4, quarter % 4
        return f"{year}-Q{quarter + 1}"
    if kind == "now" and published:
        return f"{published.year}-{published.month:02d}"
    return ""


def _nearest(found: list, start: int, end: int):
    def distance(item) -> int:
        return max(item.start - end, start - item.end, 0)

    return min(found, key=distance) if found else None


# "..., while in March alone ...", "and in June, ...": a clause that turns to a period of its own
_PERIOD_SWITCH_BEFORE = re.compile(r"(?i)(?:\b(?:while|whereas|but|and)|;)\s+(?:in|for|during)\s+(?:the\s+)?"
                                   r"(?:month\s+of\s+)?$")  # ("In May the share was 35%; in 2023 as a whole, 30%")
_AS_OF_BEFORE = re.compile(r"(?i)\b(?:as\s+of|through|until|up\s+to|to|by)\s+(?:the\s+end\s+of\s+)?$")
_BRINGING_TO = re.compile(r"(?i),\s*(?:bringing|taking|lifting|pushing)\s[^,;.]*")
_ANOTHER_CLAUSE = re.compile(r"(?i),\s*(?:and|while|but|whereas)\s")
_FULL_YEAR_WORDS = re.compile(r"(?i)full[- ]year|annual|whole[- ]year")
_GOAL_AFTER = re.compile(r"(?i)\s+(?:(?:annual|sales|delivery|deliveries|output|production)\s+)?(?:target|goal"
                         r"|guidance|forecast|outlook)s?\b")
_SAME_PERIOD_AFTER = re.compile(
    r"(?i)\s*(?:units\s+|vehicles\s+)?(?:(?:delivered|sold|produced|exported|shipped)\s+)?(?:in|during)\s+the\s+"
    r"(?:same|corresponding)\s+(?:period|month|quarter)\s+(?:of\s+|in\s+)?"
    r"(?P<when>last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year|(?:19|20)\d\d)\b")
# "13% in the previous quarter", "from 1.52 billion yuan in the preceding quarter": the quarter before the story's
_PREVIOUS_QUARTER_AFTER = re.compile(r"(?i)(?:\s*\([^()]{1,30}\))?\s*(?:[a-z-]+\s+){0,2}?(?:(?:in|during)\s+the\s+"
                                     r"(?:previous|prior|preceding)\s+quarter|a\s+quarter\s+(?:earlier|before|ago))\b")


# "41.5 percent more than a year before", "up 20 percent year on year": a change, not a share
_CHANGE_AFTER = re.compile(r"(?i)\s*(?:(?:more|less|higher|lower|fewer)\s+than\b|year[- ]on[- ]year\b"
                           r"|from\s+a\s+year\b)")
_END_OF = re.compile(rf"(?i)\bby\s+the\s+end\s+of\s+(?P<month>(?-i:{MONTH}))")


def _ended_before(period: str, published: dt.date) -> bool:
    """Whether the period was over before the month the article was published in."""
    try:
        last = period_bounds(period)[1]
    except ValueError:
        return False
    return (last.year, last.month) < (published.year, published.month)


def _counted(unit: str) -> str:
    """A unit, with vehicles counted as counts: "10,000, 20,000 and 30,000 cars" says its noun once, after the last."""
    return "count" if unit in ("count", "vehicles") else unit


_YEAR_LIST = re.compile(r"\b(?:19|20)\d\d(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:19|20)\d\d)+\b")


def _year_in_turn(text: str, mention: Mention, spans: Spans) -> str:
    """"In 2021, 2022 and 2023, Zeta sold 10,000, 20,000 and 30,000 cars respectively", "From 2017-2020, sales were
    A, B, C and D, respectively": the n-th year for the n-th number of the unit, or ""."""
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    if not re.search(r"(?i)\brespectively\b", sentence):
        return _year_in_a_list(text, mention, spans)
    # the years open the sentence ("In 2021, 2022 and 2023, ...", "From 2021-2023, ...") or come right before
    # "respectively"; and no list of names is what the numbers pair with ("Zeta Motors and Lumen sold ...")
    opening = re.match(r"\s*(?:In|From|During)\s+", sentence)
    years_at = re.search(r"(?:(?:19|20)\d\d)(?:\s*,)?\s+respectively\b", sentence)
    listed = _YEAR_LIST.match(sentence, opening.end()) if opening else None
    span = _YEAR_SPAN.match(sentence, opening.end()) if opening else None
    if not (listed or span) and years_at:
        listed = next((m for m in _YEAR_LIST.finditer(sentence) if m.start() <= years_at.start() < m.end()), None)
    named = re.search(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:\s*,\s*|\s+and\s+)(?:and\s+)?[A-Z]", sentence)
    if named:
        return ""
    if listed:
        years = re.findall(r"(?:19|20)\d\d", listed.group())
    elif span and 2 <= _last_year(span) - int(span["first"]) <= 9:
        years = [str(y) for y in range(int(span["first"]), _last_year(span) + 1)]
    else:
        return ""
    numbers = [m.start for m in mentions_in(text, *spans.sentence)
               if _counted(m.unit) == _counted(mention.unit) and not re.fullmatch(r"(?:19|20)\d\d", m.text)]
    if len(numbers) != len(years) or mention.start not in numbers:
        return ""
    return years[numbers.index(mention.start)]


# "short of the average forecast of", "beating analysts' estimates of"
_CONSENSUS_BEFORE = re.compile(r"(?i)\b(?:missing|miss(?:ed|es)?|beating|beat|beats|topping|topped|above|below"
                               r"|exceed(?:ing|ed|s)?|surpass(?:ing|ed|es)?|outpac(?:ing|ed|es)"
                               r"|ahead\s+of|short\s+of|against|versus|vs\.?)\s+(?:the\s+|an?\s+)?(?:[\w'\u2019-]+\s+){0,2}?"
                               r"(?:analysts?['\u2019]?\s+)?"
                               r"(?:consensus\s+|average\s+|market\s+)?(?:estimates?|forecasts?|expectations?)\s+"
                               r"(?:of\s+|for\s+)?(?:about\s+|around\s+)?$")


# "above the $2.1 billion forecast by analysts", "guidance of RMB 9.8 billion to RMB 10.2 billion"
# ("the 5.2 billion yuan profit forecast by analysts": what it is of, then by whom it was expected)
_EXPECTED_BY_AFTER = re.compile(r"(?i)(?:\s+(?:net\s+)?(?:profit|revenue|income|loss|sales|figure))?\s+"
                                r"(?:expected|forecast|estimated|projected)\s+by\s+(?:\w+\s+){0,2}?analysts\b")
_GUIDANCE_BEFORE = re.compile(r"(?i)\bguidance\s+(?:range\s+)?(?:of\s+)?(?:(?:\S+\s+){1,4}?to\s+)?$")
# "beating the 98.4 billion yuan average of analysts' estimates", "short of the 6.9 billion yuan analysts were
# looking for", "the 2.1 billion yuan that analysts had expected": the estimate named after its number
_ESTIMATE_AFTER = re.compile(r"(?i)\s+(?:(?:average|consensus|mean|median)\s+(?:of\s+)?(?:[\w'\u2019-]+\s+){0,2}?"
                            r"(?:estimates?|forecasts?|expectations?)\b|(?:that\s+)?(?:[\w-]+\s+){0,2}?analysts\s+"
                            r"(?:(?:had|were|was|have)\s+)?(?:looking\s+for|expecting|expected|forecast|estimated"
                            r"|predicted|projected|anticipated)\b)")
_THE_BEFORE = re.compile(r"(?i)\bthe\s+(?:[A-Z]{2,4}\s*)?$")
# "Analysts had expected a profit of 2.2 billion yuan", after the sentence that gives the profit
_ESTIMATES_OPEN = re.compile(r"(?i)\s*(?:(?:Wall\s+Street\s+)?analysts?['\u2019]?\s+(?:had\s+)?"
                             r"(?:expectations?|estimates?|forecasts?|expected|estimated|forecast|predicted)"
                             r"|(?:The\s+)?(?:consensus|average)\s+(?:analysts?['\u2019]?\s+)?"
                             r"(?:estimate|forecast|expectation)s?)\b")
# "This fell short of ...", "Notably, it still missed ...": a sentence about the figure the one before gave
_ABOUT_THE_FIGURE_BEFORE = re.compile(r"(?i)\s*(?:\w+ly,?\s+)?(?:That|This|It|The\s+(?:figure|result|profit|number))\b")


def estimate_beside(text: str, mention: Mention, spans: Spans) -> Mention | None:
    """The figure an estimate is set beside ("30.2 billion yuan, missing the consensus estimate of 31.8 billion
    yuan" -> 30.2 billion yuan), or None when the number is no such estimate."""
    opens = _ESTIMATES_OPEN.match(text, spans.sentence[0])
    window = max(spans.sentence[0], mention.start - 90)
    if not spans.sentence[0] <= mention.start < spans.sentence[1] or not (
            _CONSENSUS_BEFORE.search(text, window, mention.start)
            or (opens and not any(m.unit == mention.unit for m in mentions_in(text, spans.sentence[0], mention.start)))
            or _EXPECTED_BY_AFTER.match(text, mention.end)
            or _GUIDANCE_BEFORE.search(text, max(spans.sentence[0], mention.start - 80), mention.start)
            or (_THE_BEFORE.search(text, max(spans.sentence[0], mention.start - 10), mention.start)
                and _ESTIMATE_AFTER.match(text, mention.end))):
        return None
    beside = next((m for m in reversed(mentions_in(text, spans.sentence[0], mention.start)) if m.unit == mention.unit),
                  None)
    # (a newswire's paragraph of one sentence: "This beat the 5.2 billion yuan profit forecast by analysts.")
    told = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]
    if beside is None and told and (opens or _ABOUT_THE_FIGURE_BEFORE.match(text, spans.sentence[0])):
        # "Its profit for the quarter came to 3.2 billion yuan ... This fell short of the forecast of 4.1 billion
        # yuan": the figure the sentence before gave first
        beside = next((m for m in mentions_in(text, *told[0]) if m.unit == mention.unit), None)
    return beside


def set_beside_estimate(text: str, mention: Mention, spans: Spans) -> bool:
    """Whether a later number of the sentence is an estimate set beside this one ("revenue of 12.1 billion yuan
    beat the 11.5 billion yuan analysts had expected": the 12.1 billion is what happened)."""
    return any((beside := estimate_beside(text, later, spans_around(text, later))) is not None
               and beside.start == mention.start for later in mentions_in(text, mention.end, spans.sentence[1]))


_BY_BEFORE = re.compile(r"(?i)\bby\s+(?:the\s+end\s+of\s+)?$|by\s+(?:the\s+end\s+of\s+)?(?=\d)")


_VERSUS_BEFORE = re.compile(r"(?i)\(\s*[\d.,]+\s*(?:[a-z]+\s+)?(?:vs\.?|versus)\s+$")
_CHANGE_BEFORE_BRACKET = re.compile(r"(?i)\b(?:up|down|rose|fell|grew|increased|decreased|jumped)\s+[\d.,]+\s*"
                                    r"(?:%|percent|per\s+cent)\s*$")
_YEAR_BEFORE_AFTER = re.compile(r"(?i)(?:\s*\([^()]{1,30}\))?\s+(?:the\s+year\s+before|a\s+year\s+(?:earlier|before)"
                                r"|the\s+(?:previous|prior|preceding)\s+year)\b")
_ENDED_SPAN = re.compile(r"(?i)\b(?:the\s+)?(?:\w+\s+(?:months|quarters)|year|quarter|half)\s+ended\b")


_A_YEAR_BACK = re.compile(r"(?i)\b(?:the\s+same\s+(?:month|period|quarter)\s+(?:of\s+)?last\s+year"
                          r"|a\s+year\s+(?:earlier|ago))\s*$")


def _bracketed_base(text: str, mention: Mention, spans: Spans, published: dt.date | None, status: str) -> str:
    """The period of a level in brackets after the base of a change ("up 5% on February (98,200)", "12% above a
    year ago (87,600)"); "" for any other number."""
    if not (re.search(r"\(\s*$", text[max(spans.sentence[0], mention.start - 3) : mention.start])
            and re.match(r"\s*\)", text[mention.end :])):
        return ""
    changes = [m for m in mentions_in(text, spans.sentence[0], mention.start) if m.unit == "percent"]
    if not changes or mentions_in(text, changes[-1].end, mention.start):
        return ""
    paren = text.rfind("(", 0, mention.start)
    if _A_YEAR_BACK.search(text, changes[-1].end, paren):
        change = read_period(text, changes[-1], spans, published, status)
        return (year_earlier(change) or "") if change else ""
    named = _periods_in(text, changes[-1].end, paren, published, False, bases=False)
    return named[-1].period if named else ""


# "against 27 percent and 7 percent", "compared with 30% and 20%": a run of numbers set against others
SET_AGAINST = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|versus|against|from)\s+$")
# "..., respectively, a year before", "... a year earlier": a run of numbers dated a year back
YEAR_BACK_AFTER_RUN = re.compile(r"(?i)(?:,?\s+respectively)?,?\s+(?:a\s+year\s+(?:before|earlier|ago)"
                                 r"|the\s+(?:previous|prior)\s+year|in\s+the\s+same\s+(?:month|period|quarter)\s+"
                                 r"(?:of\s+)?last\s+year)\b")


def compared_run(text: str, mention: Mention, spans: Spans) -> list[Mention]:
    """The run of numbers, joined by commas or "and", that `mention` stands in when the run is set against others
    ("against 27 percent and 7 percent, respectively, a year before"); [] for a number alone or in no such run."""
    numbers = mentions_in(text, *spans.sentence)
    this = next((m for m in numbers if m.start == mention.start), None)
    run = joined_run(text, numbers, this) if this else []
    opens = SET_AGAINST.search(text, max(spans.sentence[0], run[0].start - 20), run[0].start) if run else None
    return run if len(run) > 1 and opens else []


_PRIOR_OPENS = re.compile(r"(?i)\(\s*(?:prior|previous|prev\.)\s*:?\s*[+\u2212-]?$")


def prior_of(text: str, mention: Mention, spans: Spans) -> Mention | None:
    """The figure a bracketed "(prior ...)" gives the last reading of ("car sales +4% m/m (prior -2.5%)"), or None."""
    if not _PRIOR_OPENS.search(text, max(spans.sentence[0], mention.start - 14), mention.start):
        return None
    before = [m for m in mentions_in(text, spans.sentence[0], mention.start) if m.unit == mention.unit]
    return before[-1] if before else None


_LAST_ONES_BEFORE = re.compile(r"(?i)\b(?:from|than|over|versus|against|below|above)\s+"
                               r"(?:last|the\s+previous|the\s+prior)\s+(?P<span>month|quarter|year)['\u2019]s\s+$")


def _period_before(period: str) -> str:
    """The period just before a month, a quarter or a year ("2024-05" -> "2024-04", "2024-Q1" -> "2023-Q4"); "" for
    any other period."""
    month = re.fullmatch(r"(\d{4})-(\d\d)", period)
    quarter = re.fullmatch(r"(\d{4})-Q(\d)", period)
    if month:
        year, number = int(month[1]), int(month[2])
        return f"{year}-{number - 1:02d}" if number > 1 else f"{year - 1}-12"
    if quarter:
        year, number = int(quarter[1]), int(quarter[2])
        return f"{year}-Q{number - 1}" if number > 1 else f"{year - 1}-Q4"
    return str(int(period) - 1) if re.fullmatch(r"\d{4}", period) else ""


_DAYS_NAMED_AFTER = re.compile(rf",?\s+(?:{MONTH})\s*\d")
_WEEKLY_STORY = re.compile(r"(?i)\bweek(?:ly|s)?\b")  # a headline on a week's figures
# "the 5,600 cars registered in the previous week", "3,100 the week before": the week before the one told
_WEEK_BEFORE_AFTER = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,3}?(?:in|during|over|from)\s+the\s+(?:previous|prior"
                                r"|preceding)\s+week\b|\s+(?:[\w-]+\s+){0,2}?the\s+(?:week\s+before|(?:previous|prior"
                                r"|preceding)\s+week)\b")
# "from the prior week's 11,160", "on the preceding week's 3,745": the week before's, named before it
_WEEK_BEFORE_BEFORE = re.compile(r"(?i)\bthe\s+(?:previous|prior|preceding)\s+week['\u2019]s\s+$")


def read_period(text: str, mention: Mention, spans: Spans, published: dt.date | None, status: str) -> str:
    """The period the mention covers, in the figures' period format; "" when nothing says.

    "compared with 31 percent in the same period last year": the period of the figures around it, a year back.
    """
    period = _period_read(text, mention, spans, published, status)
    days = day_range(period)
    if not days or (days[1] - days[0]).days != 6 or mention.unit == "percent":
        return period  # (not "off 9% from the previous week": the change of the week told)
    if _WEEK_BEFORE_AFTER.match(text, mention.end, spans.clause[1]) or _WEEK_BEFORE_BEFORE.search(
            text, max(spans.clause[0], mention.start - 30), mention.start):
        return f"{days[0] - dt.timedelta(days=7)}/{days[1] - dt.timedelta(days=7)}"
    if days[0].weekday() == 0 and _WEEK_A_YEAR_BEFORE.match(text, mention.end, spans.clause[1]):
        # "12% above the 31,000 of the previous year", of week 14: week 14 of the year before, Monday to Sunday
        year, week, _ = days[0].isocalendar()
        return _iso_week(year - 1, week) or period
    return period


def day_range(period: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a period of days ("2025-04-07/2025-04-13"); None for any other period."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d", period):
        return None
    first, last = period.split("/")
    return dt.date.fromisoformat(first), dt.date.fromisoformat(last)


def _iso_week(year: int, week: int) -> str:
    """Week `week` of `year` (ISO 8601), Monday to Sunday, as a period; "" when the year has no such week."""
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return ""
    return _week_from(monday)


def _week_from(monday: dt.date) -> str:
    return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"


_WEEK_A_YEAR_BEFORE = re.compile(r"(?i)\s+(?:units\s+|vehicles\s+|cars\s+|EVs\s+|NEVs\s+)?(?:in\s+)?"
                                 r"(?:the\s+same\s+week\s+)?(?:the\s+(?:previous|prior|preceding)\s+year"
                                 r"|a\s+year\s+(?:earlier|ago|before)|last\s+year)\b")


# "pared back its second-quarter delivery guidance, once ...", "raised its delivery guidance for the quarter",
# "had guided fourth-quarter deliveries at 118,000": the quarter a guidance is for
_QUARTER_GUIDANCE = re.compile(r"(?i)\b(?:(?P<nth>first|second|third|fourth)[- ]quarter|(?P<q>Q[1-4]))\s+"
                               r"(?:[\w-]+\s+){0,2}?(?:guidance|outlook|forecast)\b"
                               r"|\b(?:guidance|outlook|forecast)\s+for\s+(?:the\s+)?"
                               r"(?:(?P<nth2>first|second|third|fourth)\s+|current\s+|(?P<q2>Q[1-4])\s+)?quarter\b"
                               r"|\b(?:had\s+)?(?:forecast|guided|projected)\s+"
                               r"(?P<nth3>first|second|third|fourth)[- ]quarter\b")
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _quarter_guided(text: str, mention: Mention, spans: Spans, published: dt.date | None, status: str) -> str:
    """The quarter a guidance its sentence names before the number is for (of the year of publication, or the
    year before for a quarter still to come in it: "fourth-quarter guidance" in January), or ""."""
    guided = list(_QUARTER_GUIDANCE.finditer(text, spans.sentence[0], mention.start)) if status == "forecast" else []
    if not guided or not published or re.search(r"(?i)\b(?:year|annual|full-year)\b",
                                                text[guided[-1].end() : mention.start]):
        return ""
    found = guided[-1]
    said = found["nth"] or found["nth2"] or found["nth3"]
    number = _NTH[said.lower()] if said else int((found["q"] or found["q2"] or "Q0")[1]) or (
        (published.month - 1) // 3 + 1)
    year = published.year - (number > (published.month - 1) // 3 + 2)
    return f"{year}-Q{number}"


# a clause of a share's trading ("NIO's ADRs fell 3.8% to close at $5.62 on Tuesday")
_TRADED = re.compile(r"(?i)\b(?:shares?|stock|ADRs?|American\s+depositary|(?:to\s+)?close[ds]?\s+at|closing\s+at)\b")


# "Operating margin turned negative at -3.2%, down from 7% last year": the rate of the period told, and the one it
# moved from of the same period a year before ("last year" names the base's time, not a calendar year)
_FROM_RATE_LAST_YEAR = re.compile(r"(?i),?\s+(?:down|up)\s+from\s+(?P<base>-?\d[\d.]*\s*(?:%|percent|per\s+cent))"
                                  r"\s+(?P<when>last\s+year)\b")


def _rate_moved_from_last_year(text: str, mention: Mention, spans: Spans, published: dt.date | None,
                               status: str) -> str | None:
    """The period of a rate told with the rate it moved from "last year", or of that earlier rate; None for a
    number not so told."""
    if mention.unit != "percent":
        return None
    after = _FROM_RATE_LAST_YEAR.match(text, mention.end, spans.sentence[1])
    if after:  # the rate told: of the period the sentences give it, the rates it moved from left out
        return _period_read(_blanked(text, after.start(), max(after.end(), spans.sentence[1] - 1)), mention, spans,
                            published, status)
    before = [m for m in mentions_in(text, spans.sentence[0], mention.start) if m.unit == "percent"]
    told = before[-1] if before else None
    moved = _FROM_RATE_LAST_YEAR.match(text, told.end, spans.sentence[1]) if told else None
    if told and moved and moved.start("base") == mention.start:  # the rate it moved from: a year before
        period = _period_read(text, told, spans, published, status)
        return year_earlier(period) or period
    return None


def _blanked(text: str, start: int, end: int) -> str:
    """The text with text[start:end] read as spaces, every position kept: words a number's period is read without."""
    return text[:start] + " " * (end - start) + text[end:]


# "..., up 5.2 points over the same week a year earlier": the base of the change just before it
_LATER_BASE = re.compile(r"(?i)\b(?:from|than|over|compared\s+(?:with|to))\s+(?:the\s+)?(?:same|corresponding)\s+"
                         r"(?:week|month|quarter|period)\s+(?:of\s+|in\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago)"
                         r"|the\s+(?:previous|prior)\s+year)\b")


# "from 2021 to 2024 ... at 296 GWh, 502 GWh, 698 GWh, and 887 GWh", "Over 2022\u20132024, the share ... was 81.2%,
# 84.0%, and 86.5%": a span of years whose figures follow one a year, with no "respectively"
_NEXT_IN_LIST = re.compile(rf"(?:\s*(?:[A-Za-z]+|%))?{LIST_JOIN.pattern}(?:\s*[\w-]+\s+)?")  # ("502 GWh, 698 GWh")


def _year_in_a_list(text: str, mention: Mention, spans: Spans) -> str:
    """The year a figure stands for in a list that gives one figure a year over a span of years named before it
    in its sentence ("from 2021 to 2024 ... at 296 GWh, 502 GWh, ..."), or ""."""
    span = next(iter(reversed(list(_YEAR_SPAN.finditer(text, spans.sentence[0], mention.start)))), None)
    if span is None:
        return ""
    first, last = int(span["first"]), _last_year(span)
    if not 2 <= last - first + 1 <= 12:
        return ""
    run: list[Mention] = []
    for m in mentions_in(text, span.end(), spans.sentence[1]):
        if m.unit != mention.unit:
            if run:
                break
            continue
        if run and not _NEXT_IN_LIST.fullmatch(text, run[-1].end, m.start):
            break
        run.append(m)
    starts = [m.start for m in run]
    if len(run) != last - first + 1 or mention.start not in starts:
        return ""
    return str(first + starts.index(mention.start))


def _period_read(text: str, mention: Mention, spans: Spans, published: dt.date | None, status: str) -> str:
    later_base = next((b for b in _LATER_BASE.finditer(text, mention.end, spans.sentence[1])
                       if mentions_in(text, mention.end + 1, b.start())), None)
    if later_base:  # "Of them, 178,000 were EVs, a penetration of 50.7%, up 5.2 points over the same week a year
        # earlier": the base of a later number is not this one's period
        text = _blanked(text, *later_base.span())
    moved = _rate_moved_from_last_year(text, mention, spans, published, status)
    if moved is not None:
        return moved
    guided = _quarter_guided(text, mention, spans, published, status)
    if guided:
        return guided
    traded = day_named(text, mention.end, spans.clause[1], published) if published and mention.unit in (
        "percent", *CURRENCIES) and _TRADED.search(text, *spans.clause) else ""
    if traded:  # "... fell 3.8% to close at $5.62 on Tuesday, even though ... a third-quarter loss": that day's
        return traded
    converted = converted_from(text, mention, spans)
    if converted:  # "from 71,000 yuan (9,970 USD) to 76,500 yuan": a sum converted in brackets has its sum's period
        return read_period(text, converted, spans, published, status)
    prior = prior_of(text, mention, spans)
    if prior:  # "car sales +4% m/m (prior -2.5%)": the reading before, a period back
        told = read_period(text, prior, spans, published, status)
        return _period_before(told) or told
    base = _bracketed_base(text, mention, spans, published, status)
    if base:  # "12% above a year ago (87,600)": the base's period
        return base
    last_ones = _LAST_ONES_BEFORE.search(text, max(spans.sentence[0], mention.start - 40), mention.start)
    # (the figure told, not another base before it: "down from the previous quarter's 25,900 and below last
    # year's 26,300")
    told_before = [m for m in mentions_in(text, spans.sentence[0], mention.start) if (m.unit == mention.unit or {
        m.unit, mention.unit} <= {"vehicles", "count"}) and not _LAST_ONES_BEFORE.search(
        text, max(spans.sentence[0], m.start - 40), m.start)] if last_ones else []
    if last_ones and told_before:
        # "shipped 61,200 cars in May, above last month's 58,900": the figure a month (a year) before
        # the one the sentence told
        # (of the figure's own status: "easing to 11% from last year's 33%" tells of the coming year's 11%)
        told = read_period(text, told_before[-1], spans, published, read_status(text, spans, told_before[-1]))
        return (year_earlier(told) if last_ones["span"].lower() == "year" else _period_before(told)) or told
    period = _year_in_turn(text, mention, spans) or _period_of(text, mention, spans, published, status)
    if re.match(r"(?:19|20)\d\d-", period) and _THAT_YEAR.match(text, spans.sentence[0]) and not _periods_in(
            text, spans.sentence[0], spans.sentence[1], published, False):
        # "Zeta opened its plant in May 2022. That year alone, it built 80,000 cars": the whole of that year
        period = period[:4]
    month_before = _FROM_MONTH_BEFORE.search(text, *spans.sentence)
    ended = re.fullmatch(r"(?P<year>\d{4})-01/(?P=year)-(?P<month>\d\d)", period)
    if month_before and ended and int(ended["month"]) > 1 and _MONTHS[
            month_before["month"].rstrip(".").capitalize()] == int(ended["month"]) - 1:
        # "Zeta sold 18,020 cars abroad, up 9.1% year on year and 3.3% from April", in a story of January to May: a
        # month set beside the month before it, the last month of the span
        period = f"{ended['year']}-{ended['month']}"
    run = compared_run(text, mention, spans)
    if run and period and YEAR_BACK_AFTER_RUN.match(text, run[-1].end):
        # "against 27 percent and 7 percent, respectively, a year before": each of the run a year back
        return year_earlier(period) or period
    if published and status == "actual" and period == str(published.year) and published.month < 12:
        # "from January to August 2025, China shipped ... in 2025, Chile led the ranking with 96,400
        # units": an actual figure of a year not over is of the months of it the story counts
        regions = [spans.sentence, *earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:3]]
        spans_told = [p.period for start, end in regions for p in _periods_in(text, start, end, published, False)
                      if re.fullmatch(rf"{published.year}-01/{published.year}-\d\d", p.period)]
        period = spans_told[0] if spans_told else period
    if published and status == "actual" and period == f"{published.year}-Q{(published.month - 1) // 3 + 1}" and (
            _THIS_QUARTER.search(text, (earlier_sentences(text, spans.sentence[0]) or [spans.sentence])[0][0],
                                 spans.sentence[1])):
        # "Zeta's Q2 2025 report ... This quarter, its deliveries came to 58,300", told in September: the
        # quarter the story reports, not the one still under way
        quarters = [p.period for start, end in earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:8]
                    for p in _periods_in(text, start, end, published, False)
                    if _IS_QUARTER.fullmatch(p.period) and p.period != period]
        period = quarters[0] if quarters else period
    beside = estimate_beside(text, mention, spans)
    if beside:  # "revenue fell to 30.2 billion yuan, missing the analysts' consensus estimate of 31.8 billion yuan":
        # the estimate of the figure it is set beside, of that figure's period
        return read_period(text, beside, spans if beside.start >= spans.sentence[0] else spans_around(text, beside),
                           published, "actual")
    said = text[spans.sentence[0] : spans.sentence[1]]
    if published and _SAME_PERIOD_OPENS.match(text, spans.sentence[0]):
        # A sentence opening on that month of last year, after "Zeta registered 14,200 cars in May": the period
        # the sentences before tell of, a year back
        told = next((found[-1].period for start, end in earlier_sentences(text, spans.sentence[0],
                                                                          across_paragraphs=True)[:3]
                     if (found := _periods_in(text, start, end, published, False))), "")
        if told[:4].isdigit():
            return re.sub(r"(?:19|20)\d\d", lambda y: str(int(y.group()) - 1), told)
    rate = [m for m in mentions_in(text, spans.sentence[0], mention.start) if m.unit == "percent"][-1:] if (
        mention.unit == "percentage_points") else []
    if rate and not _periods_in(text, spans.sentence[0], mention.start, published, False):
        # "81% of its NEVs are private, 3 points more than in 2023": the rate's
        # change, of the rate's period
        period = _period_of(text, rate[0], spans_around(text, rate[0]), published, status)
    if published and _YEAR_SO_FAR.search(said):
        # "From June 1-16, retail sales reached ... Cumulative sales since the beginning of the year reached":
        # the year so far, to the last day the sentences before count
        days = [p.period for start, end in earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:3]
                for p in _periods_in(text, start, end, published, False) if _DAY_SPAN.fullmatch(p.period)]
        if days:
            end = days[0].split("/")[1]
            return f"{end[:4]}-01-01/{end}"
        # "Exports grew 40% in October ... YTD, makers have shipped 800,000 units", told in December: the
        # months to the one the story tells of
        months = [p.period[-7:] for start, end in earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:6]
                  for p in _periods_in(text, start, end, published, False)
                  if re.fullmatch(rf"(?:{published.year}-\d\d/)?{published.year}-\d\d", p.period)
                  and not _NOW.match(text, p.start) and not _YEAR_SO_FAR.match(text, p.start)]
        last = max(months) if months else ""
        if last and re.fullmatch(rf"{published.year}-01/{published.year}-\d\d", period) and last < period[-7:]:
            return _months(published.year, 1, int(last[5:]))
    so_far = _YEAR_SO_FAR.search(text, spans.sentence[0], mention.start)
    if (so_far and status == "actual" and re.fullmatch(r"\d{4}-\d\d", period) and _FLOW.search(said)
            and not re.search(r"(?i)\b(?:while|whereas)\b|;", text[so_far.end() : mention.start])
            # (not "the best month so far this year, yet below the record 48,000 of last December": that month's own)
            and all(_AS_OF_BEFORE.search(text, max(so_far.end(), p.start - 20), p.start)
                    for p in _periods_in(text, so_far.end(), mention.start, published, False))
            # (nor "YTD ranking leader Zeta Alpha noted 2,450 sales in August": the month named after the number)
            and not _periods_in(text, mention.end, spans.sentence[1], published, False)
            # (nor "taking the year's tally so far to 350,000, and Zeta shipped 28,000": another's total)
            and not _ANOTHER_CLAUSE.search(text, next((m.end for m in reversed(mentions_in(
                text, so_far.end(), mention.start)) if not re.fullmatch(YEAR, m.text)), mention.start), mention.start)):
        # "Year-to-date deliveries as of July came to 201,000 vehicles": the months since January
        period = _months(int(period[:4]), 1, int(period[5:])) if period[5:] != "12" else period[:4]
    if status == "target" and re.fullmatch(r"\d{4}-(?:\d\d|Q[1-4]|H[12])|(\d{4})-\d\d/\1-\d\d", period) and (
            _ANNUAL_GOAL.search(text, max(spans.sentence[0], mention.start - 60), mention.start)
            or _ANNUAL_GOAL.match(text, _after_units(text, mention.end))):
        # "In August, Zeta trimmed its annual target of 4.8 million vehicles to 4.1 million", "sold 2.86 million
        # units, about 62 percent of its 4.6 million annual target": a goal for the year, told of a month or months
        period = period[:4]
    told_as_past = bool(GOAL_TOLD.search(said) or HAD_AIMED.search(said)  # "surpassing its annual target of"
                        or _GOAL_MET_OR_MISSED.search(said))
    year_named = bool(period[:4].isdigit() and re.search(rf"\b{period[:4]}\b", text[spans.clause[0] : spans.clause[1]]))
    if (published and status != "actual" and period and _ended_before(period, published) and not told_as_past
            # ("Zeta had aimed to have 4,000 stations by the end of 2025", told in 2026: the year its clause names)
            and not (year_named and status == "target")
            # ("with its 2025 output expected to top 2.7 million", told in January 2026: the year its measure
            # names, an estimate of a year over)
            and not re.search(rf"\b{period[:4]}\s+(?:[a-z]+\s+)?(?:production|output|sales|deliveries|exports|revenue"
                              r"|(?:net\s+)?profit)\b", text[spans.sentence[0] : mention.start])
            and not _opens_sentence(text, spans, mention, period, published)
            and not _written_after(text, mention, spans, period, published)
            and not _ESTIMATE_OF_ENDED.search(text, spans.sentence[0], mention.start)
            # ("sees net income of CNY2.7 billion in the twelve months ended December 31": a preview of a year
            # over)
            and not _ENDED_SPAN.search(text, mention.end, spans.sentence[1])
            # ("would bring an expected 4.1% rise ... over the entire year of 2025", said in 2025: that year's)
            and not _WHOLE_YEAR_AFTER.match(text, mention.end)
            and not (published.month <= 2 and period == str(published.year - 1) and (_LAST_YEAR_AFTER.match(
                text, mention.end) or _estimated_before_for(text, spans, period)))):
        # (but "production is projected to hit 1.9 million units in 2023", in January, and the estimates that follow
        # it: the year just ended, estimated before its figures are out)
        # "sold 500,000 in 2023, and the target implies 20 percent growth", "exported 32,000 in the first quarter
        # and expects 160,000 for the year": an outlook or a goal is for a period not over yet, its year's
        period = str(published.year)
    end_of = _END_OF.search(text, spans.sentence[0], spans.sentence[1])
    if end_of and mention.unit == "percent" and not mention.direction and not _CHANGE_AFTER.match(
            text, mention.end) and re.fullmatch(
            r"\d{4}-\d\d", period) and int(period[5:]) == _MONTHS[
            end_of["month"].rstrip(".")]:
        period = _months(int(period[:4]), 1, int(period[5:]))  # a share "by the end of June": since January
    opening = [f for f in _periods_in(text, spans.sentence[0], mention.start, published, True)
               if _OPENING.fullmatch(text, spans.sentence[0], f.start) and ";" not in text[f.end : mention.start]
               ] if published else []
    if opening and opening[0].period != period:
        later = [f for f in _periods_in(text, mention.end, spans.sentence[1], published, True) if f.period == period]
        if later and later[0].start - mention.end > 12 and _BASE_IN.search(
                text, max(spans.sentence[0], later[0].start - 60), later[0].start):
            # "For the quarter ending June 30, its net loss shrank 45% ... from RMB2.6bn in the second quarter of
            # 2024": the period the sentence opens with; the one after a base is the base's
            period = opening[0].period
    # ("down from a 1.38 billion yuan profit", "from a record profit of 1.38 billion yuan", each "a year earlier")
    from_before = re.search(r"(?i)\b(?:from|compar(?:ed|es|ing)\s+(?:to|with)|against|versus"
                            # ("narrower than the 2.1 billion yuan loss a year ago")
                            r"|(?:narrower|wider|smaller|larger|bigger|higher|lower)\s+than)\s+(?:an?\s+|the\s+)?"
                            r"(?:(?:record|net|total|operating|gross|adjusted)\s+){0,2}"
                            r"(?:(?:profit|loss|revenue|sales|income)"
                            r"\s+of\s+)?" + HEDGE_BEFORE + "$", text[max(0, mention.start - 60) : mention.start])
    year_back = (from_before and not re.fullmatch(r"\d{4}-\d\d", period) and _TO_LATER.match(text, mention.end)
                 and (_YEAR_ON_YEAR.search(text, next(iter(earlier_sentences(text, spans.sentence[0])),
                                                      spans.sentence)[0], spans.sentence[1])
                      # "its share of the market slipping from 12.5% to 10.25%": a rate that moved, a year back
                      or mention.unit == "percent" and _RATE_ENDS_FROM.search(
                          text, max(spans.clause[0], mention.start - 50), mention.start)))
    # ("slid to 4.4%, from 4.7% in the half and 4.1% a year ago": the levels
    # after "from", each of its own period, the last a year back)
    listed_from = mention.unit == "percent" and re.search(r"(?i)\bfrom\s+[\d.]+\s*(?:percent|per\s+cent|%)[^.;]{0,60}?"
                                                          r"\s+and\s+$", text[spans.sentence[0] : mention.start])
    year_ago = _YEAR_AGO_AFTER.match(text, mention.end)
    if year_ago and from_before and published and any(
            m.start >= year_ago.end() for m in mentions_in(text, year_ago.end(), spans.sentence[1])):
        # "hit a record 45.1 percent in May, up from 30 percent a year earlier and 42.6 percent in April": a year
        # before the period the sentence names before it, not the one of the level listed after it
        before = _periods_in(text, spans.sentence[0], mention.start, published, False)
        said_before = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]
        if not before and said_before and period in {p.period for p in _periods_in(
                text, year_ago.end(), spans.sentence[1], published, False)}:
            # ("It swung from a 2.6 billion yuan loss in the year-ago quarter, beside a 900 million yuan one in
            # Q2": a year before the period the sentence before tells of first,
            # not the one named after it)
            before = _periods_in(text, *said_before[0], published, False)[:1]
        period = before[-1].period if before else period
    if period[:4].isdigit() and (from_before or listed_from) and (
            year_ago or (year_back and from_before)):
        # ("Its sales slid 38.4% year on year in January-August, dropping from 22,610 units to
        # 13,930": the level it fell from, a year before)
        # "Sales increased to 105,103 units from 48,072 year-on-year": the base, a year before
        return re.sub(r"(?:19|20)\d\d", lambda y: str(int(y.group()) - 1), period)
    if (period[:4].isdigit() and _AFTER_MOVING.search(text, spans.clause[0], mention.start)
            and _A_YEAR_EARLIER_AFTER.match(text, mention.end)):
        # "slipped 4% to 3.1 million units in December, after rising by 8% to 3.24 million units a year
        # earlier": the clause of the year before
        return re.sub(r"(?:19|20)\d\d", lambda y: str(int(y.group()) - 1), period)
    annual = _ANNUAL_BEFORE.search(text, max(spans.clause[0], mention.start - 50), mention.start)
    if status == "actual" and re.fullmatch(r"\d{4}-12", period) and annual and not _NUMBER_OF_BEFORE.search(
            text, max(0, annual.start() - 30), annual.start()):
        # "With December closing, the group's annual sales reached 1.2 million": a year's figure, told in its
        # last month (not "42% of annual sales and 47% in December": the year's is the number before)
        period = period[:4]
    if (status == "actual" and mention.unit == "percent" and re.fullmatch(r"\d{4}-\d\d", period)
            and _OF_ANNUAL_AFTER.match(text, mention.end)):
        # "reaching 42% of annual sales", told in January or of a year to December: the year's share
        if period.endswith("-12"):
            period = period[:4]
        elif published and published.month <= 2 and period[:4] == str(published.year):
            period = str(published.year - 1)
    if (status == "actual" and published and mention.unit != "percent"
            and _FLOW_THIS_YEAR.search(text, spans.clause[0], mention.start)):
        # "by 30th April, sales this year had reached 52,000": the months since January, to the month it names
        months = [found.period for found in _periods_in(text, *spans.sentence, published, False)
                  if re.fullmatch(rf"{published.year}-\d\d", found.period)]
        month = period if re.fullmatch(rf"{published.year}-\d\d", period) else (
            months[0] if period == str(published.year) and months else "")
        period = _months(published.year, 1, int(month[5:])) if month else period
    as_of = _AS_OF_MONTH_END.search(said)
    if (as_of and status == "actual" and re.fullmatch(r"\d{4}-\d\d", period)
            and int(period[5:]) == _MONTHS[(as_of["month"] or as_of["month2"] or as_of["month3"]).rstrip(".")]
            and (mention.unit != "percent" or mention.direction)
            and _FLOW.search(said) and (not _SINCE_ONSET.search(said) or _OF_THE_YEAR.search(said))):
        # "Zeta had delivered 387,650 cars as of the end of October, a rise of 14.6 percent": a flow counted to a
        # month's end is the months since January (a stock's count, or a total since a launch, is that month's)
        period = _months(int(period[:4]), 1, int(period[5:]))
    elif (as_of and status == "actual" and re.fullmatch(r"\d{4}", period) and _FLOW.search(said) and (
            _YEAR_SO_FAR.search(said) or published and period == str(published.year)
            and re.search(r"(?i)\bthis\s+year\b", said))):
        # ("As of the end of April, Zeta has sold 520,000 cars this year": the months since January too)
        # "its sales year-to-date for 2025, as of October 31, came to 410,000": the months of that year to the
        # month named
        last_month = _MONTHS[(as_of["month"] or as_of["month2"] or as_of["month3"]).rstrip(".")]
        period = _months(int(period), 1, last_month) if last_month < 12 else period
    if (status == "actual" and re.fullmatch(r"\d{4}-\d\d", period) and _TOTAL_OF_THE_MONTHS.search(
            text, spans.sentence[0], mention.start) and _FLOW.search(said) and not _RUNNING_OVER_YEARS.search(said)
            and not _periods_in(text, spans.sentence[0], spans.sentence[1], published, False)
            # (not a company's own "its cumulative deliveries", nor a headline's: totals since it began)
            and not _OWN_TOTAL.search(said) and spans.sentence[0] >= lead_span(text)[0]):
        # A monthly release's "The cumulative retail sales of NEVs reached 6.47 million", after the month's figures:
        # the months since January, to the month told (a running total over years says since when)
        period = _months(int(period[:4]), 1, int(period[5:])) if period[5:] != "12" else period[:4]
    if (published and status == "actual" and period == str(published.year)
            and re.search(r"(?i)\bfull[- ]year\b", said) and not re.search(rf"\b{published.year}\b", said)):
        # "its full-year profit climbed 12 percent", said in March: a whole year's actual figure, so last year's
        period = str(published.year - 1)
    as_of_day = _AS_OF_DAY.search(text, spans.sentence[0], mention.start) if published else None
    flow_continued = bool(_THIS_FIGURE.search(said) and any(
        _FLOW.search(text, *before) for before in earlier_sentences(text, spans.sentence[0])[:1]))
    if as_of_day and published and status == "actual" and not _SINCE_ONSET.search(said) and (
            flow_continued or (_FLOW.search(said) and _THIS_YEAR.search(said))):
        # "As of Oct. 24 this figure had climbed past 900,000", after the output of the year's first
        # months; "By Nov. 20, deliveries this year had exceeded 400,000": a flow of the year counted to a day,
        # since January 1 (a count as of a day is otherwise that month's: "As of March 12, some 61,000 cars were
        # shipped")
        to_month, to_day = _MONTHS[as_of_day["month"].rstrip(".")], int(as_of_day["day"])
        year = int(as_of_day["year"]) if as_of_day["year"] else (
            published.year if to_month <= published.month else published.year - 1)
        if dt.date(year, to_month, 1) <= published and 1 <= to_day <= 31:
            period = (_months(year, 1, to_month) if to_day >= calendar.monthrange(year, to_month)[1]
                      else f"{year}-01-01/{year}-{to_month:02d}-{to_day:02d}")
    since_january = re.fullmatch(r"(\d{4})-01-01/\d{4}-(\d\d)-\d\d", period)
    if since_january and not _FLOW.search(text, spans.sentence[0], spans.sentence[1]) and not flow_continued:
        # "As of Oct 19 this year, the country had 3 million chargers": a stock's month
        period = f"{since_january[1]}-{since_january[2]}"
    same = _SAME_PERIOD_AFTER.match(text, mention.end)
    if same and published and not _periods_in(text, spans.sentence[0], mention.start, published, False):
        # "It had earned a net income of RMB 1.9 billion a year before in the same period, while ...": the period
        # the sentences before speak of (not the later number's), a year back
        told = next((found[0].period for start, end in earlier_sentences(text, spans.sentence[0],
                                                                         across_paragraphs=True)[:3]
                     if (found := [p for p in _periods_in(text, start, end, published, False)
                                   if not _SINCE_BEFORE.search(text, max(0, p.start - 12), p.start)])), "")
        period = told or period
    own_before = [p for p in _periods_in(text, spans.sentence[0], mention.start, published, False)
                  if not _SINCE_BEFORE.search(text, max(0, p.start - 12), p.start)] if same and published else []
    if own_before and same:
        # "delivered 52,110 vehicles during Q3, up 12.4% on the 46,350 units in the corresponding period of
        # 2024": the sentence's period, in the year it names ("June's rate was 51 percent, above the 44 percent
        # of the corresponding period of last year": June, a year back)
        period = own_before[-1].period
    if same and period[:4].isdigit():
        when = same["when"].lower()
        year = int(when) if when[:1].isdigit() else int(period[:4]) - 1
        period = re.sub(r"(?:19|20)\d\d", str(year), period)
    sums = [m for m in mentions_in(text, spans.sentence[0], mention.start) if m.unit in CURRENCIES] if (
        mention.unit in CURRENCIES and _YEAR_BEFORE_AFTER.match(text, mention.end)) else []
    if sums and published:
        # "net income of CNY2.7 billion in the twelve months ended December 31, after losing CNY1.3 billion
        # (USD179 million) a year earlier": the year before the one the sentence's first figure is of
        first = read_period(text, sums[0], spans, published, "actual")
        if re.match(r"(?:19|20)\d\d", first):
            return re.sub(r"(?:19|20)\d\d", lambda y: str(int(y.group()) - 1), first)
    versus = _VERSUS_BEFORE.search(text, max(spans.sentence[0], mention.start - 40), mention.start)
    level = next(iter(mentions_in(text, versus.start(), mention.start)), None) if versus else None
    if level is not None and versus is not None and _CHANGE_BEFORE_BRACKET.search(
            text, max(spans.sentence[0], versus.start() - 30), versus.start()):
        # "Orion--Deliveries up 64.2% (21,470 vs 13,075)": the level a change is set against, a year before the level
        # it came to
        earlier = year_earlier(read_period(text, level, spans, published, status))
        if earlier:
            return earlier
    if (status == "actual" and re.fullmatch(r"\d{4}-12", period) and _YEAR_CLOSE.search(said)
            and not _FLOW.search(said)):
        # "At the close of December last year, its BEV fleet stood at 2.1 million units": a stock at the end
        # of a year takes the year (data/DICTIONARY.md, "Periods"), as "by the end of 2024" does
        period = period[:4]
    if published and _PREVIOUS_QUARTER_AFTER.match(text, mention.end):
        quarters = [p.period for start, end in [(spans.sentence[0], mention.start),
                                                *earlier_sentences(text, spans.sentence[0], across_paragraphs=True)]
                    for p in _periods_in(text, start, end, published, False) if _IS_QUARTER.fullmatch(p.period)]
        if quarters:  # (the story's quarter, the latest one named)
            year, quarter = _quarter_order(max(quarters, key=_quarter_order))
            year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
            period = f"{year}-Q{quarter}"
    since = _MONTH_ON_MONTH_SINCE.search(text, spans.sentence[0], spans.sentence[1])
    if since and re.fullmatch(r"\d{4}-\d\d", period) and int(period[5:]) == _MONTHS[since["month"].rstrip(".")]:
        # "came to 61.3 GWh in October. It is a rise of 27.3 percent on the year and 6.1 percent
        # month-on-month since September": the month named is the base, the figures are of the month after it
        period = _period_after(period)
    return period


def converted_from(text: str, mention: Mention, spans: Spans) -> Mention | None:
    """The sum that a sum in brackets right after it converts ("54,000 yuan (7,585 USD)"), or None."""
    if mention.unit not in CURRENCIES:
        return None
    before = [m for m in mentions_in(text, spans.sentence[0], mention.start) if m.end <= mention.start]
    if before and before[-1].unit in CURRENCIES and before[-1].unit != mention.unit and CONVERSION_OPENS.fullmatch(
            text[before[-1].end : mention.start].strip() + " "):
        return before[-1]
    return None


# ("slowing from 9.1% growth in March": a rate's base)
_BASE_LEVEL_BEFORE = re.compile(r"(?i)(?:\b(?:down|up|falling|rising|dropping|climbing|slowing|slowed|easing|eased"
                                r"|accelerating|accelerated|quickening|quickened)\s+from"
                                # ("compared with 87,400 units a year earlier", "an increase from 66,210 in
                                # the three months before")
                                r"|\bcompared\s+(?:to|with)|\b(?:rise|increase|gain|jump|drop|decline|fall)\s+(?:from|over)"
                                # ("given first-quarter earnings of 7.4 billion yuan": what it is worked from)
                                r"|\bgiven\s+(?:[\w-]+\s+){0,3}?of"
                                # ("beat its previous record of 16.1 billion yuan in the third quarter")
                                r"|\b(?:previous|prior|earlier|old)\s+(?:record|high|peak)\s+of)"
                                r"\s+(?:an?\s+|the\s+)?[\d.,]+(?:\s*(?:percent|per\s+cent|%|units|vehicles|cars|(?:million|billion)"
                                r"(?:\s+(?:yuan|dollars))?|yuan))?"
                                # ("a 9% rise from the 88,400 vehicles handed over in the first quarter")
                                r"(?:\s+(?:delivered|handed\s+over|sold|produced|made|shipped|exported|registered))?"
                                # ("up from a 9.1% year-on-year rise in March")
                                r"(?:\s+(?:year[- ]on[- ]year|month[- ]on[- ]month)?\s*(?:increase|rise|gain|growth"
                                r"|decline|drop|fall|jump))?"
                                r"\s+(?:at\s+the\s+end\s+of\s+|in\s+(?:the\s+)?)?$"
                                # ("Deliveries climbed 4.3% from May 2024 to 612,000": the month a year back)
                                r"|\b(?:rose|fell|grew|increased|decreased|declined|dropped|climbed|jumped|slipped|up|down)\s+"
                                r"[\d.]+\s*(?:percent|per\s+cent|%)\s+from\s+$"
                                # ("eased to 8% from 21.5% in April": the month of the rate it moved from; not "to
                                # 100 percent from 25 percent this year", when the new rate applies)
                                r"|(?:percent|per\s+cent|%)\s+from\s+[\d.]+\s*(?:percent|per\s+cent|%)\s+in\s+(?:the\s+)?$")
# ("from 11% in Q1 2024 and 12.5% in Q4 2024": the second base listed is a base too)
_LISTED_BASE_BEFORE = re.compile(r"(?i)\b(?:from|compared\s+(?:to|with)|versus|against)\s+(?:an?\s+|the\s+)?[\d.,]+\s*"
                                 r"(?:percent|per\s+cent|%)[^.;]{0,40}?\s+and\s+[\d.,]+\s*(?:percent|per\s+cent|%)"
                                 r"\s+(?:in|during)\s+(?:the\s+)?$")
_UNITS_AFTER = re.compile(r"(?:-?(?:units?|vehicles?|cars?))?\s+")


def _after_units(text: str, at: int) -> int:
    """Where the words after a number start, past a unit written with it ("5.5 million-unit target")."""
    units = _UNITS_AFTER.match(text, at)
    return units.end() if units else at


_ANNUAL_GOAL = re.compile(r"(?i)\b(?:annual|full[- ]year|yearly|whole[- ]year)\s+(?:[a-z]+\s+)?(?:target|goal)\b")
_SINCE_BEFORE = re.compile(r"(?i)\b(?:since|after)\s+(?:(?:the|last|late|early)\s+)?"
                           r"(?:(?:the\s+)?(?:company|firm|group|carmaker|automaker|maker)['\u2019]s\s+|its\s+)?$")
# ("the first fall since the company started releasing its figures in 2015": since a thing it began)
_SINCE_IT_BEGAN = re.compile(r"(?i)\bsince\s+(?:[\w'\u2019&-]+\s+){1,4}?(?:started|began|first|was\s+founded"
                             r"|went\s+public|listed)\b(?:\s+[\w'\u2019-]+){0,5}?\s+in\s+$")
# "its share of the market slipping from", "lifted the gross margin from": a rate's move told by its two ends
_RATE_ENDS_FROM = re.compile(r"(?i)\b(?:share|margin|rate|penetration)\s+(?:[a-z]+\s+){0,4}?"
                             r"(?:f[ae]ll(?:ing|en)?|declin(?:ed|ing)|dropp(?:ed|ing)|slipp(?:ed|ing)|slid(?:ing)?|"
                             r"r[io]s(?:e|ing)|climb(?:ed|ing)|increas(?:ed|ing)|grew|growing|shr[ua]nk|shrinking)"
                             r"\s+from\s+(?:about\s+|around\s+)?$"
                             r"|\b(?:lift|rais|push|boost|drag|pull|cut)(?:ed|ing|s)?\s+(?:[\w'\u2019]+\s+){0,4}?"
                             r"(?:share|margin|rate|penetration)\s+from\s+(?:about\s+|around\s+)?$")
_TO_LATER = re.compile(r"(?i)\s*(?:units|vehicles|cars)?\s*(?:\([^()]{1,30}\))?\s+to\s+(?:RMB\s*|US\$|\$)?\d")
_YEAR_ON_YEAR = re.compile(r"(?i)\b(?:year[- ]on[- ]year|year[- ]over[- ]year|y/y|yoy"
                           r"|compared\s+(?:to|with)\s+last\s+year|from\s+a\s+year\s+(?:earlier|ago|before))\b")
_HABITUAL = re.compile(r"(?i)\b(?:is|are)\s+(?:traditionally|typically|usually|normally|generally|historically)\b")
_FLOW_THIS_YEAR = re.compile(r"(?i)\b(?:sales|deliveries|exports|output|production|registrations)\s+(?:(?:in|for)\s+)?"
                             r"(?:the\s+current|this)\s+year\s+(?:had|have|has)\s+(?:reached|totaled|totalled|hit)\b")
# "expects its net profit for last year to reach between 1.2 billion and 1.4 billion yuan": an estimate of a year
# it names as over
_ESTIMATE_OF_ENDED = re.compile(
    rf"(?i)\b(?:profits?|loss(?:es)?|revenues?|sales|earnings|income|deliveries|output|exports)\s+(?:[a-z-]+\s+)?"
    rf"(?:for|in)\s+(?:last\s+year|the\s+(?:previous|past)\s+year|(?:the\s+(?:full\s+)?year\s+)?{YEAR})\s+"
    rf"(?:to|at|of|will|would|could|is|was)\b"
    # "expects its 2025 net profit to land between ...": the year it names before what it estimates
    # ("now puts last year's net profit at about 41.2 billion yuan", told in January)
    rf"|\b(?:(?:its|their|the)\s+{YEAR}|last\s+year['\u2019]s)\s+(?:[a-z-]+\s+){{0,2}}?(?:profits?|loss(?:es)?|revenues?|earnings|income"
    rf"|sales|deliveries|output|exports)\b(?!\s+(?:target|goal|guidance|forecast|outlook)\b)")
# "is expected to reach 1.9 million units in 2023": the year named right after the number
_LAST_YEAR_AFTER = re.compile(rf"(?i)\s*(?:units|vehicles|cars)?\s+(?:in|for)\s+{YEAR}\b")
_AS_OF_MONTH_END = re.compile(rf"(?i)\bas\s+of\s+(?:the\s+end\s+of\s+(?P<month>{MONTH})(?!\s*\d\d?\b(?!\d))"
                              rf"|(?P<month2>{MONTH})\s*(?:28|29|30|31)(?:st|th)?\b|(?:28|29|30|31)(?:st|th)?\s+"
                              rf"(?P<month3>{MONTH}))")
# "Cumulative deliveries for 2025 reached 277,892 as of October 31": a running total of the year
_OF_THE_YEAR = re.compile(r"(?i)\b(?:cumulative|accumulated)\s+(?:[\w-]+\s+){1,2}(?:for|in)\s+"
                          r"(?:this\s+year|(?:19|20)\d\d)\b")
# "cumulative" or "accumulated" before a figure of a monthly release: the total of the year's months so far
_TOTAL_OF_THE_MONTHS = re.compile(r"(?i)\b(?:cumulative(?:ly)?|accumulated)\b")
_OWN_TOTAL = re.compile(r"(?i)(?:\bits|\btheir|['\u2019]s)\s+(?:cumulative|accumulated)\b")
_RUNNING_OVER_YEARS = re.compile(r"(?i)\b(?:since|to\s+date|in\s+history|ever|inception|founded|ownership|fleet"
                                 r"|so\s+far(?!\s+this\s+year)|by\s+the\s+end\s+of|as\s+of|milestone|millionth)\b")
# "As of Oct. 24", "by Nov. 20, 2024" (not "as of the end of a month", read above as that month's end)
_AS_OF_DAY = re.compile(rf"(?i)\b(?:as\s+of|by|up\s+(?:to|until))\s+(?P<month>(?-i:{MONTH}))\s*(?P<day>\d\d?)"
                        rf"(?:st|nd|rd|th)?\b(?!\s*(?:percent|per\s+cent|%|million|billion))"
                        rf"(?:,?\s*(?P<year>{YEAR}))?")
_THIS_YEAR = re.compile(r"(?i)\b(?:this\s+year|so\s+far|year[- ]to[- ]date)\b")
_THIS_FIGURE = re.compile(r"(?i)\b(?:this|the)\s+(?:figure|number|total|tally)\b")
_SINCE_ONSET = re.compile(r"(?i)\b(?:cumulative(?:ly)?|accumulated|since|inception|in\s+history|ownership|fleet)\b")
# ("trailed by Orion (3921) and Zeta (2876) that has made its mark": a relative clause with "that" too)
# (", making it the first time it has passed 18%": a milestone's present, not the figure's)
_ASIDE_TO_END = re.compile(r"(?i),?\s+(?:which|who|whose|that(?=\s+(?:has|have)\s)|thanks\s+(?:\w+\s+)?to"
                           r"|(?<=,\s)(?:marking|making)\s+(?:it\s+)?(?:the\s+first\s+time|its\s+\w+est))\b.*", re.S)
_SAME_PERIOD_OPENS = re.compile(r"(?i)\s*(?:in|during|for)\s+the\s+same\s+(?:month|period|quarter)\s+(?:of\s+)?"
                                r"(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+previous\s+year)\s*,")


def _estimated_before_for(text: str, spans: Spans, year: str) -> bool:
    """Whether the sentence before estimates figures of `year` ("... is projected to hit 1.9 million units in
    2023.")."""
    told = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]
    said = text[told[0][0] : told[0][1]] if told else ""
    return bool(re.search(r"(?i)\b(?:expected|estimated|projected)\b", said)) and year in said


def _ends_after(period: str, published: dt.date) -> bool:
    """Whether a period ends on or after the day the article was published (an outlook's period to come)."""
    try:
        return period_bounds(period)[1] >= published
    except ValueError:
        return False


# "a losing streak which began in October": when a run of falls or gains started
_STREAK_BEGAN = re.compile(r"(?i)\b(?:streak|run|slide|slump)\s+(?:that|which)\s+(?:began|started)\s+(?:in\s+)?$")


def _record_reach(text: str, start: int, found: _Period) -> bool:
    """Whether a period found after `start` only says how far back a record, a turn or a streak reaches ("its
    weakest reading since 2018", "its smallest since late 2021", "a losing streak which began in July"), not the
    figure's period."""
    if _STREAK_BEGAN.search(text, max(start, found.start - 40), found.start):
        return True
    if re.match(r"(?i)since\b", text[found.start : found.end]):
        since = found.start
    else:
        before = _SINCE_BEFORE.search(text, max(start, found.start - 40), found.start) or _SINCE_IT_BEGAN.search(
            text, max(start, found.start - 90), found.start)
        if not before:
            return False
        since = before.start()
    # "topping the 35,000-unit mark it had kept since April": how long a level has held
    return bool(_RECORD_BEFORE.search(text, start, since) or _HELD_BEFORE.search(text, start, since))


def _results_compared(text: str, found: _Period) -> bool:
    """Whether a period dates results a figure is compared with ("better than their March 2024 results")."""
    # ("the biggest gains over the corresponding period in 2023": the year compared with)
    return bool(_OVER_THEIR.search(text, max(0, found.start - 20), found.start)
                and _RESULTS_AFTER.match(text, found.end)) or bool(
        _SAME_PERIOD_BASE.search(text, max(0, found.start - 60), found.start))


def _of_another_span(text: str, found: _Period) -> bool:
    """Whether a period found is a span of something other than the calendar ("the first quarter of Zeta's second
    decade"), which dates no figure."""
    return bool(_OF_A_NAME.match(text, found.end))


_OF_A_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['\u2019]s\s+(?!(?:19|20)\d\d)")
_SAME_PERIOD_BASE = re.compile(r"(?i)\b(?:from|over|than|on|against|compared\s+(?:with|to))\s+the\s+"
                               r"(?:same|corresponding)\s+period\s+(?:of|in)\s+$")
# ("... and more than all price cuts before 2022": a span ended before the story's, no figure's period)
_UNTIL_BEFORE = re.compile(r"(?i)\b(?:until\s+(?:sometime\s+in\s+|at\s+least\s+|late\s+|early\s+)?"
                           r"|before\s+|prior\s+to\s+)$")
# (a level compared with, of its own period: "above the 142 models cut in all of 2023", "below the 70,100 units
# handed over in Q2", "widening from the 1.9 billion yuan outflow it booked in Q2")
_LEVEL_COMPARED_BEFORE = re.compile(r"(?i)\b(?:exceeding|surpassing|more\s+than|above|beating|topping|below|under"
                                    r"|short\s+of|behind|(?:widening|narrowing|reversing|swinging)\s+from)\s+(?:the\s+)?"
                                    r"(?:total\s+)?(?:number\s+)?(?:of\s+)?[\d.,]+\s+[^.;,\d]{0,40}?"
                                    r"\b(?:for|in|of)\s+(?:the\s+)?(?:(?:whole|entire)\s+(?:year\s+)?(?:of\s+)?)?$")
_OVER_THEIR = re.compile(r"(?i)\b(?:over|than|from|on|against)\s+(?:their|its|the)\s+$")
_RESULTS_AFTER = re.compile(r"(?i)\s+(?:results|figures|sales|levels?|totals?|tally)\b")
# A figure compared with another after it: "well ahead of the 11% rise seen in 2024"
_COMPARED_WITH = re.compile(r"(?i)\b(?:outpac\w+|outstripp\w+|compared\s+(?:with|to)|versus|against"
                            # "a 0.83% increase from the 71,007 vehicles sold in June 2024"
                            # ("a 52.1% increase over the 138,000 units in H1 2024", not "growth over the past ...")
                            # "up from a 9.1% year-on-year rise in March": the rate before, of its month
                            r"|(?:down|up|slower|faster|slowing|accelerating|easing|cooling|quickening)\s+from"
                            r"(?=\s+(?:an?|the)\b)"
                            r"|(?:increase|rise|jump|gain|growth|drop|fall|decline|decrease)\s+"
                            r"(?:from|over(?!\s+the\s+(?:past|last|previous|first|next|same)\b))(?=\s+the\b))"
                            r"(?:\s+(?:the|a|an|its|their))?(?:\s+[\w-]+)?(?:\s+than)?\s+$")
_PEAK_FROM = re.compile(r"(?i)\s+from\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){1,3}?of\s+")
_REPRESENTING_BEFORE = re.compile(r"(?i),\s*(?:representing|marking|reflecting)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
                                  r"(?:increase|rise|growth|gain|decrease|decline|drop|fall|jump)\s+(?:of\s+)?"
                                  + HEDGE_BEFORE + "$")
# "slowed to 6.1 per cent, down from a 9.4 per cent gain in May": the rate moved from, and the words up to its period
_MOVED_FROM = re.compile(r"(?i)(?:\s+(?:for|in)\s+the\s+(?:year|month|quarter))?(?:,?\s+(?:down|up))?"
                         r"\s+from\s+(?:an?\s+|the\s+)?")
_RATE_IN = re.compile(r"(?i)\s+(?:(?:gain|rise|increase|growth|drop|fall|decline|jump)\s+)?in\s+")
_POINTS_FROM = re.compile(r"(?i)\s+(?:(?:rise|increase|gain|climb|jump|drop|fall|decline|dip)\s+)?from\s+"
                          r"(?:an?\s+|the\s+|its\s+|their\s+)?")
_FROM_RATE = re.compile(r"(?i)\s+from\s+(?:an?\s+|the\s+)?")
# The economy as a whole, a subject aside from the car market: "GDP growth", "consumer prices", "inflation"
_THE_ECONOMY = re.compile(r"(?-i:GDP)\b|(?i:gross\s+domestic\s+product|consumer\s+prices?|inflation)")
_AS_OF = re.compile(r"(?i)\bas\s+(?:of|at)\s+(?:the\s+end\s+of\s+)?")
_EARNED_OR_MOVED = re.compile(r"(?i)\b(?:revenues?|profits?|income|loss|margins?|sales|deliveries|output|exports)\b")
# (not "its sales network had 512 stores": the places that sell, a stock)
_FLOW = re.compile(r"(?i)\b(?:(?:sales|delivery)(?!\s+(?:networks?|stores?|outlets?|points?))|sold|output|produced"
                   r"|production|exports|exported|deliveries|delivered|wholesaled?"
                   r"|retail(?!\s+(?:sales\s+)?(?:stores?|outlets?|shops?|centers?|centres?|networks?))|shipped|shipments)\b")
# "At the close of December", "by end-December 2024", "as of December 31, 2024", "at year-end": a
# count at the close of a year
_YEAR_CLOSE = re.compile(r"(?i)\b(?:(?:end|close)\s+of\s+Dec(?:ember|\.)?|end-Dec(?:ember|\.)?"
                         r"|Dec(?:ember|\.)?\s+31(?:st)?\b|31(?:st)?\s+Dec(?:ember|\.)?|year[- ]end\b"
                         r"|end\s+of\s+(?:the\s+|last\s+|this\s+)?year\b)")
# ("lifting its annual tally of EV sales past 1.16 million")
_NUMBER_OF_BEFORE = re.compile(r"(?i)[\d.]+\s*(?:%|percent|per\s+cent)\s+of\s+$")
_OF_ANNUAL_AFTER = re.compile(r"(?i)\s+of\s+(?:the\s+)?(?:annual|full[- ]year|whole[- ]year|yearly)\s+")
_ANNUAL_BEFORE = re.compile(r"(?i)\b(?:annual|full-year|whole-year)\s+(?:(?:tally|total|count)\s+of\s+)?"
                            r"(?:[a-z-]+\s+){0,2}?(?:sales|output|production"
                            r"|deliveries|exports)\b(?!\s+capacity)(?:\s+[a-z]+){0,5}\s+(?:of\s+)?$")


def _written_after(text: str, mention: Mention, spans: Spans, period: str, published: dt.date) -> bool:
    """Whether `period` is written right after a number that is not an actual one, this one or another of its
    sentence, or after its range's other end or a conversion ("expects a profit of 1.1 billion yuan ($150
    million) to 1.4 billion yuan for 2025, 40% to 75% more than a year before"): an estimate's own period, though over
    (not "sold 500,000 in 2023, and the target implies 20 percent growth": the year of a figure done)."""
    numbers = mentions_in(text, *spans.sentence)
    for found in _periods_in(text, *spans.sentence, published, True):
        before = [m for m in numbers if m.end <= found.start]
        if found.period != period or not before:
            continue
        owner = before[-1]
        between = text[owner.end : found.start]
        if not re.fullmatch(r"(?i)\s*(?:(?:in|for|during)\s+)?(?:the\s+)?", between):
            continue
        chain = [m for m in before if m.start >= mention.start]
        if owner.start >= mention.start and all(
                _JOINED.fullmatch(text, a.end, b.start) for a, b in zip(chain, chain[1:], strict=False)):
            return True  # this number's, its range's or its conversion's
        if read_status(text, spans_around(text, owner), owner) != "actual":
            return True  # an estimate's, which this number goes on from
    return False


_JOINED = re.compile(r"(?i)\s*\(?\s*\)?\s*(?:(?:to|and|or|-|\u2013)\s*)?(?:[A-Z]{3}\s*|RMB\s*|US\$\s*)?\(?\s*")


def _opens_sentence(text: str, spans: Spans, mention: Mention, period: str, published: dt.date) -> bool:
    """"In January, sales are expected to reach 2.54 million", said in February: an estimate of a period over,
    named as its sentence opens ("In January", "As reported, in January"), is that period's (an actual figure, as
    the dictionary says)."""
    start = spans.sentence[0]
    # "Zeta estimated its earnings last year at ...": an estimate of a period it names, wherever in its sentence
    # ("Zeta estimates 96,000 sales in January": after the number too)
    estimate = re.search(r"(?i)\bestimat\w*", text[start : mention.start])
    return any(found.period == period and (estimate or _OPENING.fullmatch(text, start, found.start))
               and ";" not in text[found.end : mention.start]  # ("...; for the full year, it expects ...")
               for found in _periods_in(text, start, spans.clause[1] if estimate else mention.start, published, True))


_OPENING = re.compile(r"(?i)(?:[^,.;\d]{0,40},\s*)?(?:in|for|during)\s+")
_BASE_IN = re.compile(r"(?i)\bfrom\s+(?:an?\s+)?\S+(?:\s+(?:million|billion|yuan|units|vehicles))?\s+(?:in|during)\s+"
                      r"(?:the\s+)?$")


# "than the fall of 8 percent seen in the January-September period": what the number is compared
# with, and the period after it, are the base's.
# (not the hedge of a level after it: "jumped 48.3 percent to more than 2.1 million in 2025")
_THAN_BETWEEN = re.compile(r"(?i)\b(?:(?<!more\s)(?<!less\s)(?<!fewer\s)than|(?<=more\s|less\s)than(?!\s+\d)"
                           r"|(?<=fewer\s)than(?!\s+\d)|compar(?:ed|ing)\s+(?:with|to))\b")
# "already top the 300,000 units delivered in all of 2022": the number is the base of the
# comparison, and the period before it is its subject's.
_BASE_VERB_BEFORE = re.compile(
    r"(?i)\b(?:exceed\w*|surpass\w*|outpac\w*|beat(?:ing|s)?|topp?\w*)\s+(?:far\s+|well\s+)?the\s*$")
# "from 2019's 10 percent to this year's 22 percent", "from last year's 28 million units": the period named
# with "'s" right before the number is its own.
# ("2016's annual growth of just 2.2 percent"; not "2023's top seller sold 300,000 cars in May", whose verb says when)
_POSSESSIVE_BEFORE = re.compile(r"['\u2019]s\s+(?:(?!(?:[a-z]+ed|sold|rose|fell|grew|hit|to|was|were|is|are|had|has)\s)"
                                r"[a-z-]+\s+){0,4}$")
_AVERAGE_GROWTH = re.compile(r"(?i)\b(?:average\s+annual|annual\s+average|compound\s+annual)\b")
_YEAR_SPAN = re.compile(r"\b(?P<first>(?:19|20)\d\d)\s*(?:-|\u2013|to|through)\s*(?P<last>(?:19|20)?\d\d)\b")


def _last_year(span: re.Match[str]) -> int:
    """The last year of a _YEAR_SPAN match, written in full ("2026-30" -> 2030)."""
    return int(span["first"][: 4 - len(span["last"])] + span["last"])

# ("against 12 percent for all of 2022", "in the whole of 2022")
_WHOLE_YEAR = (r"\s+(?:for|in|over)\s+(?:(?:the\s+)?(?:whole|full|entire)[- ]year\s+(?:of\s+)?"
               r"|(?:all|the\s+whole|the\s+entirety)\s+of\s+)(?P<year>(?:19|20)\d\d)\b")
# ("... decreased 8 percent for the whole year 2019", "23.1 million units over the entire year of 2025", and "a 4.1%
# rise in retail sales to 23.1 million units over the entire year of 2025": the growth to that level)
_WHOLE_YEAR_AFTER = re.compile(r"(?i)(?:\s+(?:units|vehicles|cars)|\s*(?:%|percent|per\s+cent)?\s+(?:increase|rise"
                               r"|growth|decline|drop|fall)\s+(?:in\s+[^.;,\d]{1,40}?\s+)?to\s+[\d.,]+"
                               r"(?:\s+(?:million|billion|thousand))?(?:\s+(?:units|vehicles|cars))?)?" + _WHOLE_YEAR)
_STREAK_AFTER = re.compile(r"(?i)\s+(?:consecutive|straight)\s+years\b")
_HELD_FOR_YEARS = re.compile(r"(?i)\bfor\s+(?:the\s+)?(?P<n>\d\d?|[a-z]+)\s+(?:consecutive|straight)\s+years\b")


def _is_base_of(text: str, mention: Mention, position: int) -> bool:
    if position >= mention.end:  # the first period after "than" is the base's
        comparisons = list(_THAN_BETWEEN.finditer(text, mention.end, position))
        return bool(comparisons) and not _PERIOD_RE.search(text, comparisons[-1].end(), position)
    return bool(_BASE_VERB_BEFORE.search(text[max(0, mention.start - 40) : mention.start]))


# ("a 1.38 billion yuan profit a year earlier": the amount's own noun between)
_YEAR_AGO_AFTER = re.compile(r"(?i)(?:\s+(?:units|vehicles|cars|(?:net\s+)?profit|(?:net\s+)?loss|revenue)|\s*GWh"
                             # ("from 6.2 billion yuan of operating cash inflow a year ago")
                             r"|\s+(?:in|of)\s+(?:[a-z-]+\s+){0,3}?(?:inflow|outflow|income|profit|loss|revenue))?"
                             # ("compared with the 30,100 units it shipped a year earlier")
                             # ("from the 26,460 units delivered a year earlier")
                             r"(?:\s+(?:(?:it|they|that|which)\s+(?:had\s+)?)?[a-z]+ed)?"
                             # (not "from a 9.1% year-on-year rise in March": a rate of growth, of its month)
                             # ("from RMB1.95 billion, or RMB2.06 per share, in the year-ago quarter")
                             r"(?:,\s+or\s+[^,;()]{1,30},)?"
                             r"\s+(?:year[- ](?:on|over)[- ]year"
                             r"(?!\s+(?:increase|rise|gain|growth|jump|decline|drop|fall|decrease)\b)"
                             r"|a\s+year\s+(?:earlier|ago|before)"
                             # ("up 21.5 percent from 2.6 GWh in March of the year before", same month)
                             r"|in\s+the\s+same\s+(?:period|month|quarter)\s+(?:of\s+)?(?:last\s+year"
                             r"|a\s+year\s+(?:ago|earlier)"
                             r"|the\s+(?:previous|prior)\s+year|the\s+year\s+before)"
                             # ("against 4.4 billion yuan for the prior-year period")
                             r"|(?:in|for)\s+the\s+(?:prior|previous)[- ]year(?:\s+(?:period|quarter))?"
                             r"|in\s+the\s+year[- ]ago\s+(?:period|quarter))\b")
# "increasing from 555 at the end of last year to 890 by the end of September": a change told by its two ends
_FROM_TO = re.compile(r"(?i)\bfrom\s+(?:about\s+|some\s+|over\s+|nearly\s+)?(?P<a>\d[\d,.]*)(?:\s+(?:million|thousand|"
                      r"billion))?(?:\s+[a-z]+){0,8}?\s+to\s+(?:about\s+|some\s+|over\s+|nearly\s+|more\s+than\s+)?"
                      r"(?P<b>\d[\d,.]*)")
_YEARS_FROM_TO = re.compile(rf"(?i)\b(?:from|between)\s+(?P<y1>{YEAR})\s+(?:to|and)\s+(?P<y2>{YEAR})")
_AT_PERIOD_AFTER = re.compile(r"(?i)(?:\s+(?:million|thousand|billion))?(?:\s+(?:units|vehicles|cars|stations|piles))?"
                              r"\s+(?:at|by|in|as\s+of)\s+(?:the\s+end\s+of\s+)?")
# "the record set in March of 41,200 cars": a record and the month it was set in
_RECORD_SET_IN = re.compile(rf"(?i)\b(?:record|high|peak)\s+(?:set|reached|hit|posted)\s+in\s+"
                            rf"(?P<when>{MONTH}(?:\s+{YEAR})?)\s+of\s+(?:about\s+|some\s+|nearly\s+)?$")
# "down 8% from March deliveries, when the company delivered 10,378 units": the base's period
_YEAR_WHEN = re.compile(rf"(?i)\b(?:in|since|of)\s+(?P<year>{YEAR})\s*,?\s+when\s+[^.;,]*$")
# ("a 6.5% rise compared with March 2024, when the company sold 41,200": that March's)
_WHEN_BASE = re.compile(r"(?i)\b(?:from|compared\s+(?:to|with)|than|versus|against)\s+"
                        r"(?P<base>[^,.;]{3,30}?)\s*,?\s+when\s+[^.;,]*$")


# "the 21.1% growth recorded in 2025", "a 6.3% gain seen in the spring of 2024": a change dated by its own words
_RECORDED_IN_AFTER = re.compile(CHANGE_RECORDED.pattern + r"\s+(?:in\s+)?")


def _own_period(text: str, mention: Mention, spans: Spans, published: dt.date | None, future: bool) -> str:
    """A period the number's own words give it: "2020's 14 percent", a growth averaged over a span of years,
    a record held "for three consecutive years" (the years up to the last one), the base a "when" clause
    states ("from April last year, when the company delivered 9,002 vehicles")."""
    ends = next((m for m in _FROM_TO.finditer(text, spans.sentence[0], spans.sentence[1])
                 if not re.fullmatch(YEAR, m["a"]) and mention.start in (m.start("a"), m.start("b"))), None)
    span = _YEARS_FROM_TO.search(text, spans.sentence[0], spans.sentence[1])
    if ends and span and mention.start in (ends.start("a"), ends.start("b")):
        # "From 2019 to 2021, NEV registrations increased from 69,000 to 259,000": each end its year
        return span["y1"] if mention.start == ends.start("a") else span["y2"]
    stated_at = _AT_PERIOD_AFTER.match(text, mention.end) if ends and mention.start in (
        ends.start("a"), ends.start("b")) else None
    named = _periods_in(text, stated_at.end() - 1, min(spans.sentence[1], stated_at.end() + 40), published, future,
                        bases=False) if stated_at else []
    if stated_at and named and named[0].start <= stated_at.end():
        return named[0].period  # "from 555 at the end of last year to 890 by the end of September": each end's time
    record_set = _RECORD_SET_IN.search(text, max(spans.sentence[0], mention.start - 60), mention.start)
    named = _periods_in(text, record_set.start("when"), record_set.end("when"), published, False,
                        bases=False) if record_set else []
    if named:  # "beating the record set in March of 41,200 cars": the month the record was set in
        return named[0].period
    year_when = _YEAR_WHEN.search(text, spans.sentence[0], mention.start)
    if year_when:  # "the slowest growth since 2012 when sales increased by 4.3 percent": that year's
        return year_when["year"]
    when = _WHEN_BASE.search(text, spans.sentence[0], mention.start)
    if when:
        named = _periods_in(text, when.start("base"), when.end("base"), published, future, bases=False)
        if named:
            return named[-1].period
    possessive = _POSSESSIVE_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if possessive:
        named = [p for p in _periods_in(text, spans.sentence[0], possessive.start(), published, future, bases=False)
                 if p.end == possessive.start()]
        if named:
            return named[-1].period
    recorded = _RECORDED_IN_AFTER.match(text, mention.end)
    named = _periods_in(text, recorded.end(), min(spans.sentence[1], recorded.end() + 40), published, future,
                        bases=False) if recorded else []
    if named and named[0].start == recorded.end():  # type: ignore[union-attr]
        return named[0].period  # "a far cry from the 21.1% growth recorded in 2025": the year it was recorded in
    whole_year = _WHOLE_YEAR_AFTER.match(text, mention.end)
    if whole_year:  # "fell in December and decreased 8 percent for the whole year 2019"
        return whole_year["year"]
    base_year = base_of_change(text, mention)
    if base_year.isdigit():
        return base_year  # "could climb to 4.4 million this year from 3.9 million in 2021"
    clause = text[spans.clause[0] : spans.clause[1]]
    years = sorted({int(y) for y in re.findall(YEAR, text[spans.sentence[0] : spans.sentence[1]])})
    if _AVERAGE_GROWTH.search(clause) and len(years) >= 2:
        return f"{years[0]}/{years[-1]}"
    if _AVERAGE_GROWTH.search(clause):
        # "a compound annual growth rate of 14.2 percent during the period", the period an earlier sentence
        # names ("in the 2025-2029 period"), else from the year of publication to the year it names
        for start, end in earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:3]:
            span = _YEAR_SPAN.search(text, start, end)
            if span:  # "(2026-30)": the last year written short
                return f"{span['first']}/{_last_year(span)}"
        if years and published and published.year < years[-1]:
            return f"{published.year}/{years[-1]}"
    streak = _STREAK_AFTER.match(text, mention.end)
    if streak and published and mention.value == int(mention.value) and 1 < mention.value < 50:
        return f"{published.year - int(mention.value)}/{published.year - 1}"
    held = _HELD_FOR_YEARS.search(text, mention.end, spans.sentence[1])
    if held and published and not re.search(r"\d|,\s*(?:and\s+)?[a-z]+ing\b|,\s*and\b|\brespectively\b",
                                            text[mention.end : held.start()]):
        # "exports above 2 million cars for four consecutive years": each of those years (not "up 24.1 percent,
        # ranking first for 10 straight years", a clause of its own)
        count = _COUNTS.get(held["n"].lower()) or (int(held["n"]) if held["n"].isdigit() else 0)
        if 1 < count < 50:
            return f"{published.year - count}/{published.year - 1}"
    return ""


_WEEKDAYS = tuple(day.lower() for day in WEEKDAY_NAMES)
_ON_DAY = re.compile(rf"(?i)\b(?:on|on\s+the\s+morning\s+of|on\s+the\s+evening\s+of)\s+(?:(?P<weekday>"
                     rf"{'|'.join(_WEEKDAYS)})|(?P<month>{MONTH})\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?)\b")
_SAID_ON = re.compile(r"(?i)\b(?:said|says|announced|reported|showed|released|published|revealed|disclosed|unveiled"
                      r"|stated|told|added|report|reports|data|statement)\s+(?:\w+\s+){0,3}$")
_ONE_EVENT = re.compile(r"(?i)\b(?:vessel|ship|shipment|loaded|departed|set\s+sail|sailed|train|arriv\w+|berth"
                        r"|carrier|voyage|rolled\s+off)\b")


# a price by the ton dated to a day: "63,100 yuan (US$8,790) a ton on June 19", "79,000 yuan a ton on Monday"
_PRICE_ON_DAY = re.compile(r"(?i)\s*(?:\([^()]{1,30}\)\s*)?(?:per|a|/)\s*(?:ton|tonne|t|kg)\b\s*(?=on\s)")


def _event_day(text: str, mention: Mention, spans: Spans, published: dt.date | None) -> str:
    """The day of one shipment or voyage its sentence dates ("On Thursday, the port saw the arrival of 402 NEVs",
    "750 cars were loaded onto the ship ... on Sept 27"), or of a price by the ton ("58,400 yuan per ton on June
    23"), not a day something was said on; "" otherwise."""
    priced = _PRICE_ON_DAY.match(text, mention.end) if published and mention.unit in CURRENCIES else None
    if priced and published:
        return day_named(text, priced.end(), spans.sentence[1], published)
    if not published or mention.unit not in ("vehicles", "count") or not _ONE_EVENT.search(text, *spans.sentence):
        return ""
    return day_named(text, *spans.sentence, published)


def day_named(text: str, start: int, end: int, published: dt.date) -> str:
    """The day text[start:end] dates with "on Wednesday" or "on Sept 27" (the latest such day up to publication),
    not a day something was said on; "" when it names none."""
    for found in _ON_DAY.finditer(text, start, end):
        if _SAID_ON.search(text, max(start, found.start() - 40), found.start()):
            continue
        dated = re.match(rf",?\s+(?P<month>{MONTH})\s*(?P<day>\d{{1,2}})\b", text[found.end() : found.end() + 20])
        if found["weekday"] and not dated:
            back = (published.weekday() - _WEEKDAYS.index(found["weekday"].lower())) % 7
            return (published - dt.timedelta(days=back)).isoformat()
        found = dated or found  # ("on Friday, February 27": the date it names)
        month = {k.lower(): v for k, v in _MONTHS.items()}.get(found["month"].rstrip(".").lower(), 0)
        if month and 1 <= int(found["day"]) <= 31:
            year = published.year - (month > published.month)
            try:
                return dt.date(year, month, int(found["day"])).isoformat()
            except ValueError:
                return ""
    return ""


# ("sales are estimated to have reached 61,200 units in November", said on November 22: this month's, estimated)
_ESTIMATED_BEFORE = re.compile(r"(?i)\b(?:estimat|expect|project|forecast|predict)\w*\b")
_AFTER_MOVING = re.compile(r"(?i)\bafter\s+(?:rising|growing|falling|declining|increasing|decreasing|dropping|jumping"
                           r"|climbing|gaining|sliding|surging)\b[^,;.]*$")
_A_YEAR_EARLIER_AFTER = re.compile(r"(?i)(?:\s+(?!after\b)[\w.%-]+){0,6}?\s+(?:a\s+year\s+(?:earlier|ago|before)"
                                   r"|the\s+(?:previous|prior)\s+year)\b")
# "up 3.3% from April": a month set beside the month before it
_FROM_MONTH_BEFORE = re.compile(rf"(?i)\b(?:up|down|rising|falling|and)\s+[\d.]+\s*(?:%|percent|per\s+cent)\s+"
                                rf"(?:from|over|on)\s+(?P<month>{MONTH})(?!\s*\d)")
_THAT_YEAR = re.compile(r"(?i)\s*(?:in\s+)?(?:that|the\s+same)\s+(?:same\s+)?year\b(?!\s+(?:earlier|before|ago))")
_IT_FOLLOWS = re.compile(r"(?:That|This|It)\s+(?:follows|followed|came\s+after|comes\s+after)\b")
_SAID_THAT = re.compile(r"(?i)\s*(?:[\w&.'\u2019-]+\s+){1,4}?(?:said|says|announced|reported|disclosed|revealed|stated"
                        r"|forecast|estimated|expected)\b")
_THE_PERIOD = re.compile(r"(?i)\b(?:during|in|over|for)\s+the\s+period\b(?!\s+(?:of|from|between|to)\b)")


def _counted_as_of(text: str, start: int, period: _Period) -> bool:
    """Whether a period is the day or month a count is taken at ("as of June 30, 2025", "as at the end of June"; not
    "As of 2024", which a later "In the same year" takes up)."""
    return bool(re.fullmatch(r"\d{4}-\d\d", period.period)) and bool(_AS_OF.match(text, period.start) or any(
        m.end() == period.start for m in _AS_OF.finditer(text, max(start, period.start - 24), period.start)))


# a base in brackets, labelled by its period: "(Q3/2024: 39,790 units)"
_LABELLED_BASE = re.compile(r"\(\s*[^():]{2,20}:\s*[\d.,]+[^()]*\)")
# a rate and the one it moved from: "slipped to 21.8 percent from 22.6 percent"
_RATE_MOVED_FROM = re.compile(r"(?i)\bto\s+(?P<to>[\d.]+)\s*(?:%|percent|per\s+cent)\s+from\s+(?:about\s+|around\s+"
                              r"|nearly\s+|some\s+|just\s+|only\s+)?$")


def rate_moved_to(text: str, mention: Mention) -> Mention | None:
    """The rate a percentage is the earlier value of ("to 8.2% from 9.0%": 8.2%), or None."""
    moved = _RATE_MOVED_FROM.search(text, max(0, mention.start - 40), mention.start)
    if not moved or mention.unit != "percent" or mention.direction:
        return None
    return next((m for m in mentions_in(text, moved.start("to"), moved.end()) if m.start == moved.start("to")
                 and m.unit == "percent"), None)


_NOTE_THAT = re.compile(r"(?i)^\s*(?:it\s+is\s+(?:worth\s+noting|notable|noteworthy)|it\s+should\s+be\s+noted)"
                        r"\s+that\s+")


def _period_of(text: str, mention: Mention, spans: Spans, published: dt.date | None, status: str) -> str:
    future = status != "actual"

    def periods(start: int, end: int) -> list[_Period]:
        return _periods_in(text, start, end, published, future, mention)

    own = _own_period(text, mention, spans, published, future)
    if own:
        return own
    done = [m for m in mentions_in(text, spans.sentence[0], mention.start) if m.unit != "percent"] if (
        mention.unit == "percent" and OF_GOAL_AFTER.match(text, mention.end)) else []
    if done:  # "delivered 297,000 cars through October, some 85.7% of its annual target": as far as that level
        return _period_of(text, done[-1], spans_around(text, done[-1]), published, "actual")
    rate = rate_moved_to(text, mention) if not future else None
    if rate and not periods(mention.end, spans.clause[1]):
        # "Its gross margin slipped to 21.8 percent from 22.6 percent", of 2024: the year before's rate
        now = _period_of(text, rate, spans, published, status)
        if re.fullmatch(r"\d{4}", now):
            return str(int(now) - 1)
    since = _SINCE_YEAR_OPENS.match(text, spans.sentence[0])
    if since and FROM_BEFORE.search(text, max(spans.sentence[0], mention.start - 20), mention.start) and (
            _TO_LATER.match(text, mention.end)):
        return since["year"]  # "Since 2020, NEV production has climbed from 1.21 million to 8.37 million by 2023"
    if since and _FROM_TO_BEFORE.search(text, spans.sentence[0], mention.start) and mention.unit == "times":
        # "..., a 6.5-fold increase": the change to the level after "to", of its period
        reached = [p for p in periods(*spans.sentence) if p.start < mention.start and p.start > since.end()]
        if reached:
            return reached[-1].period
    line = table_line(text, mention.start, ()) if published and not future else None
    if line:  # "The best sellers for the month were:\nZeta Alpha \u2013 9,120": the table's period
        tabled = _table_period(text, line.table_start, published)
        if tabled:
            return tabled
    day = _event_day(text, mention, spans, published) if not future else ""
    if day:
        return day

    since = _SINCE_START.search(text, spans.sentence[0], mention.start) or _SINCE_START.search(text, *spans.clause)
    if since and published and not future and not periods(since.end(), spans.sentence[1]):
        # "Since its debut in May 2021, the tally has topped 900,000 units": a running total as of
        # when the article counts it; the date after "since" is where it starts
        return _stock_date(text, mention.start, published) or f"{published.year}-{published.month:02d}"
    if (_THE_PERIOD.search(text, spans.sentence[0], spans.clause[1]) and not periods(spans.sentence[0], mention.start)
            and not any(p.start > mention.end and not mentions_in(text, mention.end, p.start)
                        for p in periods(*spans.clause))):  # ("..., down from 36.8 percent in December 2024": a
        # base's own period; but "during the period, ... below the 70,100 units handed over in Q2": another
        # number's)
        # "its shipments abroad grew strongly from January to May. LHW exported 41,300 vehicles during the
        # period, ..., more than in all of last year": the period the sentence before named (a sentence
        # that names one before the number means its own: "In the first half, ... in the period")
        for start, end in earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:3]:
            found = periods(start, end)
            if found and not _THE_PERIOD.search(text, start, end):  # (one that says "the period" goes on too)
                return found[-1].period
    # ("down 0.3 percentage point from August and its weakest reading for the month since 2018": how far back a
    # record reaches, not the figure's period)
    # ("topped the month with 18,650, ahead of Orion (the two trading places in the year-to-date tally)": a
    # bracket without the number dates none of its figures)
    brackets = [m.span() for m in _BRACKET_ASIDE.finditer(text, *spans.sentence)
                if not m.start() <= mention.start < m.end() and not mentions_in(text, *m.span())]
    # ("sales rose by 161.2 per cent (Q3/2024: 37,700 units)": the base's period, in its bracket)
    brackets += [m.span() for m in _LABELLED_BASE.finditer(text, *spans.sentence)
                 if not m.start() <= mention.start < m.end()]
    in_clause = [p for p in periods(*spans.clause)
                 if not _record_reach(text, spans.clause[0], p) and not _results_compared(text, p)
                 and not _of_another_span(text, p) and not any(a <= p.start < b for a, b in brackets)]
    if not in_clause and _THE_QUARTER.search(text, *spans.clause):
        # "Vehicle margin was 14.2% in the quarter": the latest quarter the article named before (not a month it
        # named since, nor a quarter it compares with), else the last one ended before it was published
        quarters = [p.period for start, end in earlier_sentences(text, spans.sentence[0], across_paragraphs=True)
                    for p in periods(start, end) if _IS_QUARTER.fullmatch(p.period)
                    and (future or not published or _quarter_order(p.period) < _quarter_order(
                        f"{published.year}-Q{(published.month - 1) // 3 + 1}"))]  # (an actual one is over)
        if quarters:
            return max(quarters, key=_quarter_order)
        if published and not future:
            quarter = (published.month - 1) // 3 - 1
            return f"{published.year + quarter // 4}-Q{quarter % 4 + 1}"
    if not future:  # "reached a total of 640,000 in June and is on course to hit 900,000 by December": the date
        # an outlook after an actual figure names is the outlook's
        in_clause = [p for p in in_clause if p.start < mention.end or status_of(text[mention.end : p.start]) not in (
            "forecast", "target") or not mentions_in(text, mention.end, p.start)]
    if in_clause and periods(spans.sentence[0], spans.clause[0]) and all(
            _NOW_DOING.match(text, p.start) for p in in_clause):
        # "From January to September, NEV sales nearly doubled, now making up 11 percent of the market": the span
        # the sentence opens with, which the share goes on from
        in_clause = []
    if any(not _NOW.match(text, p.start) for p in in_clause):
        # "Q2 volume is now 2 million": the period named, not when it is told
        # (but "from about 300 now": the number's own)
        in_clause = [p for p in in_clause if not _NOW.match(text, p.start)
                     or (p.start >= mention.end and not text[mention.end : p.start].strip())]
    right_after = [p for p in in_clause if p.start >= mention.end and _RIGHT_AFTER.match(
        _CONVERTED_AFTER.sub("", text[mention.end : p.start], count=1))]  # (past "3,310 yuan (465 USD) in 2025")
    if right_after:
        # "may come to 1.35 million units this year and 1.62 million vehicles in 2026", "rise in 2026 and reach 34
        # million units in 2028": the period right after a number is its own, not one an earlier verb or number took
        return right_after[0].period
    compared = [m for m in mentions_in(text, mention.end, spans.sentence[1]) if not re.fullmatch(YEAR, m.text)
                and (_COMPARED_WITH.search(text, max(mention.end, m.start - 30), m.start)
                     # "a slide of 21.9 per cent from its all-time peak of 16,000 units set in December": the peak's
                     or _PEAK_FROM.fullmatch(text, mention.end, m.start)
                     # "eased to 8% from 21.5% in April": the rate it moved from, of its own month
                     # (not "to 35% from 10% starting next month": when the new rate applies)
                     # ("slowed to 6.1 per cent, down from a 9.4 per cent gain in May")
                     # ("eased to 9% from 11% a year earlier and 10% in the prior quarter": the bases'
                     # periods, not the rate's)
                     or (m.unit == mention.unit == "percent" and _MOVED_FROM.fullmatch(text, mention.end, m.start)
                         and (_RATE_IN.match(text, m.end) or _A_YEAR_EARLIER_AFTER.match(text, m.end)))
                     # "a 0.31 percentage point rise from its 43.89 percent share in September": the rate it
                     # moved from
                     or (mention.unit == "percentage_points" and m.unit == "percent"
                         and _POINTS_FROM.fullmatch(text, mention.end, m.start))
                     # "deliveries slid 18.4% from the 59,070 units of February": the level it moved from
                     or (mention.unit == "percent" and m.unit == "vehicles" and mention.direction
                         and _FROM_RATE.fullmatch(text, mention.end, m.start)))]
    if compared:  # "rose 64% to 3.1 million, well ahead of the 11% rise seen in 2024": the other's date
        in_clause = [p for p in in_clause if p.start < compared[0].start]
    moved_from = compared[0] if (compared and not in_clause and not future and published and mention.unit == compared[
        0].unit == "percent" and _MOVED_FROM.fullmatch(text, mention.end, compared[0].start)) else None
    from_month = [p for p in _periods_in(text, moved_from.end, spans.sentence[1], published, future, bases=False)
                  if _RATE_IN.fullmatch(text, moved_from.end, p.start)
                  and re.fullmatch(r"\d{4}(?:-\d\d)?", p.period)][:1] if moved_from and published else []
    after = _period_after(from_month[0].period) if from_month else ""
    if after and published and after <= f"{published:%Y-%m}"[: len(after)]:
        # "growth in its sales cooled to 31 percent from 38 percent in May": the month after (and "slowed to 12% from
        # 31% in 2024": the year after), when it is over
        return after
    compared_before = [m for m in mentions_in(text, spans.sentence[0], mention.start) if not re.fullmatch(YEAR, m.text)
                       and _COMPARED_WITH.search(text, max(spans.sentence[0], m.start - 30), m.start)]
    if compared_before:  # "a 0.74% rise from the 65,200 sold in June 2024, with a 13.7% jump ...": that base's
        in_clause = [p for p in in_clause if not compared_before[-1].start < p.start < mention.start]
    nearest = _nearest(in_clause, mention.start, mention.end)
    if nearest:
        return nearest.period
    representing = _REPRESENTING_BEFORE.search(text, max(spans.sentence[0], mention.start - 80), mention.start) if (
        mention.unit == "percent") else None
    level = [m for m in mentions_in(text, spans.sentence[0], representing.start()) if m.unit != "percent"
             and not re.fullmatch(YEAR, m.text)][-1:] if representing else []
    if level:
        # "with its January-May sales topping 2.1 million, representing an annual rise of 9 percent": the
        # change of the level just before it, of that level's period
        found = _nearest(periods(*spans_around(text, level[0]).clause), level[0].start, level[0].end)
        if found:
            return found.period
    # "In June, vehicle exports hit 485,000 units, ... but up 26.9 percent": the sentence's opening period.
    opening = CLAUSE_BREAK.search(text, spans.sentence[0], spans.sentence[1])
    by_year = [p for p in periods(spans.sentence[0], mention.start) if re.fullmatch(r"\d{4}", p.period) and (
        _BY_BEFORE.search(text, max(0, p.start - 24), p.start) or _BY_BEFORE.match(text, p.start))] if (
        status in ("target", "forecast") and published) else []
    if by_year and published and int(by_year[-1].period) > published.year:
        # "In March the county unveiled a plan for an EV hub by 2032, targeting an industry scale of 280 billion
        # yuan": the year a goal is set for, not when it was set
        return by_year[-1].period
    switched = [p for p in periods(spans.sentence[0], mention.start) if _PERIOD_SWITCH_BEFORE.search(
        text, max(spans.sentence[0], p.start - 24), p.start)] if not status != "actual" else []
    if switched and switched[-1].start > (opening.start() if opening else spans.sentence[1]):
        # "In January-March, exports came to 1.5 million units, while in March alone they came to 540,000
        # units, up 3.0 percent month on month": the period the later clause turns to
        return switched[-1].period
    if opening and opening.end() <= spans.clause[0] and opening.start() - spans.sentence[0] < 50:
        found = periods(spans.sentence[0], opening.start())
        # "In June, ...", "Figures showed that between March and May, ..." (not "Last month, Zeta said in its
        # preview that ...": when it was said)
        if found and not _SAID_THAT.match(text, opening.end(), spans.clause[0]) and (
                found[0].start - spans.sentence[0] <= 12 or re.match(
                r"(?i)(?:data|figures|statistics)\s+(?:\w+\s+){0,3}?(?:show|showed|shows)\s+(?:that\s+)?$"
                # ("Based on data for January to August, the top shares are ...")
                r"|(?:based\s+on|according\s+to)\s+(?:the\s+)?(?:\w+\s+)?(?:data|figures|statistics)\s+"
                r"(?:(?:for|of)\s+)?$",
                text[spans.sentence[0] : found[0].start])):
            return found[-1].period
    clause = text[spans.clause[0] : spans.clause[1]]
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    partitive = bool(PARTITIVE.search(sentence))
    in_sentence = periods(*spans.sentence)
    lead = lead_span(text)
    if _OF_THE_TOTAL.search(sentence) and not in_sentence and lead[0] < spans.sentence[0]:
        # "51% of the whole volume are fuel cars": a part of the total the story's lead states, of its period
        found = periods(*lead)
        if found:
            return found[0].period
    restated = _restated_period(text, spans, periods) if not future and not in_sentence else ""
    if restated:
        return restated
    if (published and not future and not partitive and _PRESENT.search(clause)
            and not _PAST_VERB_ONLY.search(clause) and not _THE_FIGURE_OPENS.match(text, spans.sentence[0])
            and not _WHICH_IS_MORE.search(text, max(spans.clause[0], mention.start - 120), mention.end + 40)
            and not _IT_IS_MORE.match(text, spans.sentence[0])
            and not _flow_told_in_present(clause, sentence, mention) and not _RANKED_NOW.search(clause)):
        # ("The monthly figure is 4.2 percent above the month before": the figure before, of its period)
        # "It has 400,000 square meters": counted when written, or on the day the article counts its stocks at
        # (but the rules of a scheme a headline dates ahead, "Trade-in subsidies to go on in 2026 ... the subsidy is
        # 12 percent of the price": that year's)
        ahead = _year_ahead(text, published) if not in_sentence else ""
        return ahead or _stock_date(text, mention.start, published) or f"{published.year}-{published.month:02d}"
    # "..., positioning the firm, which stopped making fuel cars in 2022, to top the market last year": a
    # relative clause's date is its own event's
    asides = [(m.start(), m.end()) for m in _RELATIVE_ASIDE.finditer(text, spans.sentence[0], spans.sentence[1])
              if not m.start() <= mention.start < m.end()]
    # "NEV sales surged 233 percent to 583,600, while its monthly sales exceeded 100,000 last month": a contrast
    # after the number's clause dates its own figures
    contrast = _CONTRAST_AFTER.search(text, spans.clause[1] - 1, spans.sentence[1])
    if contrast:
        asides.append((contrast.start(), spans.sentence[1]))
    # "delivered 9,140 units, its best monthly total so far this year": the span a record is set in, not the
    # figure's own period (but "its best April ever" is April's)
    asides += [m.span() for m in _RECORD_ASIDE.finditer(text, spans.sentence[0], spans.sentence[1])
               if not m.start() <= mention.start < m.end()]
    # ("slipped in May, a first since 2023, down 3%": how far back a turn reaches)
    asides += [(p.start, p.end) for p in in_sentence
               if _record_reach(text, spans.sentence[0], p) or _results_compared(text, p)
               or _of_another_span(text, p)]
    if compared:
        asides.append((compared[0].start, spans.sentence[1]))
    if compared_before:
        asides.append((compared_before[-1].start, mention.start))
    asides += brackets
    # ("Vega shipped 30,000 cars, bringing its deliveries for the year to 350,000, and ...": the running total
    # the phrase brings them to has its own period)
    asides += [m.span() for m in _BRINGING_TO.finditer(text, spans.sentence[0], spans.sentence[1])
               if mention.start < m.start() or (m.end() <= mention.start and _ANOTHER_CLAUSE.search(
                   text, m.end(), mention.start))]  # (but "..., an increase of 23.8 percent" after it is the total's)
    # ("Zeekr delivered 18,050 units, just under its May record of 18,900": the month of the record's figure)
    asides += [(p.start, p.end) for p in in_sentence if p.start > mention.end and _RECORD_OF.match(text, p.end)]
    # ("..., its best yearly earnings to date": how far back the record reaches, not the figure's period)
    asides += [m.span() for m in _BEST_TO_DATE.finditer(text, mention.end, spans.sentence[1])]
    if _THE_MONTH.search(text, *spans.clause):
        # "NEV output during the month fell 22.4%, adding that it will be lower in February": the month its
        # own clause speaks of, told before, not one another clause names
        told = _month_told_before(text, spans, published, future)
        if told:
            return told
    for start, end in (spans.quote, spans.sentence):
        nearest = _nearest([p for p in periods(start, end) if not any(a <= p.start < b for a, b in asides)],
                           mention.start, mention.end)
        if nearest:
            return nearest.period
    body = lead[0]
    week = _headline_week(text, body, published, future) if body <= mention.start else ""
    if week:  # "China EV registrations in W26" over "Korvi reported 14,100 registrations": the week of the story
        return week
    if mention.start < body:  # a headline or standfirst figure: the period its story's lead paragraph states
        found = periods(*lead)
        if found:
            return found[0].period
    # a past-tense sentence, or one in the present perfect ("It has loaded 640,000 cars ..."), continues the
    # period before it
    if _FOR_THE_MONTH.search(text, spans.sentence[0], spans.sentence[1]) and not future:
        # "The next two spots for the month went to ...": the month the sentences before tell of, not one said in
        # an aside with figures of its own ("(the old record was 81,000 in December)")
        for start, end in earlier_sentences(text, spans.sentence[0], across_paragraphs=True):
            asides = _asides_with_figures(text, start, end)
            months = [p.period for p in _periods_in(text, start, end, published, future)
                      if re.fullmatch(r"\d{4}-\d\d", p.period) and not _NOW.match(text, p.start)
                      and not any(a <= p.start < b for a, b in asides)]
            if months:
                return months[-1]
    if _THE_MONTH.search(text, spans.sentence[0], mention.start):
        # "In the given month, NEV retail sales totaled ...": the month named before, not the months of the year so
        # far that the sentence before counted
        told = _month_told_before(text, spans, published, future)
        if told:
            return told
    # ("Zeta posted a 22% drop, thanks to a new model which has seen ...": the present of an aside is not the
    # figure's)
    aside = _ASIDE_TO_END.search(text, mention.end, spans.sentence[1])
    main_clause = text[spans.sentence[0] : aside.start()] if aside else sentence
    # ("What is even more striking is that its net profit increased by 21%": a present that frames a past figure)
    main_clause = _FRAMED_BY.sub("", main_clause, count=1)
    # ("It is worth noting that Gotion installed 31.2 GWh over the year": a present telling, a past figure)
    main_clause = _NOTE_THAT.sub("", main_clause, count=1)
    opening = _WHILE_OPENS.match(text, spans.sentence[0])
    if opening and mention.end <= opening.end():
        # "While the market posted a 2.5% increase, a pillar of it has been ...": the number's own clause
        main_clause = opening.group()
    if future or partitive or not _PRESENT.search(main_clause) or _PERFECT.search(sentence) or _RANKED_NOW.search(
            main_clause) or _THE_FIGURE_OPENS.match(text, spans.sentence[0]) or _IT_IS_MORE.match(
            text, spans.sentence[0]) or _flow_told_in_present(main_clause, sentence, mention) or (
            _PERFECT_REACHED.search(sentence) and _FLOW_OR_MONEY.search(sentence)) or (
            # "Chinese brands have dominated the market, selling over 167,000 units": the story's period
            _PERFECT_ANY.search(sentence) and _SELLING.search(sentence)):
        present: str = ""
        sentences_before = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)
        monthly_story = any(re.fullmatch(r"\d{4}-\d\d", p.period) for p in periods(*lead))
        for index, (start, end) in enumerate(sentences_before):
            # "The sector now comprises 16.2 percent": a present state, which a past figure after it continues
            # only when no sentence before it dates anything
            # (not a date said in brackets or in a relative clause with figures of its own: "(the old record was
            # 81,000 in December)", "..., which set a record (6,100) and led in April too")
            if _HABITUAL.search(text, start, end) and any(
                    _periods_in(text, a, b, published, future) for a, b in sentences_before[index + 1 :]):
                # "demand is usually softer in the first quarter", after a story dated already: what a season
                # is like, no date (a story that opens so is about that season: "... in the three months")
                continue
            if _IT_FOLLOWS.match(text, start):
                continue  # "That came after a 0.6% dip in July.": a period before the one the story goes on in
            if _THE_ECONOMY.search(text, start, end) and not _THE_ECONOMY.search(sentence):
                continue  # "GDP rose 5.1% in the spring quarter": the economy's date, not the market's
            if _CAUSE_TOLD.search(text, start, end) and not any(
                    m.unit == "vehicles" for m in mentions_in(text, start, end)):
                continue  # "The key reason behind the shift is ... a buying rush late in 2025": when a
                # cause was at work, not the figures' period
            asides = _asides_with_figures(text, start, end) + [
                m.span() for m in _BRACKET_ASIDE.finditer(text, start, end) if not mentions_in(text, *m.span())]
            found = [p for p in _periods_in(text, start, end, published, future)
                     if not any(a <= p.start < b for a, b in asides)]
            # ("... over those months, down from 36.8 percent in December 2024": the base's period, not the
            # one the story goes on in)
            found = [p for p in found if not _BASE_LEVEL_BEFORE.search(text, max(start, p.start - 70), p.start)
                     and not _LISTED_BASE_BEFORE.search(text, max(start, p.start - 100), p.start)
                     # ("the new model is not due in showrooms until sometime in April": a date ahead, no figure's)
                     and not _UNTIL_BEFORE.search(text, max(start, p.start - 25), p.start)
                     # ("..., beyond the 142 models cut in all of 2023": a level
                     # compared with, of its own period)
                     and not _LEVEL_COMPARED_BEFORE.search(text, max(start, p.start - 70), p.start)]
            # ("a loss of 2.9 billion yuan in the quarter, its smallest since late 2021")
            # ("..., topping 45,000 vehicles for the first time ever in August": when a bar was first passed)
            # ("... just under its May record of 18,900": the record's month)
            found = [p for p in found if not _record_reach(text, start, p) and not _results_compared(text, p)
                     and not _of_another_span(text, p)
                     and not _FIRST_TIME_IN.search(text, max(start, p.start - 30), p.start)
                     # ("..., a result of its switch to electric cars back in 2021": when a change was made)
                     and not re.search(r"(?i)\bback\s+in\s+$", text[max(start, p.start - 10) : p.start])
                     # ("It had 512 stores as of September 30, 2025. Vehicle revenue rose 61.2%": a count's date,
                     # not the span a flow or a margin after it is of)
                     and not (_counted_as_of(text, start, p) and _EARNED_OR_MOVED.search(sentence))
                     and not _RECORD_OF.match(text, p.end)
                     # ("..., which meets its 2025 goal early": the year a goal is set for)
                     and not (not future and _GOAL_AFTER.match(text, p.end))
                     # ("It put its full-year sales above 450,000", in a story of a month's deliveries:
                     # a year's total told in passing, which the next company's monthly figure does not take)
                     and not (monthly_story and _FULL_YEAR_WORDS.fullmatch(text, p.start, p.end)
                              and not _FULL_YEAR_WORDS.search(sentence))]
            present = present or next((p.period for p in found if _NOW.match(text, p.start)), "")
            found = [p for p in found if not _NOW.match(text, p.start)]
            # ("... in May 2025, the industry group reported on Tuesday. This marks a 9% fall": when the
            # data came out, not the period the figures are of)
            found = [p for p in found if not (_RELEASE_DAY.fullmatch(text, p.start, p.end) and _RELEASED_BEFORE.search(
                text, max(start, p.start - 80), p.start))]
            if not future and found:  # an actual figure does not take the year an outlook before it names
                # ("forecast sales of 3 million this year"), nor any date of a sentence that is an outlook
                # throughout ("The association anticipates pressure on the market in February, ... which runs
                # from Feb 15 to 23.")
                kept = [p for p in found if status_of(
                    text[max(start, p.start - 120) : p.start]) not in ("forecast", "target")]
                if not kept and status_of(text[start : found[0].start]) == "forecast" and published and all(
                        _ends_after(p.period, published) for p in _periods_in(text, start, end, published, True)):
                    continue  # (but "expects its profit for last year to be ...": a preview of a year over)
                found = kept or found[:1]
            if found:
                return found[-1].period
        if present:
            return present
    if (published and not future and body <= mention.start and mention.start < lead[1]
            and not _periods_in(text, body, spans.sentence[1], published, future) and not _PERFECT.search(sentence)
            and not _HAS_REACHED.search(sentence)):  # (a stock "has reached" 2.1 million as the article is written)
        # "Northvale car sales climb 6.1% in April" over a lead that dates nothing ("... said today that sales rose
        # to 2.1 million"): the period its headline gives its own figure, when nothing up to the number's sentence's
        # end dates one
        headline = _headline_period(text, body, published, mention)
        if headline:
            return headline
    titled = _headline_names(text, body, published) if published and not future and body <= mention.start else ""
    if titled and not _periods_in(text, body, spans.sentence[1], published, future) and not _PRESENT.search(sentence):
        # "NEV sales hit a record in November" over a body that names no period: the one its headline names
        return titled
    if published and not future and published.month <= _ANNUAL_RESULTS_BY and _ANNUAL_RESULTS.search(
            text, 0, spans.sentence[1]) and not _DATED_AS_WRITTEN.search(sentence):
        # "..., as the company's annual report shows. Sales reached 961,926": early in a year, an annual report
        # that dates nothing tells of the year before
        return str(published.year - 1)
    if published and not future and (_QUARTERLY_RESULTS.search(text, *lead) or _QUARTERLY_RESULTS.search(
            text, *spans.sentence)) and (mention.unit in CURRENCIES or _RESULTS_WORDS.search(sentence)) and not (
            _DATED_AS_WRITTEN.search(sentence) or _PRESENT.search(WHICH_ASIDE.sub(",", main_clause))):
        # (not "..., making it the first time it has passed 18%" nor "The firm, which is partly owned by Zeta,
        # reported": the present of an aside)
        # "Zeta posted a 19% gain in quarterly revenue ... Net profit almost tripled to 3.2 billion yuan": a
        # quarter's results that date nothing are of the last quarter over when they came out
        quarter = (published.month - 1) // 3 - 1
        return f"{published.year + quarter // 4}-Q{quarter % 4 + 1}"
    if published and not future and published.day <= _MONTH_FIGURES_OUT_BY and not _PRESENT.search(sentence) and not (
            _PRICED.search(sentence)):
        # an actual figure nothing dates ("sales fell 44 percent during the month") is of the last month counted
        # (not a price: "Priced from a little over 26,000 yuan", as the article is written)
        month = published.month - 2
        return f"{published.year + month // 12}-{month % 12 + 1:02d}"
    ahead = _year_ahead(text, published) if published and not in_sentence else ""
    return ahead or (f"{published.year}-{published.month:02d}" if published else "")


# "according to its annual report", "released its full-year results": a report out already (not one
# "due next month" or that a firm "will publish"); and what such a report dates otherwise: a running total up to
# now, a figure of "the month"
# ("Lumo's full-year net income rose 30%", told in March: a year's result, told by what it earned)
_REPORT = (r"(?:annual|full[- ]year|year[- ]end)\s+(?:financial\s+|statistical\s+)?(?:reports?|results|earnings"
           r"|(?:net\s+)?(?:profits?|income|loss))")
_ANNUAL_RESULTS = re.compile(
    rf"(?i)\b(?:according\s+to|as\s+shown\s+in|in)\s+(?:its|their|the(?:\s+company['\u2019]s)?|[A-Z][\w-]*['\u2019]s)\s+"
    rf"{_REPORT}\b|\b{_REPORT}\s+(?:shows?|showed|said|says|released|published|beat|missed|topped|surged|rose|jumped|fell"
    rf"|dropped|climbed)\b"
    rf"|\b(?:released|published|reported|posted|announced|unveiled)\s+(?:its|their)\s+{_REPORT}\b")
_DATED_AS_WRITTEN = re.compile(r"(?i)\b(?:accumulated|to\s+date|so\s+far|in\s+total|a\s+total\s+of"
                            r"|after\s+\w+\s+years|since\s+(?:it\s+was\s+(?:founded|established)|its\s+(?:founding|establishment"
                            r"|inception))|(?:has|have)\s+been|month)\b")
# "edging past its lowered 2.2 million-unit goal", "a mere 72.4% of its bold 6 million-unit goal": a
# goal told as met or missed, its level inside the words
_GOAL_MET_OR_MISSED = re.compile(rf"(?i)\b{GOAL_VERBS}\w*\s+(?:[\w.,-]+\s+){{0,5}}?(?:targets?|goals?)\b"
                                 r"|\b\d[\d.]*\s*(?:%|percent|per\s+cent)\s+of\s+(?:its|their|the)\s+"
                                 r"(?:[\w.,-]+\s+){0,4}?(?:targets?|goals?)\b")
_RESULTS_WORDS = re.compile(r"(?i)\b(?:revenues?|profits?|loss(?:es)?|margins?|earnings|income)\b")
_QUARTERLY_RESULTS = re.compile(r"(?i)\b(?:quarterly|(?:first|second|third|fourth)[- ]quarter|(?-i:Q[1-4]))\s+"
                                r"(?:revenue|profit|net\s+profit|loss|net\s+loss|results|earnings)\b"
                                r"|\b(?:reported|posted|announced|released)\s+(?:its|their)\s+quarterly\b")
_RESULT_AFTER = re.compile(r"(?i)\s+(?:net\s+)?(?:profits?|income|results|earnings|revenues?|loss(?:es)?)\b")
_ANNUAL_RESULTS_BY = 4  # the last month in which annual reports of the year before come out
_FOR_THE_YEAR = re.compile(r"(?i)\b(?:for|of|in)\s+the\s+(?:whole\s+|full\s+)?year\b|\bannual\b")
_YEAR_SO_FAR = re.compile(r"(?i)\bYTD\b|\byear[- ]to[- ]date\b|\bso\s+far\s+this\s+year\b|\bthe\s+year\s+so\s+far\b"
                          r"|\bsince\s+the\s+(?:beginning|start)\s+of\s+(?:this|the)\s+year\b")


_RECORD_BEFORE = re.compile(r"(?i)\b(?:highest|lowest|biggest|largest|smallest|narrowest|widest|deepest|best|worst"
                            r"|strongest|weakest|fastest|slowest|steepest|sharpest"
                            # ("the first gain in sales since March": how far back the turn reaches)
                            r"|(?:the|its|their)\s+first"
                            # ("its smallest loss since early 2021, a new low")
                            r"|(?:a|its|their|the)\s+(?:new|fresh|record|multi-year)\s+(?:high|low|peak|bottom))\b"
                            r"[^,.;]{0,40}$"
                            # "dropped for the first time since 2023": how far back the turn reaches
                            r"|\bfirst\s+time\s+$"
                            # ("two months of decline in a row, a first since 2019")
                            r"|\b(?:a|the)\s+first\s+$")
_PRICED = re.compile(r"(?i)\b(?:priced|prices?\s+(?:starts?|starting|ranges?))\b")
_SINCE_YEAR_OPENS = re.compile(rf"(?i)\s*since\s+(?P<year>{YEAR})\s*,")
_FROM_TO_BEFORE = re.compile(r"(?i)\bfrom\s+[\d.,]+\s*(?:million|billion|thousand)?\s+(?:units\s+|vehicles\s+)?to\s+"
                             r"[\d.,]+")
_RECORD_OF = re.compile(r"\s+(?:record|high|peak|best|low|total)\s+of\s+(?:about\s+|some\s+)?\d")
_BEST_TO_DATE = re.compile(r"(?i)\b(?:\w+est|record)\b[^.,;]{0,30}?\bto\s+date\b")
_FRAMED_BY = re.compile(r"(?i)^[^,;]{0,60}?\b(?:is|was)\s+that\s+")
_WHILE_OPENS = re.compile(r"(?:While|Although|Though|Whereas)\b[^,;]*,")
_CAUSE_TOLD = re.compile(r"(?i)\b(?:main\s+|chief\s+|key\s+)?reasons?\s+(?:for|behind)\b"
                         r"|\bwas\s+(?:largely\s+|mainly\s+)?(?:due|attributed|attributable)\s+to\b")
_BRACKET_ASIDE = re.compile(r"\((?=(?:[^()\s]+\s+){3})[^()]{3,120}\)")  # (an aside of four words or more)
_FIRST_TIME_IN = re.compile(r"(?i)\bfirst\s+time\s+(?:ever\s+)?(?:in|back\s+in)\s+(?:(?:the|late|early)\s+)?$")
_HELD_BEFORE = re.compile(r"(?i)\b(?:had|has|have)\s+(?:\w+\s+)?(?:maintained|held|kept|stayed|remained|sustained)\b"
                          r"[^,.;]{0,30}$")
_RECORD_ASIDE = re.compile(r"(?i)(?:,|\band)\s+(?:its|their|the)\s+(?:(?:all-time|record)\s+)?(?:highest|lowest|biggest"
                           r"|largest|best|worst|strongest|weakest)\b[^,.;]*?\b(?:so\s+far|since|to\s+date)\b[^,.;]*")


def _headline_week(text: str, body: int, published: dt.date | None, future: bool) -> str:
    """The one week a headline names ("Registrations in W26", "EV registrations, June 24-30"), Monday to Sunday;
    "" when it names none or more."""
    if not body or future or not published:
        return ""
    named = {p.period for p in _periods_in(text, 0, body, published, False)}
    if len(named) != 1:
        return ""
    period = named.pop()
    days = day_range(period)
    return period if days and (days[1] - days[0]).days == 6 and days[0].weekday() == 0 else ""


def _headline_period(text: str, body: int, published: dt.date, mention: Mention) -> str:
    """The period a headline gives a figure it states ("sales climb 6.1% in April", not "highest since 2021", "ahead of
    2024 show", "sees 2024 sales at 400,000"): the one nearest the figure the number restates, else its first
    figure ("up 10% in April, first four months up 8%": 8 percent is of the four months); "" when none is."""
    line = text[:body]
    figures = [m for m in mentions_in(text, 0, body) if not re.fullmatch(YEAR, m.text)]
    if not figures or status_of(line) in ("forecast", "target"):
        return ""
    figure = next((m for m in figures if m.value == mention.value and m.unit == mention.unit), figures[0])
    found = [p for p in _periods_in(text, 0, body, published, False, figure)
             if not _NOT_ITS_PERIOD.search(text, max(0, p.start - 12), p.start)]
    nearest = _nearest(found, figure.start, figure.end)
    return nearest.period if nearest else ""


def _year_ahead(text: str, published: dt.date) -> str:
    """The one year after the publication's that a headline names, for a scheme or plan it dates ("China to keep
    trade-in subsidies in 2026"); "" else."""
    body = body_start(text)
    years = {p.period for p in _periods_in(text, 0, body, published, True) if re.fullmatch(YEAR, p.period)}
    if len(years) == 1 and int(min(years)) > published.year and _SCHEME.search(text, 0, body):
        return years.pop()
    return ""


_SCHEME = re.compile(r"(?i)\b(?:subsid\w*|scheme|program(?:me)?|polic(?:y|ies)|tax|exemption|incentives?|grants?"
                     r"|rules?|quota)\b")


def _headline_names(text: str, body: int, published: dt.date) -> str:
    """The one period a headline that states no figure names ("Plug-in car makers set a fresh record in October"), if
    it is over when the article is published; else ""."""
    line = text[:body]
    if status_of(line) in ("forecast", "target") or any(
            not re.fullmatch(YEAR, m.text) for m in mentions_in(text, 0, body)):
        return ""
    named = {p.period for p in _periods_in(text, 0, body, published, False)
             if not _NOT_ITS_PERIOD.search(text, max(0, p.start - 12), p.start)}
    if len(named) != 1:
        return ""
    period = named.pop()
    return period if _ended_before(period, published) else ""


_HAS_REACHED = re.compile(r"(?i)\b(?:has|have)\s+(?:\w+ly\s+)?(?:reached|hit|topped|exceeded|surpassed|passed)\b")
# "highest since 2021", "ahead of the 2024 show", "after a 2022 delay": a headline's year that dates no figure of it
_NOT_ITS_PERIOD = re.compile(r"(?i)\b(?:since|after|before|ahead\s+of|beat|beats|tops?|than|the)\s+$")


def _month_told_before(text: str, spans: Spans, published: dt.date | None, future: bool) -> str:
    """The last month the four sentences before name ("" when none does)."""
    for start, end in earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:4]:
        months = [p.period for p in _periods_in(text, start, end, published, future)
                  if re.fullmatch(r"\d{4}-\d\d", p.period)]
        if months:
            return months[-1]
    return ""


def _table_period(text: str, table_start: int, published: dt.date | None) -> str:
    """The period of a table of models: the one its heading names, else the last month the story names before it
    ("In July, Zeta sold ... Zeta's sales breakdown:"), its year for a table "for the year", the months of its year
    so far for one "year to date"; "" when the story names no month."""
    heading = heading_of(text, table_start)
    named = _periods_in(text, *heading, published, False)
    if named:
        return named[-1].period
    # (months up to the one it was published in: not "will launch the model in August")
    latest = f"{published.year}-{published.month:02d}" if published else "9999-12"
    months = sorted(p.period for p in _periods_in(text, body_start(text), heading[0], published, False)
                    if re.fullmatch(r"\d{4}-\d\d", p.period) and not _NOW.match(text, p.start) and p.period <= latest)
    if not months:
        return ""
    words = text[heading[0] : heading[1]]
    if _YEAR_SO_FAR.search(words):
        return _months(int(months[-1][:4]), 1, int(months[-1][5:]))
    return months[-1][:4] if _FOR_THE_YEAR.search(words) else months[-1]


_CONVERTED_AFTER = re.compile(r"^\s*\([^()]{1,30}\)")
_RIGHT_AFTER = re.compile(r"(?i)\s*(?:(?!from\b|than\b|over\b|on\b|compared\b|against\b|versus\b|since\b)"
                          r"[a-z-]+\s+)?(?:(?:in|during|for|by)\s+)?(?:the\s+)?$")
# a relative clause, to the next comma that is not inside a number ("which set a record (6,100) and led in April")
_WHICH_TO_END = re.compile(r"(?i),\s+(?:which|who)\s+(?:[^,.;]|,(?=\d))*")
# "..., as the market faces a high base – after sales climbed 11% a year before": what came before
_AFTER_TO_END = re.compile(r"(?i)(?:,|\s[–—-])\s+after\s+(?:[^,.;]|,(?=\d))*")
_FIGURE_IN = re.compile(r"\d[\d,.]*(?!\d)(?<!(?:19|20)\d\d)")  # a number that is not a year


def _asides_with_figures(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where a sentence says something in brackets or a relative clause with figures of its own: "(the old record
    was 81,000 in December)", "..., which set a record (6,100) and led in April too"."""
    return [(m.start(), m.end()) for pattern in (_BRACKETED, _WHICH_TO_END, _AFTER_TO_END)
            for m in pattern.finditer(text, start, end) if _FIGURE_IN.search(m.group())]


_FOR_THE_MONTH = re.compile(r"(?i)\bfor\s+the\s+month\b")
def _quarter_order(period: str) -> tuple[int, int]:
    """A quarter's year and number, however written ("2021-Q2", "2021-04/2021-06")."""
    return int(period[:4]), int(period[6]) if "Q" in period else (int(period[5:7]) + 2) // 3


_THIS_QUARTER = re.compile(r"(?i)\bthis\s+quarter\b")
_THE_QUARTER = re.compile(r"(?i)\b(?:in|during|for)\s+the\s+quarter\b(?!\s+(?:of|before|ended|ending|a\s+year)\b)")
_IS_QUARTER = re.compile(r"\d{4}-Q[1-4]|\d{4}-(?:01|04|07|10)/\d{4}-(?:03|06|09|12)")
_BRACKETED = re.compile(r"\([^()]*\)")
_THE_MONTH = re.compile(r"(?i)\b(?:in|during)\s+the\s+(?:given\s+|same\s+)?month\b(?!\s+(?:of|before|last))")
_SINCE_START = re.compile(r"(?i)\bsince\s+(?:(?:its|the|their)\s+(?:[\w-]+\s+){0,3}?(?:launch|debut|opening"
                          # (not "since the start" of this year or the year: the year so far)
                          r"|start(?!\s+of\s+(?:this|the)\s+year)"
                          r"|founding|inception|establishment)"
                          # "since the group was set up in 2014", "since its first store opened in 2019"
                          r"|(?:it|the\s+company|(?:the|its)\s+(?:first|group|firm|brand)(?:\s+[\w-]+)?)\s+"
                          r"(?:was\s+)?(?:founded|established|set\s+up|opened|launched))\b(?:\s+in\s+[^,.;]{3,25})?")


def lead_span(text: str) -> tuple[int, int]:
    """Where the story's body starts and where its lead paragraph ends."""
    body = body_start(text)
    lead_end = text.find("\n\n", body)
    return body, len(text) if lead_end < 0 else lead_end


def _restated_period(text: str, spans: Spans, periods: Callable[[int, int], list[_Period]]) -> str:
    """The period of the whole a sentence opens with by stating it again ("Of the 900,000 NEVs shipped abroad,
    nine in ten are cars", after "Some 900,000 NEVs were shipped abroad in the first half"): the period named
    beside that figure where the story's body first states it; "" when the sentence opens otherwise."""
    opening = _OF_THE_WHOLE_STATED.match(text, spans.sentence[0])
    if not opening:
        return ""
    body = body_start(text)
    first = re.search(rf"(?<![\d.,]){re.escape(opening['figure'])}(?![\d.,]*\d)", text[body : spans.sentence[0]])
    if not first:
        return ""
    at = body + first.start()
    found = [p for p in periods(*sentence_bounds(text, at, at + len(opening["figure"])))
             if not _NOW.match(text, p.start)]
    return min(found, key=lambda p: abs(p.start - at)).period if found else ""


# "Of the 900,000 NEVs shipped abroad, ...": a whole stated before, opening a sentence of its parts
_OF_THE_WHOLE_STATED = re.compile(r"(?i)\s*(?:of|among)\s+(?:the|these|those|all)\s+(?:total\s+)?"
                                  r"(?P<figure>\d[\d,.]*(?:\s+(?:million|billion|thousand))?)\b")
# "51% of the whole volume are fuel cars": a part of the story's total
_OF_THE_TOTAL = re.compile(r"(?i)\d\s*(?:%|percent|per\s+cent)\s+of\s+the\s+total(?:\s+volume)?\s+"
                           r"(?:are|is|were|was)\b")
_NOW = re.compile(r"(?i)now|currently|at\s+present\b")
_NOW_DOING = re.compile(r"(?i)now\s+(?:making|taking|accounting|representing|comprising)\b")
_CONTRAST_AFTER = re.compile(r"(?i),?\s+(?:while|whereas|but)\s")
_RELATIVE_ASIDE = re.compile(r"(?i),\s+(?:which|who)\s+(?!is\b|are\b|was\b|were\b)[^,.;:]*")
_STOCK_DAY = re.compile(r"(?i)\b(?:as\s+of(?:\s+the\s+end\s+of)?|(?:by|at)\s+the\s+end\s+of"
                        r"|(?:as\s+of|by)\s+\d\d?(?:st|nd|rd|th)?(?=\s+(?-i:[A-Z])))\s+")  # ("By 31st August 2025")


def _stock_date(text: str, before: int, published: dt.date) -> str:
    """The month (or year) an article counted its stocks at, from the last "as of June" or "by the end of 2025"
    before, else the first after ("... a network able to serve 40 million NEVs, the NEA said. The number of
    charging facilities reached 20 million by the end of 2025")."""
    days = list(_STOCK_DAY.finditer(text))
    for found in [*(d for d in reversed(days) if d.start() < before), *(d for d in days if d.start() >= before)]:
        stop = text.find(".", found.end())
        said = text[found.start() : stop if stop >= 0 else len(text)]
        if status_of(said) in ("target", "forecast"):  # "By the end of September the city aims to have": a goal's month
            continue
        named = _periods_in(text, found.end(), found.end() + 25, published, False)
        if (named and named[0].start == found.end() and re.fullmatch(r"\d{4}-\d\d", named[0].period)
                and named[0].period <= f"{published.year}-{published.month:02d}"):
            return named[0].period  # a goal "by the end of" a month still to come is no count
        if named and named[0].start == found.end() and re.fullmatch(r"\d{4}", named[0].period) and (
                int(named[0].period) < published.year):
            return named[0].period  # "by the end of 2025", in 2026: the year's end
    return ""


def event_period(entity: str, period: str, named: Sequence[str] = ()) -> str:
    """An event's figures cover the year it is held: the 5th CIIE's are 2022's, Auto China 2024's 2024's; `named`,
    the periods the figure's sentence names, keeps another year the sentence gives the figure."""
    edition = re.fullmatch(r"CIIE (\d+)(?:st|nd|rd|th)", entity)
    year = str(2017 + int(edition[1])) if edition else (re.search(r"\b((?:19|20)\d\d)$", entity) or ["", ""])[1]
    if year and (not period or re.fullmatch(r"\d{4}-\d\d(?:-\d\d(?:/\d{4}-\d\d-\d\d)?)?", period)):
        return year  # (the show's days, "November 17-26", are its year's too)
    if year and re.fullmatch(r"\d{4}", period) and period != year and period not in named:
        return year  # ("the last show (2020)", a paragraph before "the show hosted 117 world premieres": this one's)
    return period


# "Auto Northvale 2026, which opens on May 14", "The expo will open on Nov 5": a show's opening day
_OPENS_ON = re.compile(rf"(?i)\b(?:kick\w*\s+off|opens?|opening|starts?|begins?|will\s+(?:open|start|begin|run))\s+"
                       rf"(?:(?:on|from)\s+)?(?P<month>(?-i:{MONTH}))\s*(?P<day>\d\d?)\b")


@functools.lru_cache(maxsize=32)
def event_ahead(text: str, published: dt.date) -> bool:
    """Whether the show the article is about opens after it was published: a preview, whose counts are
    expected ones ("some 90 new cars to be shown", "about 800 exhibitors")."""
    for found in _OPENS_ON.finditer(text):
        month = _MONTHS.get(found["month"].rstrip("."))
        if not month or not 1 <= int(found["day"]) <= 31:
            continue
        year = published.year + (month < published.month - 6)
        try:
            return dt.date(year, month, int(found["day"])) > published
        except ValueError:
            return False
    return False

