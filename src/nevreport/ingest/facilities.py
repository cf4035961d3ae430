"""Ports, terminals, factories and shows: what a figure is about that an article names as it goes, in the form
an entity takes.

- A port or terminal named in full ("Ningbo Zhoushan Port") or as newsrooms write it ("the Waigang vehicle
  terminal", "the Beigang terminal", "Tianjin ports"): title case, one port for "ports".
- A carmaker's factory ("Tesla's Shanghai plant", "the Shanghai Gigafactory", "Tesla Gigafactory Shanghai"):
  one name for all the ways an article writes it, `<Company> Gigafactory <Place>` where it calls the factory
  a gigafactory, else `<Company> <Place> Plant`.
- A show named with its year ("Auto China 2024", "Auto Shanghai 2023"); an auto show named by its city, an
  edition or a long name ("the 21st Wuhan International Automobile Exhibition", "the Wuhan auto show") is
  `Auto <City> <year>`, the year the article's, Beijing's show `Auto China`; a show whose name holds no city
  ("the Central China International Auto Show opened in Wuhan") the city it opens in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from nevreport.common.dates import CALENDAR_WORD

# "Auto China 2024", "Auto Shanghai 2023": a show and the year it is held.
# (not "the China Auto Show 2024": a show's own word is no city)
EVENT = re.compile(r"\b(?:Auto|Automechanika) (?!(?:Show|Expo|Fair|Exhibition)\b)[A-Z][a-z]+ (?:19|20)\d\d\b")
_SHOW_NAME_ALONE = re.compile(r"\bAuto (?P<city>[A-Z][a-z]+)\b(?!\s+(?:19|20)\d\d)"
                              r"(?!\s+(?:Show|Expo|Fair|Exhibition)\b)")
# "Automechanika Shanghai": a trade fair named by its brand and its city, dated the article's year
_FAIR = re.compile(r"\b(?P<fair>Automechanika)\s+(?P<city>[A-Z][a-z]+)\b(?!\s+(?:19|20)\d\d)")
FACILITY_NAME = re.compile(r"(?:Port|Terminal|Plant|Port Area)$|\bGigafactory\b")
# "the Shanghai Waigaoqiao port area": a port's district, named as one (`Waigaoqiao Port Area`), a city before
# it only saying where it is
_PORT_AREA = re.compile(r"\b(?:(?P<city>[A-Z][a-z]+)\s+)?(?P<name>(?!The\b)[A-Z][a-z]+)\s+[Pp]ort\s+[Aa]rea\b")
# "Ningbo Zhoushan Port", not "China's Tianjin Port": a possessive place only says where the port is
_FULL_NAME = re.compile(r"\b(?:(?!The\b)(?![A-Z][\w-]*['\u2019]s\b)[A-Z][\w'-]*(?:[ \t]+\([A-Z][a-z]+\))?[ \t]+){1,5}"
                        r"(?:Port|Terminal)\b"
                        r"(?!\s+[A-Z])")
# "the Waigang vehicle terminal", "The Beigang terminal", "Tianjin ports"; not "the port area".
_AS_WRITTEN = re.compile(
    r"\b(?!(?:The|A|An|Its|This|That|Their|Each|Every|Chinese|Major|Other)\b)(?P<name>[A-Z][\w-]*"
    r"(?:[ \t]+\(?[A-Z][\w-]*\)?){0,2})"
    # (not "36\u00b0C at the port": no word of a name is a preposition or an article)
    r"(?P<words>(?:[ \t]+(?!(?:at|in|of|the|to|from|for|on|by|and|with|a|an)\b)[a-z][a-z-]*){0,3}?)[ \t]+"
    r"(?P<kind>terminal\b|ports?\b)(?!\s+(?:area|city|authorit))")
# ("BYD's Zhengzhou branch", "its Hefei production base": the carmaker's works there)
# ("BYD's Hefei Industrial Base turned out 80,000 vehicles": the name a company gives its works, in capitals)
_PLANT_WORDS = (r"(?:plant|factory|gigafactory|Gigafactory|super\s+factory|branch|(?:production\s+)?base"
                r"|(?:Industrial|Production|Manufacturing)\s+Base)")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)$")
# "the 18th Wuhan International Automobile Exhibition", "the Wuhan auto show", "Chengdu Motor Show"
# ("the annual wuhan auto show": a page all in lower case; "the China Auto Show 2025" names no city)
_AUTO_SHOW = re.compile(r"\b(?:(?:[Tt]he\s+)?(?:\d+(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th))\s+)?(?:China\s+\()?"
                        r"(?P<city>(?!China\b|CHINA\b)[A-Z][a-z]+(?:\s(?!International\b|China\b|Auto|Motor)[A-Z][a-z]+)?"
                        r"|[a-z]{4,}|[A-Z]{4,})\)?"  # ("THE BEIJING Auto Show"; "the Hong Kong International ...")
                        r"(?:\s+(?:International|China|\(?(?:19|20)\d\d\)?))*\s+(?i:auto(?:mobile|motive)?|motor)"
                        r"(?:\s+Industry)?\s+(?i:show|exhibition|expo)\b")  # ("... Automobile Industry Exhibition")


# Cities abroad whose motor shows Chinese carmakers go to, which no place list of a story's holds ("the 2024 Paris
# Motor Show" -> `Auto Paris 2024`); "IAA Mobility", Munich's show since 2021
SHOW_CITIES_ABROAD = ("Paris", "Munich", "Frankfurt", "Geneva", "Detroit", "Tokyo", "Bangkok", "Jakarta", "Brussels",
                      "Istanbul", "Johannesburg", "Dubai", "Moscow", "Madrid", "Turin", "Milan", "Melbourne", "Sydney",
                      "Toronto", "Chicago", "London", "Goodwood", "Seoul", "Busan", "Delhi", "Almaty", "Tashkent",
                      "Riyadh", "Doha", "Lisbon", "Auckland")  # fmt: skip
_IAA = re.compile(r"\bIAA\s+(?:Mobility|MOBILITY)\b")  # (in capitals, as some newsrooms print it)
_HELD_IN = re.compile(r"\s+(?:opened|opens|was\s+held|is\s+held|held|kicked\s+off|kicks\s+off|began|begins)\s+in\s+"
                      r"(?P<place>[A-Z][a-z]+)\b")
# "the China Auto Show 2025 drew crowds all week in east China's Nanjing", "the four-day motor show that closed on
# Sunday in Wuxi": the city its own sentence holds it in
_HELD_LATER_IN = re.compile(r"[^.;]{0,90}?\bin\s+(?:(?:north|south|east|west|central|northeast|northwest|southeast"
                            r"|southwest|eastern|western|northern|southern)\s+)?(?:China['\u2019]s\s+)?"
                            r"(?P<place>[A-Z][a-z]+)\b")
_UNNAMED_SHOW = re.compile(r"(?i)\b(?:auto(?:mobile|motive)?|motor|car)\s+(?:show|exhibition|expo)\b")


# Where a show is held, told after its name: "The show opened in Dongguan", "at the Dongguan International
# Exhibition Center"
# ("in the halls of the Wuhan International Expo Center")
_VENUE_NAMED = (_HELD_IN, re.compile(r"\b(?:at|of)\s+the\s+(?:adjacent\s+)?(?P<place>[A-Z][a-z]+)\s+"
                                     r"(?:[A-Z][\w-]*\s+){0,3}?(?:Exhibition|Expo|Convention)\b"))
# Where no show is held: a continent or region ("a top auto show held in Europe")
_NO_SHOW_CITY = frozenset({"Europe", "Asia", "Africa", "America", "Oceania", "Middle East", "Latin America"})


@dataclass(frozen=True)
class Facility:
    start: int
    end: int
    entity: str


def is_event(entity: str) -> bool:
    """An expo or show: an edition of the CIIE or a show named with its year."""
    return entity.startswith("CIIE") or bool(EVENT.fullmatch(entity))


def is_plant(entity: str) -> bool:
    """A carmaker's factory, as facilities_in names it: `<Company> <Place> Plant`, `<Company> Gigafactory <Place>`."""
    return entity.endswith("Plant") or "Gigafactory" in entity


def is_facility(entity: str) -> bool:
    return bool(FACILITY_NAME.search(entity))


def auto_show(city: str, year: str) -> str:
    return f"Auto {'China' if city == 'Beijing' else city} {year}"


def held_show(text: str, at: int, year: str) -> str:
    """The show the words after `at` hold in a city, in their own sentence ("... that ended on Sunday in Wuxi"
    -> `Auto Wuxi <year>`); "" when they name none."""
    held = _HELD_LATER_IN.match(text, at)
    return auto_show(held["place"], year) if held else ""


def facilities_in(text: str, start: int, end: int, companies: Iterable[str], places: Iterable[str],
                  year: str = "") -> list[Facility]:
    """The ports, terminals, factories and shows named between start and end, as entities; a show named by its
    city is dated `year`, the article's."""
    found = [Facility(m.start(), m.end(), m.group()) for pattern in (_FULL_NAME, EVENT)
             for m in pattern.finditer(text, start, end)]
    places = (*places, *SHOW_CITIES_ABROAD)
    if year:
        found += [Facility(m.start(), m.end(), auto_show("Munich", year)) for m in _IAA.finditer(text, start, end)]
        found += [Facility(m.start(), m.end(), f"{m['fair']} {m['city']} {year}") for m in _FAIR.finditer(
            text, start, end) if m["city"] in places]
        # "Auto Guangzhou has drawn ...": a show's own name without its year, dated the article's
        found += [Facility(m.start(), m.end(), f"Auto {m['city']} {year}") for m in _SHOW_NAME_ALONE.finditer(
            text, start, end) if m["city"] in places or m["city"] == "China"]
        for m in _AUTO_SHOW.finditer(text, start, end):
            city = m["city"] if m["city"][0].isupper() and not m["city"].isupper() else m["city"].capitalize()
            if " " in city and city not in places and city.split()[-1] in places:
                city = city.split()[-1]  # ("The Tianjin auto show": the city is the last word)
            if city not in places:  # "The 18th Central China International Auto Show opened in Wuhan": where
                held = _HELD_IN.match(text, m.end()) or next((h for h in [_HELD_LATER_IN.match(text, m.end())]
                                                               if h and h["place"] in places), None)
                # (or the story says later: "The show ... opened in Dongguan", "at the Dongguan International
                # Exhibition Center")
                venue = held or min((v for pattern in _VENUE_NAMED for v in pattern.finditer(text)
                                     if v["place"] in places), key=lambda v: v.start(), default=None)
                city = venue["place"] if venue and venue["place"] not in _NO_SHOW_CITY else ""
            if city in places and not any(f.start <= m.start() < f.end for f in found):
                found.append(Facility(m.start(), m.end(), auto_show(city, year)))
        for m in _UNNAMED_SHOW.finditer(text, start, end):
            held = _HELD_LATER_IN.match(text, m.end())
            if held and held["place"] in places and held["place"] not in _NO_SHOW_CITY and not any(
                    f.start <= m.start() < f.end for f in found):
                found.append(Facility(m.start(), m.end(), auto_show(held["place"], year)))
    found += [Facility(m.start() if m["city"] in places else m.start("name"), m.end(), f"{m['name']} Port Area")
              for m in _PORT_AREA.finditer(text, start, end)]
    for match in _AS_WRITTEN.finditer(text, start, end):
        name = match["name"]
        at_start = _SENTENCE_START.search(text, max(0, match.start() - 3), match.start())
        if any(f.start <= match.start() < f.end or match.start() <= f.start < match.end() for f in found) or (
                at_start and name.split()[0].split("-")[0] not in places) or name.split()[-1] in ("Port", "Terminal"):
            continue
        if re.search(r"(?i)charg", f"{name} {match['words']}") or (name.isupper() and name not in places):
            continue  # ("EV charging ports", "open NEVI ports": sockets to charge at, no harbour)
        kind = "Terminal" if match["kind"] == "terminal" else "Port"
        words = " ".join(w.capitalize() for w in match["words"].split())
        written = " ".join(filter(None, (name, words, kind)))
        # "Lanshan port" after "Lanshan International Logistics Port": the name the article gives it in full
        full = next((f for f in _full_names(text) if f != written and f.endswith(f" {kind}")
                     and f.startswith(f"{name.split()[0]} ")), written)
        found.append(Facility(match.start(), match.end(), full))
    for plant in _plants(text, tuple(companies), tuple(places)):
        if start <= plant.start < end and not any(f.start <= plant.start < f.end for f in found):
            found.append(plant)
    return sorted((Facility(f.start, f.end, _first_written(text, f.entity)) for f in found), key=lambda f: f.start)


def _first_written(text: str, name: str) -> str:
    """One name for all the ways an article writes it: "Ningbo-Zhoushan port" first, then "Ningbo Zhoushan Port",
    is `Ningbo-Zhoushan Port` throughout."""
    if "-" not in name and not re.search(r"[a-z] [A-Z]", name):
        return name
    lower = text.lower()
    variants = {name, name.replace("-", " "), re.sub(r"(?<=[a-z]) (?=[A-Z])", "-", name, count=1)}
    at = {v: lower.find(v.lower()) for v in variants if lower.find(v.lower()) >= 0}
    return min(at, key=lambda v: at[v]) if at else name


@lru_cache(maxsize=16)
def _full_names(text: str) -> tuple[str, ...]:
    """The ports and terminals the article names in full, in the order it first names them."""
    return tuple(dict.fromkeys(m.group() for m in _FULL_NAME.finditer(text)))


# ("Tesla Giga Berlin", "its Gigafactory", read above with their owner; but "from Giga Shanghai" is the name alone)
_GIGA_OWNER = re.compile(r"(?:\b[A-Z][\w-]*|\bits|\btheir|['\u2019]s)\s+\Z")


@lru_cache(maxsize=16)
def _plants(text: str, companies: tuple[str, ...], places: tuple[str, ...]) -> tuple[Facility, ...]:
    """Every way the article writes a carmaker's factory, each with the one name the article's words give it."""
    text = text.replace("\u2019", "'")  # ("BYD\u2019s Xi\u2019an base": the apostrophes the names are listed with)
    company = "|".join(re.escape(c) for c in sorted(companies, key=len, reverse=True))
    place = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    # a city of any country: "Tesla's Berlin plant" ("the BYD plant in March": when, not where)
    place = rf"{place}|(?!{CALENDAR_WORD})[A-Z][a-z]+(?:-[a-z]+)?"
    owned = re.compile(rf"\b(?P<co>{company})['\u2019]s\s+(?:[a-z]+\s+){{0,2}}?(?P<place>{place})\s+"
                       rf"(?P<kind>{_PLANT_WORDS})\b|\b(?P<co2>{company})\s+(?P<kind2>Gigafactory|Giga)\s+"
                       rf"(?P<place2>{place})\b")
    # ("the Chile car plant": a kind of plant between the place and the word)
    # ("The Zeta Northvale plant": the company's plant there)
    the = re.compile(rf"\b[Tt]he\s+(?:(?P<tco>{company})\s+)?(?P<place>{place})\s+"
                     rf"(?:(?:assembly|battery|cell|car|vehicle|EV|NEV|production"
                     rf"|manufacturing)\s+){{0,2}}(?P<kind>{_PLANT_WORDS})\b")
    # "Tesla ... with output at its Shanghai Gigafactory": the factory of the company named last before it
    its = re.compile(rf"\b(?:its|their)\s+(?:[a-z]+\s+){{0,2}}?(?P<place>{place})\s+(?P<kind>{_PLANT_WORDS})\b")
    named = re.compile(rf"\b(?:{company})\b")
    # "the Zeta plant in Northvale", "Zeta's production facilities in Eastvale", "the plant in the town of Westby" (of
    # the company named last before it): the place after the factory
    after = re.compile(rf"\b(?:(?P<co>{company})['\u2019]s\s+(?:[a-z]+\s+){{0,2}}?"
                       rf"|[Tt]he\s+(?:(?P<the_co>{company})\s+)?"
                       # "its cell plant in Northvale": the company named last before it (not "cars built
                       # at its factory in Eastvale", where the plant only says where what the company did was made)
                       r"|(?<!\bat\s)(?<!\bin\s)(?<!\bfrom\s)\b(?:its|their)\s+(?:(?:new|first|second|overseas|assembly|battery|cell|car|vehicle|EV|NEV"
                       r"|production|manufacturing)\s+){0,3})"
                       rf"(?P<kind>{_PLANT_WORDS}|production\s+(?:facilities|base))\s+in\s+(?:the\s+(?:city|town|county)\s+of\s+"
                       r"|(?i:(?:north|south)?(?:east|west)?(?:ern)?|central)\s+China['\u2019]s\s+)?"
                       rf"(?P<place>{place})\b(?!['\u2019]s\b|\s+(?:Province|province|China)\b)")
    owner: dict[str, str] = {}
    giga: set[str] = set()
    spans: list[tuple[int, int, str, str]] = []  # where each is written, its place and, where its words say, its owner
    for match in owned.finditer(text):
        where = match["place"] or match["place2"]
        owner.setdefault(where, match["co"] or match["co2"])
        if (match["kind"] or match["kind2"]).lower().startswith("giga"):
            giga.add(where)
        spans.append((match.start(), match.end(), where, match["co"] or match["co2"]))
    for match in its.finditer(text):
        before = [m.group() for m in named.finditer(text, 0, match.start())] if company else []
        if before and match["place"] not in companies:
            owner.setdefault(match["place"], before[-1])
            if match["kind"].lower().startswith("giga"):
                giga.add(match["place"])
            # ("BYD's Hefei plant ... Changan ... its Hefei factory": Changan's, in the same city)
            spans.append((match.start(), match.end(), match["place"], before[-1]))
    for match in after.finditer(text):
        before = [m.group() for m in named.finditer(text, 0, match.start())] if company else []
        co = match["co"] or match["the_co"] or (before[-1] if before else "")
        if co and match["place"] not in companies:
            owner.setdefault(match["place"], co)
            if match["kind"].lower().startswith("giga"):
                giga.add(match["place"])
            spans.append((match.start(), match.end(), match["place"], co))
    for match in the.finditer(text):
        before = [m.group() for m in named.finditer(text, 0, match.start())] if company else []
        if match["place"] not in owner and match["tco"] and match["place"] not in companies:
            owner[match["place"]] = match["tco"]
        if match["place"] not in owner and before and match["place"] in places and match["place"] not in companies:
            owner[match["place"]] = before[-1]  # "BYD ... The Chile car plant": the one named before
        if match["place"] in owner:
            if match["kind"].lower().startswith("giga"):
                giga.add(match["place"])
            spans.append((match.start(), match.end(), match["place"], match["tco"] or ""))
    for match in re.finditer(rf"\b(?:Giga|Gigafactory)\s+(?P<place>{place})\b", text):
        if _GIGA_OWNER.search(text[max(0, match.start() - 30) : match.start()]):
            continue
        # "Giga Shanghai shipped 79,010 units": Tesla's word for its factories, the name alone
        giga.add(match["place"])
        spans.append((match.start(), match.end(), match["place"], "Tesla"))
    for match in re.finditer(rf"\b[Tt]he\s+(?P<place>{place})\s+(?:site|facility)\b", text):
        if match["place"] in owner:  # "The Northvale site's staff": the plant named before, there
            spans.append((match.start(), match.end(), match["place"], ""))
    # (Tesla calls every one of its factories a gigafactory: "Tesla's Shanghai plant" is Tesla Gigafactory Shanghai)
    return tuple(Facility(a, b, f"{co or owner[w]} Gigafactory {w}" if w in giga or (co or owner[w]) == "Tesla"
                          else f"{co or owner[w]} {w} Plant")
                 for a, b, w, co in sorted(spans))
