"""The place, company, port, terminal or event a number is about.

The entity the number's clause is about, else the one its sentence or paragraph last named, else the article's
main subject; a name already used in data/figures.csv is reused in that form.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import pycountry

from nevreport.common.dates import CALENDAR_WORD
from nevreport.ingest.cities import CITIES
from nevreport.ingest.clauses import (
    LIST_JOIN,
    RANK_BEFORE,
    WHICH_ASIDE,
    Spans,
    body_start,
    earlier_sentences,
    joined_run,
)
from nevreport.ingest.extract import Mention, mentions_in
from nevreport.ingest.facilities import facilities_in, held_show, is_event, is_facility, is_plant
from nevreport.ingest.measures import is_year_number, what_in
from nevreport.ingest.ranked import ranked_name
from nevreport.ingest.tables import listed_spans, model_of, table_line

# --- entities -----------------------------------------------------------------------------------------------

_PLACES: tuple[str, ...] = tuple((
    "China|Beijing|Shanghai|Tianjin|Chongqing|Anhui|Fujian|Gansu|Guangdong|Guangxi|Guizhou|Hainan|Hebei"
    "|Heilongjiang|Henan|Hubei|Hunan|Inner Mongolia|Jiangsu|Jiangxi|Jilin|Liaoning|Ningxia|Qinghai|Shaanxi"
    "|Shandong|Shanxi|Sichuan|Tibet|Xinjiang|Yunnan|Zhejiang|Hong Kong|Macao|Taiwan|Shenzhen|Guangzhou|Hefei"
    "|Wuhan|Hangzhou|Ningbo|Suzhou|Nanjing|Chengdu|Xi'an|Changsha|Changchun|Liuzhou|Wuxi|Changzhou|Xiamen"
    "|Qingdao|Zhengzhou|Shenyang|Dalian|Harbin|Jinan|Kunming|Nanning|Fuzhou|Dongguan|Foshan|Jiading"
    "|Lin-gang|Pudong|Hongqiao|Minhang|Songjiang|Yangtze River Delta|Greater Bay Area|United States|U.S."
    "|Japan|Germany|France|United Kingdom|Britain|Russia|India|Brazil|Mexico|Thailand|Indonesia|Vietnam"
    "|Malaysia|Uzbekistan|Hungary|Turkey|Australia|Canada|South Korea|Belgium|Spain|Italy|Saudi Arabia"
    "|Israel|Chile|Peru|Colombia|Argentina|Egypt|South Africa|Kazakhstan|Philippines|Pakistan|Singapore"
    "|New Zealand|Norway|Sweden|Netherlands|Poland|United Arab Emirates|UAE|Iran|Morocco|Ecuador|Uruguay"
    "|Jordan|Nepal|Myanmar|Bangladesh|Sri Lanka|Cambodia|Laos|Mongolia|Qatar|Kuwait|Oman|Bahrain|Iraq|Lebanon"
    "|Nigeria|Kenya|Ethiopia|Algeria|Tunisia|Ghana|Tanzania|Portugal|Greece|Austria|Switzerland|Denmark|Finland"
    "|Ireland|Czech Republic|Romania|Serbia|Ukraine|Belarus|Azerbaijan|Georgia|Kyrgyzstan|Tajikistan|Turkmenistan"
    "|Costa Rica|Panama|Dominican Republic|Venezuela|Bolivia|Paraguay|Cuba|Jamaica"
    "|Europe|European Union|Southeast Asia|Africa|Latin America|Middle East|North America|South America|Central Asia"
).split("|"))
_COMPANIES = (
    "BYD|Tesla|NIO|XPeng|Li Auto|Geely|Zeekr|SAIC Motor|SAIC|Great Wall Motor|Chery|GAC Aion|GAC|Changan"
    "|Dongfeng|FAW|BAIC|JAC|Leapmotor|Xiaomi|Huawei|Seres|CATL|Gotion|Volkswagen|Toyota|BMW|Mercedes-Benz"
    "|General Motors|Ford|Hyundai|Kia|Stellantis|Renault|Nissan|Honda|Volvo|Polestar|Wuling|SAIC-GM-Wuling"
    "|LG Energy Solution|LG Chem|Panasonic|CALB|SVOLT|EVE Energy|Sunwoda|State Grid|TGood|Star Charge"
    "|Pony.ai|WeRide|Baidu|Amap|DiDi|Horizon Robotics|Momenta|Hesai|Hozon|Sinopec|Mazda|Isuzu|Mitsubishi|Suzuki"
    "|Samsung SDI|SK On|REPT Battero|Zenergy|Farasis Energy"
).split("|")
# Brands the reading knows, each with its company: a brand's figures are its company's, under the brand's name
# (data/DICTIONARY.md, "Entity naming").
BRAND_OWNERS = {
    "Hongqi": "FAW", "Haval": "Great Wall Motor", "Wey": "Great Wall Motor", "Ora": "Great Wall Motor",
    "Denza": "BYD", "Yangwang": "BYD", "Fangchengbao": "BYD", "Voyah": "Dongfeng", "Deepal": "Changan",
    "Avatr": "Changan", "Trumpchi": "GAC", "Roewe": "SAIC Motor", "MG": "SAIC Motor",
    "Baojun": "SAIC-GM-Wuling", "Jetour": "Chery", "Exeed": "Chery", "Omoda": "Chery", "Jaecoo": "Chery",
    "Aito": "Seres", "AITO": "Seres", "Cadillac": "General Motors", "Chevrolet": "General Motors",
    "Buick": "General Motors", "Onvo": "NIO", "ONVO": "NIO", "Firefly": "NIO", "Hyptec": "GAC",
    "Lynk & Co": "Geely", "Lynk&Co": "Geely",
    "Arcfox": "BAIC", "Luxeed": "Chery", "Neta": "Hozon", "Apollo Go": "Baidu", "Galaxy": "Geely", "Qiyuan": "Changan",
}  # fmt: skip
# Short names a newsroom uses once it has named the company ("Volkswagen (VW)").
_SHORT_NAMES = {"VW": "Volkswagen", "GM": "General Motors", "GWM": "Great Wall Motor", "Great Wall": "Great Wall Motor",
                "Contemporary Amperex Technology": "CATL", "Shanghai Automotive Industry": "SAIC Motor",
                "Xiaopeng": "XPeng", "Xiaopeng Motors": "XPeng",  # the name XPeng was once written with
                "Aion": "GAC Aion",  # (GAC's brand, named on its own)
                "Guangzhou Automobile Group": "GAC", "Guangzhou Automobile": "GAC", "EVE": "EVE Energy",
                "FAW-VW": "FAW-Volkswagen",  # (a venture written with its partner's short name)
                # battery makers by the names Chinese tables give them
                "CALB-Tech": "CALB", "EVE Battery": "EVE Energy", "LG New Energy": "LG Energy Solution",
                "LG Energy Solutions": "LG Energy Solution",
                "Farasis": "Farasis Energy"}
# Companies based outside China: their figures "in China" are figures abroad, named with the place
FOREIGN_COMPANIES = frozenset({"Tesla", "Volkswagen", "Toyota", "BMW", "Mercedes-Benz", "General Motors", "Ford",
                               "Hyundai", "Kia", "Stellantis", "Renault", "Nissan", "Honda", "Polestar",
                               "LG Energy Solution", "LG Chem", "Panasonic", "Samsung SDI", "SK On"})
# GeoNames's names of parts of a city that are no city a story counts ("Puxi", the west bank of Shanghai)
_NOT_CITY_NAMES = frozenset({"Puxi", "Guankou", "Heshan", "Sanhe", "Wuzhong"})
# China's cities of 300,000 people or more (nevreport.ingest.cities), where no company or brand has the name and it
# names no district of a city
_CHINESE_CITIES = sorted(set(CITIES) - set(_COMPANIES) - set(BRAND_OWNERS) - _NOT_CITY_NAMES)


# Every other country by its ISO 3166 name (the short one where the standard has it: "Russian Federation" is
# written "Russia" above, "Slovenia", "Estonia", "Luxembourg" come from here); not China's own, not a name
# a person or a word has ("Chad", "Jersey"), not a name the standard writes with a comma or a bracket.
_NOT_PLACE_NAMES = frozenset({"China", "Hong Kong", "Macao", "Taiwan", "Chad", "Jersey", "Guernsey", "Isle of Man"})
_ABROAD_AT = _PLACES.index("United States")
_PLACES = (*_PLACES[:_ABROAD_AT], *(c for c in _CHINESE_CITIES if c not in _PLACES), *_PLACES[_ABROAD_AT:])
_PLACES += tuple(sorted({name for country in pycountry.countries
                         if (name := getattr(country, "common_name", None) or country.name) not in _NOT_PLACE_NAMES
                         and not re.search(r"[,()]", name)} - set(_PLACES)))
PLACE_SET = frozenset(_PLACES)
ABROAD = frozenset(_PLACES[_PLACES.index("United States") :])  # countries and regions outside China
# The names of those places as one regular expression, the longest first ("South Korea" before "Korea")
ABROAD_NAMES = "|".join(re.escape(place) for place in sorted(ABROAD, key=len, reverse=True))
# Places abroad written short: "the UK", "U.S. sales" are the country by its name
PLACE_SHORT_NAMES = {"U.S.": "United States", "UK": "United Kingdom", "Britain": "United Kingdom",
                     "EU": "European Union",
                     "UAE": "United Arab Emirates"}
# "US NEV sales", "the US market", "In the US, ...": the country's own market ("exports to the US" only say where)
_US_MARKET = re.compile(r"\bUS(?=\s+(?:(?:NEV|EV|car|auto|vehicle|electric[- ]vehicle|new[- ]energy[- ]vehicle)\s+)?"
                        r"(?:sales|market|deliveries|registrations|output|production)\b)|(?<=\bIn the )US(?=,)"
                        r"|(?<=\bin the )US\b(?![-\w])"  # ("NEV sales in the US came to 1.3 million")
                        # ("the US now counts some 196,000 public chargers": the country, the subject)
                        r"|(?<=\b[Tt]he )US(?=\s+(?:now\s+|currently\s+|still\s+|also\s+)?(?:has|had|have|saw|sees"
                        r"|added|adds|recorded|records|counted|counts)\b"
                        # ("a US Department of Energy count": the country's own office)
                        r"|\s+(?:Joint\s+Office|Department|government|administration|Congress|Treasury)\b)")
# A country named by its people, buying: "Kazakhs bought 41,000 cars from abroad", "Chileans purchased"
_PEOPLE_OF = {"Uzbeks": "Uzbekistan", "Kazakhs": "Kazakhstan", "Russians": "Russia", "Mexicans": "Mexico",
              "Brazilians": "Brazil", "Chileans": "Chile", "Australians": "Australia", "Thais": "Thailand",
              "Indonesians": "Indonesia", "Malaysians": "Malaysia", "Filipinos": "Philippines", "Turks": "Turkey",
              "Israelis": "Israel", "Britons": "United Kingdom", "Americans": "United States",
              "Germans": "Germany", "Europeans": "Europe", "Hungarians": "Hungary", "Colombians": "Colombia",
              "Peruvians": "Peru"}  # fmt: skip
_PEOPLE_BUYING = re.compile(rf"\b(?P<people>{'|'.join(_PEOPLE_OF)})\s+(?:have\s+|had\s+)?(?:imported|bought"
                            r"|purchased|registered|spent|import|buy|purchase)\b")
# Makers named by where they come from, as the subject of what they made or sent: "Japanese automakers exported
# about 9,000 cars to Lumeria" (their country's figure; Chinese makers' figures are the draft's own subject)
_MAKERS_OF = {"Japanese": "Japan", "German": "Germany", "Korean": "South Korea", "South Korean": "South Korea",
              "American": "United States", "French": "France", "European": "Europe"}  # fmt: skip
_MAKERS_DID = re.compile(rf"\b(?P<origin>{'|'.join(sorted(_MAKERS_OF, key=len, reverse=True))})\s+(?:automakers"
                         r"|carmakers|car\s*makers|auto\s*makers|manufacturers)\s+(?:have\s+|had\s+)?(?:exported"
                         r"|shipped|sold|produced|built|delivered)\b")
# A maker named by where it comes from: "the U.S. carmaker", "the German automaker", "a Shanghai-born startup"
_MAKER_AFTER = re.compile(r"(?i)\s+(?:(?:electric|EV|NEV|auto|car|battery)\s+)?(?:carmaker|automaker|maker"
                          r"|manufacturer|company|firm|giant|startup|brand)\b")
_ADJECTIVES = {"Chinese": "China", "American": "United States", "German": "Germany", "Japanese": "Japan",
               "European": "Europe"}  # fmt: skip
_EDITIONS = {"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th",
             "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th"}  # fmt: skip
_EXPO = re.compile(
    r"\b(?:the\s+)?(?P<nth>" + "|".join(_EDITIONS) + r"|\d+(?:st|nd|rd|th))\s+"
    r"(?:(?:session|edition)\s+of\s+the\s+)?(?:CIIE|China International Import Expo)\b",
    re.IGNORECASE,
)
# Words that continue a place's name rather than make it an organisation's.
_PLACE_SUFFIXES = frozenset("District Province Municipality City Special Area New Area Region".split())
_PREPOSITIONS = frozenset(
    "in to from into across than of at for outside within throughout on with by over between among including"
    .split()
)
_GENERIC_TAILS = re.compile(r"\s+(?:Special Area|District|Province|City|Municipality|Motor|Group|Co\.?|Ltd\.?)$")


_PROVINCES = frozenset(
    "Anhui|Fujian|Gansu|Guangdong|Guangxi|Guizhou|Hainan|Hebei|Heilongjiang|Henan|Hubei|Hunan|Inner Mongolia|Jiangsu"
    "|Jiangxi|Jilin|Liaoning|Ningxia|Qinghai|Shaanxi|Shandong|Shanxi|Sichuan|Tibet|Xinjiang|Yunnan|Zhejiang".split("|"))
_DISTRICTS = frozenset("Jiading Lin-gang Pudong Hongqiao Minhang Songjiang".split())
_CITIES = _DISTRICTS | frozenset(
    "Beijing Shanghai Tianjin Chongqing Shenzhen Guangzhou Hefei Wuhan Hangzhou Ningbo Suzhou Nanjing Chengdu Xi'an"
    " Changsha Changchun Liuzhou Wuxi Changzhou Xiamen Qingdao Zhengzhou Shenyang Dalian Harbin Jinan Kunming Nanning"
    " Fuzhou Dongguan Foshan".split())
# "the province", "the city", "the company", "the expo", "the 10-day event", "the terminal", "the factory": the
# last one of its kind named before.
# ("The US electric vehicle manufacturer": the company, by its origin and what it makes)
_REFERENCE = re.compile(r"\b[Tt]he\s+(?:(?:U\.?S\.?|American|German|Japanese|Korean|French|British|Swedish)\s+"
                        r"(?:(?:electric[- ]vehicle|electric[- ]car|EV|electric|auto|car)\s+)?(?:manufacturer|maker"
                        r"|carmaker|automaker)\b"
                        r"|(?:\w+-[\w-]+\s+)?(?:(?:automobile|auto|car|vehicle|EV|NEV)\s+)?"
                        r"(?:(?<=the\s)(?:rail|railway|river|sea|dry)\s+(?=port\b))?"  # ("the rail port")
                        r"(?P<kind>province|city|district"
                        r"|company|carmaker|automaker|(?:(?<=vehicle\s)|(?<=EV\s)|(?<=auto\s)|(?<=car\s))giant|[Gg]roup|expo|exhibition(?:\s+(?:hall|area))?|show|event|terminal|port"
                        r"|factory|plant|gigafactory|capital)\b(?!'s\s+\w+\s+(?:and|or))(?!\s+(?:area|city)\b))")
_KINDS = {"exhibition": "expo", "show": "expo", "event": "expo", "factory": "plant", "gigafactory": "plant",
          "capital": "city", "group": "company", "district": "city", "giant": "company"}  # ("the vehicle giant")
# ("the capital of northwest China's Shaanxi Province": the city named before; "the Group": the company)
# Where a port, terminal or factory stands in a sentence does not make it less the subject: goods are exported
# "from" or "through" a terminal, delivered "at" a factory; the localization rate "of" a factory is its own.
_FACILITY_PREPOSITIONS = frozenset("from via through at of".split())
# "China's largest carmaker SAIC Motor": the place describes the company.
# ("China's leading NEV maker BYD", "China's fast-growing new energy vehicle (NEV) maker Leapmotor")
_DESCRIBES = re.compile(r"['\u2019]s\s+(?:(?:[a-z-]+|[A-Z]{2,4}s?|\([A-Z]{2,4}s?\))\s+){0,6}$"
                        r"|^\s+(?:[a-z-]+\s+){0,3}(?:maker|carmaker|automaker|company"
                        r"|firm|manufacturer|giant|start-?up)\s+$")  # "U.S. electric vehicle maker Tesla"
# "at the National Exhibition and Convention Center (Shanghai)": where the building stands.
_IN_PARENTHESES = re.compile(r"[A-Z][\w-]*\s*\(\s*$")
_WHERE_PREPOSITIONS = frozenset("in across within throughout".split())
# "east China's Jiangsu Province", "south China's Guangdong": where a place lies.
_WHERE_IT_LIES = re.compile(
    r"\b(?i:(?:north|south)?(?:east|west)|north|south|central|(?:north|south)(?:east|west)ern|eastern|western"
    r"|northern|southern)\s+China['\u2019]s\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|province|city)){0,2}")
# "told a forum in Harbin that ...", "said at a press conference in Beijing": where something was said, not what the
# figures are about (the conference's own figures name it: "the forum in Harbin drew 2,000 delegates" stays)
_VENUE = re.compile(
    r"\b(?i:(?:forum|conference|meeting|summit|briefing|symposium|seminar|ceremony|gathering|event|session|congress)"
    r"(?:\s+of\s+(?:the\s+)?[\w\s]{0,30}?)?\s+(?:(?:held|hosted|organi[sz]ed)\s+)?in"
    r"|(?:told|said|say|says)\s+(?:reporters|journalists|media|delegates)\s+in|(?:said|says|announced|added)\s+in)"
    r"\s+(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)(?=\s+(?:that|on\s+\w+day)\b)")
# ("told reporters in Beijing that the city had built ...": the place the sentence goes on about)
_POINTED_BACK = re.compile(r"[^.!?\n]*?\bthe\s+(?:city|province|municipality|district)\b")
# A company named with its legal form: "Blue Carbon Technology Inc.", "Shanghai Lingang Holdings Co., Ltd."
_COMPANY = re.compile(r"\b(?P<name>(?:[A-Z][\w&'-]*[^\S\n]+(?:&[^\S\n]+(?!(?:Inc|Co|Corp|Ltd|LLC)\b))?"
                      r"(?:\([A-Z][a-z]+\)\s+|\([A-Z]{2,6}\)\s+)?){1,4}?)"
                      r"(?:Inc|Co|Corp|Corporation|Ltd|Limited|LLC)\b(?!-)\.?"
                      r"(?:,?\s+Ltd\b\.?)?")
_FACILITIES_IN = re.compile(r"\b(?:bases|plants|factories|centers|centres|stores|offices|subsidiaries|branches"
                            r"|facilities)\s+(?:located\s+)?in\s+(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?,?\s+(?:and\s+)?)*$")
_EXAMPLES = re.compile(r"\b(?:such\s+as|like|including)\s+"
                       r"(?:[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)?)+")
# "According to data from the China Passenger Car Association (CPCA), ...": a national association's release
_ASSOCIATION = re.compile(r"\bChina\s+(?:Passenger\s+Car|Association\s+of\s+Automobile|Automobile\s+Dealers)\b"
                          r"|\b(?:CAAM|CPCA|CADA)\b|\b[Pp]assenger\s+[Cc]ar\s+[Aa]ssociation\b"
                          # the battery makers' alliance: "Data from the Automotive Battery Innovation Alliance
                          # (CABIA) show 57.4 GWh of batteries were made"
                          r"|\bBattery\s+(?:Industry\s+)?Innovation\s+Alliance\b|\bCABIA\b")
# "FAW Group, China's leading automaker, sold ...": a place describing the company named before it
_DESCRIBES_COMPANY = re.compile(r"['\u2019]s\s+(?:[a-z-]+\s+){0,3}(?:automaker|carmaker|maker|manufacturer|company|firm"
                                r"|producer|brand)s?\b")
_AMONG_THEM = re.compile(r"(?i)\s*(?:among\s+(?:them|these|those)|of\s+them|of\s+these|of\s+which|of\s+the\s+total)\b")
_PREPOSITION_WORDS = frozenset({"In", "At", "From", "The", "By", "For", "On", "With"})
# Words after a company's own name that say what kind of business it is, not which: "Chery Holding Group Co Ltd",
# "Geely Automobile Holdings" are Chery and Geely.
_GROUP_WORDS = frozenset("Holding Holdings Group Automobile Automotive Auto Motor Motors Company International".split())
# "Lotus Peak delivered 5,300 vehicles", "Harbour Motors' sales rose", "Lotus Peak went public": a name the project
# does not know yet, doing what only a company does.
_COMPANY_DOES = re.compile(
    r"(?<![\w&'-])(?P<name>[A-Z][\w&-]*(?:[^\S\n]+[A-Z][\w&-]*){0,2})(?:['\u2019]s\s+(?:[a-z-]+\s+){0,2}"
    r"(?:deliveries|sales|revenue|net\s+profit)\b|\s+(?:delivered|sold|reported\s+(?:[a-z-]+\s+){0,2}(?:sales"
    r"|deliveries)|posted\s+(?:[a-z-]+\s+){0,2}(?:sales|deliveries|revenue)|went\s+public|priced\s+its\s+shares"
    r"|(?:exported|shipped|produced|manufactured|earned|unveiled|launched)\s+(?:a\s+|an\s+|its\s+|some\s+|about\s+|over\s+"
    r"|more\s+than\s+|nearly\s+)?(?:\d[\d,.]*|[a-z]+\s+(?:vehicles|cars|units|trucks|buses|models))"
    r"|(?:unveiled|launched)\s+(?:a|an|its)\b"
    # "Lumen Motors opened its plant in Chile", "Zeta employs 3,400 workers": what a company has and does
    r"|(?:opened|opens|operates|inaugurated)\s+(?:a|an|its|their)\s+(?:new\s+|first\s+|second\s+|own\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?:plant|factory|store|showroom|facility|production\s+base|assembly\s+line)s?"
    r"|employs\s+(?:about\s+|over\s+|more\s+than\s+|nearly\s+|some\s+|around\s+)?\d)\b)")
# "Global auto parts supplier Borvex", "robotaxi operator Drivana": a company named after what it does
_COMPANY_ROLE = re.compile(r"\b(?:[Ss]upplier|[Mm]aker|[Mm]anufacturer|[Cc]armaker|[Aa]utomaker|[Cc]hipmaker"
                           r"|[Ss]tart-?up|[Oo]perator|[Pp]roducer|[Dd]eveloper)[^\S\n]+"
                           r"(?P<name>[A-Z][\w&-]*(?:[^\S\n]+[A-Z][\w&-]*){0,2})(?![\w&-])")
# A word written with a capital inside ("LeapMotor"): another way to write a known one-word company's name
_CAMEL_CASE = re.compile(r"(?<![\w-])[A-Z][a-z]+[A-Z][A-Za-z]*(?![\w-])")
# "Zeta Motors said ...", "Sales at Harbour Automobile rose", "Lumen Technology Co., Ltd.": a name the project does
# not know yet, whose last word says it is a company's (not "the Eastvale Auto Show", "Harbour Auto Parts")
_COMPANY_BY_NAME = re.compile(
    r"(?<![\w&'-])(?P<name>[A-Z][\w&-]*(?:(?: &)? [A-Z][\w&-]*){0,2} (?:Motors?|Auto|Automobile|Automotive|Group"
    r"|Holdings?|Technology|Technologies|Corporation|Corp\.?|Co\.?,? Ltd\.?|Inc\.?))(?![\w&-])"
    r"(?! (?!(?:CEO|Chairman|President|Founder|Chief|Vice)\b)[A-Z])"  # ("Zeta Motors CEO Lin said")
    r"(?!\s+(?:Show|Expo|Exhibition|Fair|Forum|Industry|Parts|Market|Sector|Association|Federation|City|Town|Park"
    r"|Zone|Base|Cluster|Week|Festival|Dealers?|Research|Institute)\b)")
_SHARES_OF = re.compile(r"(?i)\b(?:shares|stock)\s+(?:of|in)\s+\Z")  # "Shares of Zeta Motors rose": the company
_PART_OF_LONGER = re.compile(r"(?<![\w&'-])([A-Z][\w&-]*)[^\S\n]+\Z")
_PART_OR_SOURCE = re.compile(r"(?:[A-Z][\w&-]*|\b(?:of|and|for|by|from|at|with|to|in|on|&))[^\S\n]+\Z")
# "Northern Heavy Truck Group, or Nortruk,": a company's full name, then the short one it goes by
_COMPANY_CALLED = re.compile(r"\b(?:Group|Company|Co|Corporation|Corp|Motors?|Automobile|Holdings?|Ltd)\.?,?\s+"
                             r"(?:or|also\s+known\s+as|known\s+as)\s+(?P<name>[A-Z][\w&-]+)(?=\s*[,.;)])")
# "Lanxi, capital of a western province", "Ganzhou, a city in Jiangxi": a city no list holds, described
_CAPITAL_OF = re.compile(r"\b(?P<name>[A-Z][a-z'\u2019-]+),\s+(?:the\s+)?(?:(?:provincial\s+)?capital|a\s+city)\s+"
                         r"(?:city\s+)?(?:of|in)\b")
# "SAIC-GM-Wuling (LHW) said on Monday ...": a short name the article then uses for a company it knows
_SHORT_NAME_AFTER = re.compile(r"\s*\(\s*(?P<short>[A-Z][a-z][A-Za-z-]{1,18})\s*\)")
_ACRONYM_GIVEN = re.compile(r"(?P<name>[A-Z][\w&-]*(?:\s+(?:of\s+)?[A-Z][\w&-]*){0,4})\s+\((?P<acronym>[A-Z]{2,6})\)")
# "the city of Shiyan", "Shiyan City", "Shiyan city": a city no list holds, named as one.
_CITY_OF = re.compile(r"\b[Tt]he\s+city\s+of\s+(?P<name>[A-Z][a-z'\u2019-]+)\b")
_NAMED_CITY = re.compile(r"\b(?P<name>[A-Z][a-z'\u2019-]+)\s+(?:[Cc]ity|County|District)\b(?!\s+(?:of|[A-Z]))")
# "Liangjiang New Area", "the Northvale Economic and Technological Development Zone": a district no list holds, which
# keeps its whole name (data/DICTIONARY.md, "Entity naming")
_NEW_AREA = re.compile(r"(?<![\w-])(?<![A-Z][a-z]\s)(?P<name>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+)?\s+"
                       r"(?:(?:New|Special)\s+Area"
                       r"|(?:Economic(?:\s+(?:and|&)\s+Technological)?\s+Development|High-[Tt]ech(?:\s+Industrial"
                       r"\s+Development)?)\s+Zone))\b")
# "Langfang in the Hebei province", "Mianyang, Sichuan province", "Wuhai, Inner Mongolia": a city
# named with its province, its name two or more syllables of pinyin (not "Production in Hebei province", "Made in
# Anhui", a person's "Zhang Lin, Jiangsu province's delegate")
_IN_PROVINCE = re.compile(r"(?<![A-Z][a-z]\s)(?<![A-Z][a-z]{2}\s)(?<![A-Z][a-z]{3}\s)(?<![A-Z][a-z]{4}\s)"
                          r"\b(?P<name>[A-Z][a-z]{3,11})(?:\s+in|(?P<comma>,))\s+(?:the\s+)?(?:(?P<direction>[a-z]+\s+China['\u2019]s)\s+)?(?:"
                          + "|".join(sorted(_PROVINCES, key=len, reverse=True))
                          + r")(?:\s+(?P<province>[Pp]rovince|[Aa]utonomous\s+[Rr]egion))?\b")
_SYLLABLE = (r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao"
             r"|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u))")
_PINYIN = re.compile(rf"(?i){_SYLLABLE}{_SYLLABLE}+")
# Bodies that publish figures but sell nothing, and words that open a sentence.
_NOT_COMPANIES = frozenset(
    "CAAM CPCA MIIT NBS NDRC GACC CABIA The This That These Those It Its Their They In On At By From For During Group"
    " Of Sales Deliveries Exports Revenue Chinese January February March April May June July August September"
    " October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
    " NEVs EVs BEVs PHEVs SUVs MPVs NEV EV"  # kinds of vehicle: "1.18 million NEVs sold" names no one
    # ... and makers in general: "Automakers sent 480,000 cars abroad"
    " Carmakers Automakers Manufacturers Makers Automobile Vehicle Vehicles Cars Passenger Companies Brands OEMs"
    # ... and groups of them: "Domestic Chinese OEMs built 1.9 million vehicles"
    " Domestic Foreign Local Homegrown Indigenous Overseas Joint"
    # ... and people by their titles: "Chairman Wu announced a new plan"
    " CEO CFO CTO COO Chairman Chairwoman President Founder Chief Vice Director Minister Mr Ms Mrs Dr"
    # ... and the words that open a clause: "Although Li Auto delivered 33,951 vehicles"
    " Although Though Whereas However Meanwhile Despite Moreover Additionally Notably Nevertheless Overall"
    # ... and the words that open a phrase of time: "Following Li Auto's statement, its shares fell"
    " Following Amid"
    # ... and a participle that opens a sentence: "Having shipped 48,000 cars there, the maker passed its rivals"
    " Having Being Selling Delivering Exporting".split())
# "Market research firm Lumen Data Corporation (LDC) expects ...": a firm that publishes the
# figures of a market, not a company they are about
_SOURCE_FIRM = re.compile(r"(?i)\b(?:research|consult\w*|analytics|data|intelligence)\s+(?:firm|company|provider|house"
                          r"|agency|group)\s+$|\b(?:consultancy|researcher|research\s+institute)\s+$")
_ORGANISATION_WORDS = re.compile(r"\b(?:Association|Federation|Ministry|Bureau|Administration|Customs|Office"
                                 r"|Commission|Council|Department|Committee|Alliance|Institute)\b")


def known_company_names() -> tuple[str, ...]:
    """Every company name and short name the reading knows (data/DICTIONARY.md, "Entity naming", lists them)."""
    return (*_COMPANIES, *_SHORT_NAMES)


def _word_before(text: str, start: int) -> str:
    """The word before a name, "the" and an owner passed over ("outside the United States", "via the city's
    Waigaoqiao Port", "through its Nansha terminal")."""
    words = text[max(0, start - 60) : start].split()[-4:]
    if words and (words[-1].lower() in ("its", "their") or re.fullmatch(r"[\w-]+['\u2019]s", words[-1])):
        time_owner = re.fullmatch(r"(?i)(?:year|month|week)['\u2019]s", words[-1])
        words = words[:-1]
        if time_owner and words and words[-1].lower() in ("last", "this", "next", "previous"):
            words = words[:-1]  # ("Compared to last year's Wuhan show, ...": a name after "to")
    if len(words) >= 2 and words[-1].lower() == "the":
        words = words[:-1]
    return words[-1].lower() if words else ""


def _after_preposition(text: str, start: int) -> bool:
    word = _word_before(text, start)
    if word in ("\u2013", "\u2014"):
        # "to the two emerging markets \u2013 Brazil and Mexico": the list says what the phrase before named
        line = text[max(0, start - 60, text.rfind("\n", 0, start) + 1) : start]
        return any(w.lower() in _PREPOSITIONS for w in line.split()[-7:-1])
    if word == "with" and (_WITH_ITS_MEASURE.match(text, start) or _WITH_IT_DOING.match(text, start)):
        return False  # "with NIO deliveries decreasing 15%", "with CATL ranked top": the subject of its own clause
    if word == "of" and re.search(r"(?i)\bshares\s+of\s+$", text[max(0, start - 12) : start]):
        return False  # "shares of NIO rose": whose shares moved
    if _WAS_FORMERLY.search(text, max(0, start - 40), start):
        return True  # "its predecessor was the Geneva show, the current fair ...": what it once was, not the subject
    return word in _PREPOSITIONS


_WAS_FORMERLY = re.compile(r"(?i)\b(?:predecessor|forerunner)\s+(?:was|is)\s+(?:the\s+)?$|\bformerly\s+(?:the\s+)?$")
# A name followed by what it did: "with NIO deliveries decreasing", "with Chery's exports up"
_WITH_ITS_MEASURE = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:['\u2019]s)?\s+(?:[a-z-]+\s+)?"
                               r"(?:deliveries|sales|exports|output|production|shipments|revenue|profit)\b")


# "with Zeta Battery Co Ltd ranked first again, holding 30 percent of the market"
_WITH_IT_DOING = re.compile(r"(?:[A-Z][\w&.-]*\s+){1,6}(?:again\s+)?(?:ranked|ranking|leading|led|taking|took|holding"
                            r"|topping|topped|claiming|capturing|accounting)\b")


def _is_kind(entity: str, kind: str, companies: set[str], cities: frozenset[str] = _CITIES) -> bool:
    if kind == "province":
        return entity in _PROVINCES
    if kind == "city":  # (not a development zone or a new area the city holds: "Songjiang ... Zone")
        return entity in cities and not entity.endswith((" Zone", " Area"))
    if kind == "expo":
        return is_event(entity)
    if kind in ("terminal", "port"):
        return entity.endswith(kind.capitalize())
    if kind == "plant":
        return is_plant(entity)
    return entity in companies or entity not in PLACE_SET and not is_event(entity) and not is_facility(entity)


# "its premium brand Hongqi", "FAW's Hongqi brand": a brand, and before it in its sentence, the company
# "its Korvi, Halden and Lumo brands", "two new brands—Ostra and Pelle—": brands a company owns, listed
_BRAND_NAME = r"[A-Z][\w-]*"
_BRANDS = rf"{_BRAND_NAME}(?:\s*,\s*{_BRAND_NAME})*,?\s+and\s+{_BRAND_NAME}"
_BRANDS_LISTED = re.compile(rf"\b(?:(?i:its)|(?P<owner>[A-Z][\w-]*)['\u2019]s)\s+(?P<listed>{_BRANDS})\s+"
                            r"(?:sub-?)?brands\b"
                            rf"|\bbrands\s*(?:[\u2014\u2013:(]|,)\s*(?P<listed2>{_BRANDS})\b")
_BRAND = re.compile(r"\b(?i:its|the|a)\s+(?:[a-z][\w'\u2019-]*\s+){0,5}?brand\s+(?P<brand>[A-Z][\w-]*)"
                    r"|['\u2019]s\s+(?:[a-z][\w-]*\s+){0,2}?(?P<brand2>[A-Z][\w-]*)\s+brand\b"
                    # "Hongqi, the premium brand of FAW Group": the owner named after it
                    r"|\b(?P<brand3>[A-Z][\w-]*),\s+(?i:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?brand\s+(?:of|owned\s+by|under)\s")


@dataclass(frozen=True)
class _Name:
    start: int
    end: int
    entity: str
    is_adjective: bool = False
    after_preposition: bool = False
    before: str = ""  # the word before it
    example: bool = False  # one of the names after "such as", "like" or "including"
    market_abroad: bool = False  # "US NEV sales": a market abroad, named in passing, not what an article is about


_LEGAL_WORDS = frozenset({"Technology", "Technologies", "Motor", "Motors", "Group", "Co.", "Co", "Co.,", "Ltd.",
                          "Ltd", "Holdings", "Holding", "Automobile", "Auto", "Inc.", "Corporation", "Corp."})


def _registered_as(name: str) -> str:
    """The known company a registered name is ("Zhejiang Halden Technology Co. Ltd." when Halden is known), or ""."""
    words = name.split()
    for at, word in enumerate(words[1:], start=1):
        if word in _COMPANIES and all(w in _PROVINCES or w in CITIES for w in words[:at]) and all(
                w in _LEGAL_WORDS for w in words[at + 1 :]) and at + 1 < len(words):
            return word
    return ""


def _shorter_forms(name: str, known: str) -> list[str]:
    """A registered name and each shorter one that still ends past the known name, its legal words dropped one by
    one from the end."""
    words = name.split()
    return [" ".join(words[:end]) for end in range(len(words), words.index(known) + 1, -1)]


@dataclass
class Entities:
    """The names this project knows, with the form data/figures.csv already gives each."""

    known: list[str] = field(default_factory=list)
    learned: list[str] = field(default_factory=list)  # companies one article names, known to no list
    cities: list[str] = field(default_factory=list)  # cities one article names as such ("the city of Shiyan")
    year: str = ""  # the article's year: a show named by its city is that year's
    brands: dict[str, str] = field(default_factory=dict)  # a brand the article names, and its company
    # acronyms one article gives a known company in brackets ("SAIC-GM-Wuling (SGMW)"), and the company
    acronyms: dict[str, str] = field(default_factory=dict)

    def in_article(self, text: str, year: str = "") -> Entities:
        """These names and the companies the article names by what they do ("Nio delivered", "Leapmotor's
        sales"), which no list can hold in advance; a show named by its city ("the Wuhan auto show") is the
        edition of `year`, the year of publication."""
        learned = []
        named_as_places = (_CITY_OF, _NAMED_CITY, _CAPITAL_OF, _IN_PROVINCE, _NEW_AREA)
        cities = list(dict.fromkeys(m["name"] for pattern in named_as_places
                                    for m in pattern.finditer(text)
                                    if m["name"] not in self._canonical and m["name"] not in _NOT_COMPANIES and (
                                        pattern is not _IN_PROVINCE or _PINYIN.fullmatch(m["name"]) and (
                                            m["province"] or m["direction"] or m["comma"])) and (
                                        # ("Pudong New Area" is Pudong, a place the reading knows)
                                        pattern is not _NEW_AREA or not m["name"].endswith("New Area")
                                        or m["name"].split()[0] not in self._canonical)))
        # ("the Northvale Bureau of Trade and Information Technology", "China Aviation Lithium Battery Technology",
        # "figures released by Harbour Auto": a part of a longer name, or a source)
        by_name = [m for m in _COMPANY_BY_NAME.finditer(text)
                   if not _PART_OR_SOURCE.search(text, max(0, m.start() - 30), m.start())
                   or _SHARES_OF.search(text, max(0, m.start() - 30), m.start())]
        # ("Shanghai Automotive Industry Corporation sold": the end of a longer name is no company of its own)
        does = [m for m in _COMPANY_DOES.finditer(text)
                if not (tail := _PART_OF_LONGER.search(text, max(0, m.start() - 30), m.start()))
                or tail[1] in _NOT_COMPANIES or tail[1] in _PREPOSITION_WORDS]
        for match in (*does, *_COMPANY_CALLED.finditer(text), *by_name, *_COMPANY_ROLE.finditer(text)):
            name = self.company_name(re.sub(r"^(?:(?:[A-Z][\w.]*\s+)?[\w-]+-(?:based|headquartered)\s+)+", "",
                                            match["name"]))
            words = name.split()
            if (name in self._canonical or words[0] in _NOT_COMPANIES or words[-1] in _NOT_COMPANIES
                    or name in PLACE_SET
                    or words[0] in self._canonical  # "NIO ES6": a known company's model
                    # "Rival BYD sold ...": a known company, with a word that only describes it
                    or any(" ".join(words[i:]) in self._canonical for i in range(1, len(words)))
                    or _ORGANISATION_WORDS.search(name) or name in learned
                    # "Geely's production facilities in Eastvale made ...": a place, where they stand
                    or re.search(r"\b(?:in|at)\s+$", text[max(0, match.start() - 4) : match.start()])):
                continue
            learned.append(name)
        # "FAW-Volkswagen": two companies joined by a hyphen, their joint venture, a company of its own
        learned += list(dict.fromkeys(
            m.group() for m in _TWO_COMPANIES.finditer(text) if m.group() not in self._canonical
            and m.group() not in learned and all(  # (not "SAIC-MG": a company's brand)
                self._canonical.get(part) in self._companies and part not in BRAND_OWNERS for part in m.groups())))
        # ("SAIC-GM-Wuling (LHW) ... LHW exported": the acronym is the known company's, not a company of its own)
        # ("The Great Wall Motor Company (GWMC)": a known company's full name, its first words the name known)
        acronyms = {m["acronym"]: company for m in _ACRONYM_GIVEN.finditer(text)
                    if (company := self._known_start(m["name"], m["acronym"])) and m["acronym"] not in self._canonical}
        # "LeapMotor", "GeeLy": a known one-word company written with a capital inside, another way to write it
        by_lower = {name.lower(): name for name in (*_COMPANIES, *BRAND_OWNERS) if re.fullmatch(r"[A-Za-z]{5,}", name)}
        acronyms.update({m.group(): by_lower[m.group().lower()] for m in _CAMEL_CASE.finditer(text)
                         if m.group().lower() in by_lower and m.group() not in self._canonical})
        # "Zhejiang Halden Technology Co. Ltd.": a known company's registered name, its home province or city
        # before it and its legal form after, the known company
        # (each form down to the known name: "Zhejiang Halden Technology" too)
        # "China Petroleum & Chemical Corporation (Sinopec)": a company's registered name and the short name it
        # goes by, which names it
        for m in _COMPANY_BY_NAME.finditer(text):
            registered = _registered_as(m["name"])
            acronyms.update({form: registered for form in (_shorter_forms(m["name"], registered) if registered else ())
                             if form not in self._canonical})
            short = _SHORT_NAME_AFTER.match(text, m.end())
            if not short or short["short"] in PLACE_SET or short["short"] in _NOT_COMPANIES:
                continue
            known = self._canonical.get(short["short"], short["short"])
            if known == short["short"] and known not in learned and known not in self._canonical:
                learned.append(known)
            acronyms.update({form: known for form in (m["name"], self.company_name(m["name"]))
                             if form not in self._canonical and form != known})
        learned = [name for name in learned if name not in acronyms]
        found = replace(self, learned=learned, cities=cities, year=year)
        return replace(found, brands=found._brands(text), acronyms=acronyms)

    def _known_start(self, name: str, acronym: str) -> str:
        """The known company a name given an acronym is ("SAIC-GM-Wuling (SGMW)"), or starts with when the acronym
        is the name's initials ("Great Wall Motor Company (GWMC)" -> Great Wall Motor; not "Zeta New Energy
        Vehicle (NEV)"); "" when none is."""
        words = [w for w in name.split() if w != "of"]
        words = words[1:] if words and words[0] == "The" else words
        known = self._canonical.get(" ".join(words), "")
        if known in self._companies:
            return known
        if acronym != "".join(w[0] for w in words):
            return ""
        for end in range(len(words) - 1, 0, -1):
            known = self._canonical.get(" ".join(words[:end]), "")
            if known in self._companies:
                return known
        return ""

    def _brands(self, text: str) -> dict[str, str]:
        """The brands the article says a company owns ("China FAW Group said its premium brand Hongqi ...",
        "FAW's Hongqi brand"): each brand's figures are its company's (data/DICTIONARY.md, "Entity naming")."""
        brands: dict[str, str] = {brand: owner for brand, owner in BRAND_OWNERS.items()
                                  if re.search(rf"(?<![\w-]){re.escape(brand)}(?![\w-])", text)}
        for match in _BRAND.finditer(text):
            said = match["brand"] or match["brand2"] or match["brand3"]
            brand = self._canonical.get(said, said)
            if match["brand3"]:
                after = [n.entity for n in self.names_in(text, match.end(), min(len(text), match.end() + 60))
                         if n.entity != brand and n.entity in (*self._companies, *self.learned)]
                if after and brand not in brands:
                    brands[brand] = after[0]
                continue
            start = text.rfind("\n", 0, match.start()) + 1
            owners = [n.entity for n in self.names_in(text, start, match.start())
                      if n.entity != brand and n.entity in (*self._companies, *self.learned)]
            if not owners and re.match(r"(?i)its\b", match.group()):  # "Its iconic sedan brand Hongqi" opening a
                paragraph = text.rfind("\n\n", 0, max(0, start - 2)) + 2  # paragraph: the one before names the owner
                owners = [n.entity for n in self.names_in(text, max(0, paragraph), start)
                          if n.entity != brand and n.entity in (*self._companies, *self.learned)]
            if owners and brand not in brands:
                brands[brand] = owners[-1]
        for match in _BRANDS_LISTED.finditer(text):
            owner = self._canonical.get(match["owner"] or "", match["owner"] or "")
            if not owner:  # "its ... brands", "three major brands—...": the company named before, in its paragraph
                start = text.rfind("\n", 0, match.start()) + 1
                owners = [n.entity for n in self.names_in(text, start, match.start())
                          if n.entity in (*self._companies, *self.learned)]
                owner = owners[-1] if owners else ""
            listed = [self._canonical.get(b, b) for b in re.findall(_BRAND_NAME, match["listed"] or match["listed2"])]
            # ("its Zeta, Lumo and Pelle brands", said of Zeta: its own name too)
            if owner in (*self._companies, *self.learned):
                brands.update({b: owner for b in listed if b not in brands and b != owner and b not in PLACE_SET})
        return brands

    def is_company(self, name: str) -> bool:
        """Whether the name is a company's: one a list knows, one the article names by what it does, or a brand's
        owner."""
        return name in self._companies or name in self.learned or name in self.brands.values()

    def known_name(self, name: str) -> str:
        """The form the project gives a name it knows ("Zeekr" -> ZEEKR's form, "Eve Energy" -> EVE Energy), ""
        for a name it does not know."""
        named = self.company_name(name)
        return named if self._canonical.get(named) == named else ""

    def company_name(self, name: str) -> str:
        """A company's name without the words that say what kind of business it is ("Chery Holding Group" ->
        Chery), in the form the project already uses."""
        acronym = re.search(r"\s*\(([A-Z]{2,6})\)", name)  # "First Automotive Works (FAW) Group": FAW, as the data
        if acronym and acronym[1] in self._canonical:  # has it; an acronym it does not know names nothing new
            return self._canonical[acronym[1]]
        if acronym:
            name = name[: acronym.start()] + name[acronym.end() :]
        # "US-based Tesla Inc"; "Rival Geely Automobile Holdings": a rival, named Geely
        words = re.sub(r"^(?:(?:(?:[A-Z][\w.]*\s+)?[\w.]+-(?:based|headquartered)|Rivals?|Peers?|Competitors?|Fellow"
                       r"|Meanwhile|Elsewhere|However|Separately|Also|Still|Overall|Besides|Moreover|Similarly|Likewise"
                       r"|Additionally|Furthermore|Today|Yesterday"
                       # "While Zeta Co. Ltd. posted ...": a clause's opening word before the name
                       r"|While|Whilst|Although|Though|When|After|Before|As|Since|Because|Unlike|If|Once|But|And"
                       r"|Following|Amid)\s+)+"
                       r"(?=\S)", "", name).split()
        if " ".join(words) in self._canonical:  # ("Although Li Auto's": Li Auto, a name the project knows)
            return self._canonical[" ".join(words)]
        while len(words) > 1 and words[-1] in _GROUP_WORDS:
            words.pop()
        short = " ".join(words)
        if short in self._canonical:
            return self._canonical[short]
        if (words[0] == "China" or words[0] in _CITIES or words[0] in PLACE_SET) and " ".join(
                words[1:]) in self._canonical:  # "China FAW Group Co., Ltd." -> FAW, "Chongqing Changan" -> Changan
            return self._canonical[" ".join(words[1:])]
        return self._canonical.get(name, short)

    def __post_init__(self) -> None:
        canonical: dict[str, str] = {}
        for name in self.known:
            canonical.setdefault(name, name)
            short = _GENERIC_TAILS.sub("", name)
            if short != name:
                canonical.setdefault(short, name)
            event = re.fullmatch(r"(.+) ((?:19|20)\d\d)", name)
            if event:  # "China Auto Forum 2024" is written "the 2024 China Auto Forum"
                canonical.setdefault(f"{event[2]} {event[1]}", name)
        for name in (*_PLACES, *_COMPANIES, *BRAND_OWNERS):
            canonical.setdefault(name, name)
        for short, name in _SHORT_NAMES.items():
            canonical.setdefault(short, name)
        for short, name in PLACE_SHORT_NAMES.items():  # "the US market", "U.S. sales": the country by its name
            canonical[short] = name
        for name in _COMPANIES:  # "Nio" is NIO, "Byd" BYD, "Xpeng" XPeng
            if (name.isupper() and len(name) > 2) or (" " not in name and name[1:] != name[1:].lower()):
                canonical.setdefault(name.capitalize(), name)
            first, _, rest = name.partition(" ")
            if rest and first.isupper() and len(first) > 2:  # "Eve Energy" is EVE Energy
                canonical.setdefault(f"{first.capitalize()} {rest}", name)
        for name in (*_COMPANIES, *BRAND_OWNERS):  # "XPENG", "LEAPMOTOR", "ZEEKR": a name a company writes in capitals
            if len(name) > 3 and not name.isupper() and re.fullmatch(r"[A-Za-z]+", name):
                canonical.setdefault(name.upper(), name)
        for acronym, name in self.acronyms.items():
            canonical.setdefault(acronym, name)
        learned = [name for name in self.learned if name not in canonical]
        for name in [*learned, *self.cities]:
            canonical.setdefault(name, name)
        for name in list(canonical):  # "Xi’an" as some newsrooms type it is Xi'an
            if "'" in name:
                canonical.setdefault(name.replace("'", "\u2019"), canonical[name])
            if " " in name:  # "Ningbo-Zhoushan Port" where the data has "Ningbo Zhoushan Port": the data's form
                canonical.setdefault(re.sub(r"(?<=[a-z]) (?=[A-Z])", "-", name, count=1), canonical[name])
        self._cities = _CITIES | frozenset(self.cities)
        self._canonical = canonical
        self._companies = {*_COMPANIES, *_SHORT_NAMES, *(n for n in canonical if canonical[n] in _COMPANIES),
                           *BRAND_OWNERS, *learned}
        alternatives = sorted({*canonical, *_ADJECTIVES}, key=len, reverse=True)
        self._pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in alternatives) + r")(?![\w-])")

    def names_in(self, text: str, start: int, end: int) -> list[_Name]:
        found: list[_Name] = self._references(text, start, end)
        # "in Wuxi city, east China's Jiangsu Province": where the place lies, not what a figure is about
        masked = [(m.start(), m.end()) for m in _WHERE_IT_LIES.finditer(text, start, end)]
        masked += [m.span("place") for m in _VENUE.finditer(text, start, end) if not _POINTED_BACK.match(text, m.end())]
        masked += [m.span("place") for m in _HOME_MARKET.finditer(text, start, end)]
        masked += [m.span("place") for m in _RANK_SCOPE.finditer(text, start, end)]
        masked += [m.span("place" if m["place"] else "invaded") for m in _AT_WAR.finditer(text, start, end)]
        found += [_Name(a, b, "") for a, b in masked]
        for match in _COMPANY.finditer(text, start, end):
            name = match["name"].strip()
            if _SOURCE_FIRM.search(text, max(0, match.start() - 40), match.start()):
                found.append(_Name(match.start(), match.end(), ""))  # a research firm says; its figures are of others
                continue
            if name.split()[0] not in _PREPOSITION_WORDS and not any(a <= match.start() < b for a, b in masked):
                rival = bool(re.search(r"(?i)\bthe\s+$", text[max(0, match.start() - 5) : match.start()])
                             and _WHOSE_RIVAL.match(text, match.end()))  # "the Tesla Inc. TSLA rival"
                # ("Zeta Oil & Gas Corporation (Zeta)": the short name it goes by)
                named = self.acronyms.get(match.group().strip()) or self.company_name(name)
                found.append(_Name(match.start(), match.end(), named, is_adjective=rival,
                                   after_preposition=_after_preposition(text, match.start())))
        for match in _PEOPLE_BUYING.finditer(text, start, end):
            found.append(_Name(match.start(), match.end("people"), _PEOPLE_OF[match["people"]],
                               before=_word_before(text, match.start())))
        for match in _MAKERS_DID.finditer(text, start, end):
            if not any(n.start <= match.start() < n.end for n in found):
                found.append(_Name(match.start(), match.end("origin"), _MAKERS_OF[match["origin"]],
                                   before=_word_before(text, match.start())))
        for match in _US_MARKET.finditer(text, start, end):
            found.append(_Name(match.start(), match.end(), "United States", before=_word_before(text, match.start()),
                               after_preposition=_after_preposition(text, match.start()), market_abroad=True))
        for match in _EXPO.finditer(text, start, end):
            nth = match["nth"].lower()
            found.append(_Name(match.start(), match.end(), f"CIIE {_EDITIONS.get(nth, nth)}"))
        # (not "beating even the country's biggest cities": others of the country it is set against; nor "the
        # country's top-selling brand sold ...": a company so described)
        for match in re.finditer(r"\b[Tt]he (?:country|nation)\b(?!'s\s+\w+\s+(?:and|or))(?!['\u2019]s\s+(?:\w{2,}est"
                                 r"|major|top|leading|other|best[- ]selling|top[- ]selling|most)\b)", text[start:end]):
            if _COUNTRY_AS_MEASURE.search(text, max(0, start + match.start() - 40), start + match.start()) or (
                    re.match(r"['\u2019]s\s+total\b", text[start + match.end() : start + match.end() + 10])):
                continue  # "ranking first in the country", "of the country's total": a yardstick, no one's figure
            found.append(_Name(start + match.start(), start + match.end(), country_meant(text, start + match.start())))
        for facility in facilities_in(text, start, end, self._companies, _PLACES, self.year):
            inside = [n for n in found if facility.start <= n.start and n.end < facility.end]
            if is_plant(facility.entity) and inside and inside[0].start == facility.start:
                found = [n for n in found if n not in inside]  # "Geely's production facilities in Eastvale"
            overlapping = [n for n in found if n.start <= facility.start < n.end]
            held_here = held_show(text, facility.end, facility.entity.rsplit(" ", 1)[-1]) == facility.entity
            if overlapping and held_here and all(is_event(n.entity) and n.entity != facility.entity
                                                 for n in overlapping):
                # "the four-day auto show that ended on Sunday in Wuxi", after a story of another show: the one its
                # own sentence holds in that city, not the show named before
                found = [n for n in found if n not in overlapping]
            elif overlapping:
                continue
            before = _word_before(text, facility.start)
            # "Part of Qingzhou Port, Lanshan port opened ...": the port it belongs to only says where it is
            part_of = re.search(r"(?i)\b(?:part|one)\s+of\s+(?:the\s+)?$", text[max(0, facility.start - 20) :
                                                                                  facility.start])
            found.append(_Name(facility.start, facility.end, self._canonical.get(facility.entity, facility.entity),
                               after_preposition=bool(part_of) or (_after_preposition(text, facility.start)
                                                                   and before not in _FACILITY_PREPOSITIONS),
                               before=before))
        title_case_end = _title_case_headline_end(text)
        for match in self._pattern.finditer(text, start, end):
            if any(n.start <= match.start() < n.end for n in found):
                continue
            name, after = match.group(), text[match.end() : match.end() + 40]
            before = text[max(0, match.start() - 30) : match.start()]
            if after.startswith((" dollar", " Dollar", "$", " $")):
                continue  # "U.S. dollars" is a currency
            if name in _ADJECTIVES:
                # "The Chinese plug-in car market is growing": a market named by its place is that place
                market = bool(_THE_MARKET.match(text, match.end()) and re.search(r"\b[Tt]he\s+$", before)
                              and not _after_preposition(text, match.start() - 4))
                found.append(_Name(match.start(), match.end(), _ADJECTIVES[name], is_adjective=not market))
                continue
            entity = self._canonical[name]
            following = re.match(r"\s([A-Z][\w&-]*(?: [A-Z][\w&-]*)?)", after)
            partner = re.match(r"([\s-])([A-Z][\w&-]*(?: [A-Z][\w&-]*)?)", after)
            if (name in self._companies and partner and partner[2] in self._canonical
                    and partner[2].split()[0] not in BRAND_OWNERS
                    and (partner[1] != "-" or self._canonical[partner[2]] in self._companies)):
                # "Volkswagen Anhui", "SAIC Volkswagen", "FAW-Volkswagen": a company and a place or partner name one
                # business (joined by a hyphen, two companies: their joint venture)
                extra = partner[2]
                found.append(_Name(match.start(), match.end() + 1 + len(extra), f"{name}{partner[1]}{extra}"))
                continue
            # (a headline in title case capitalises every word: "EV Sales In China Hit A Record")
            title_case = match.start() < title_case_end
            if following and following[1].split()[0] not in _PLACE_SUFFIXES and name not in self._companies and not (
                    title_case):
                continue  # "China Association of Automobile Manufacturers", "Hong Kong Stock Exchange"
            if (not before or before.endswith("\n")) and _DATELINE_AFTER.match(after):
                continue  # "Langfang, March 3, 2025, ...:", "Langfang (Zeta News)\u2014": where it was written
            if re.search(r"[A-Z][\w]*[^\S\n]\Z", before) and name not in self._companies and not (
                    title_case and _TITLE_CASE_WORD.search(before)):
                continue  # "East China" (not a name that opens a paragraph after a headline's last word)
            if _IN_PARENTHESES.search(before):
                continue  # "the National Exhibition and Convention Center (Shanghai)"
            if after.startswith("-based") or re.match(r",\s+[A-Z][\w]*-based\b", after) or (
                    re.search(r",\s*$", before) and _DESCRIBES_COMPANY.match(after)) or re.match(
                    r"\s+(?:[Rr]ival|partner|supplier|customer)\s+[A-Z]", after) or (
                    re.search(r"(?i)\bthe\s+$", before) and _WHOSE_RIVAL.match(after)) or (
                    name not in self._companies and _MAKER_AFTER.match(after)
                    and re.search(r"(?i)\b(?:the|a|an)\s+$", before)):
                # ("as the U.S. carmaker continues": a company's origin, not what the figure is about)
                # "Guangzhou, China-based XPeng": where the company is based; "Tesla rival XPeng": whose rival
                found.append(_Name(match.start(), match.end(), entity, is_adjective=True))
                continue
            found.append(_Name(match.start(), match.end(), entity, before=_word_before(text, match.start()),
                               after_preposition=_after_preposition(text, match.start())))
        found = sorted((n for n in found if n.entity), key=lambda n: n.start)
        found = [n for i, n in enumerate(found) if not (
            n.entity in PLACE_SET and i + 1 < len(found) and found[i + 1].entity in self._companies
            and _DESCRIBES.match(text[n.end : found[i + 1].start])) and not (
            # "Shanghai's Jiading district": the district, in its city
            n.entity in PLACE_SET and i + 1 < len(found)
            and re.fullmatch(r"['\u2019]s\s+", text[n.end : found[i + 1].start])
            and re.match(r"\s+(?:[Dd]istrict|New\s+Area)\b", text[found[i + 1].end :]))]
        # "driven by brands such as XPeng, Leapmotor, and Xiaomi": examples, none of them what a figure is about
        examples = [(m.start(), m.end()) for m in _EXAMPLES.finditer(text, start, end)]
        found = [replace(n, after_preposition=True, example=True) if any(a <= n.start < b for a, b in examples)
                 else n for n in found]
        # The members of a list ("Home to NIO, BYD and JAC") share the first one's role in the sentence.
        for index in range(1, len(found)):
            gap = text[found[index - 1].end : found[index].start]
            if gap in (", ", " and ", ", and ", " or ", " and the ", ", and the ", ", the "):
                found[index] = replace(found[index], after_preposition=found[index - 1].after_preposition)
        return found

    def _references(self, text: str, start: int, end: int) -> list[_Name]:
        """"the province", "the city", "the company", "the expo": the last one of its kind named before."""
        found = []
        for match in _REFERENCE.finditer(text, start, end):
            word = (match["kind"] or "company").lower().split()[0]
            kind = _KINDS.get(word, word)
            earlier = [n for n in self.names_in(text, max(0, match.start() - 1500), match.start())
                       if not n.is_adjective and _is_kind(n.entity, kind, self._companies, self._cities)]
            if word == "district":  # ("Shanghai's Jiading district ... The district": Jiading, not Shanghai)
                earlier = [n for n in earlier if n.entity in _DISTRICTS
                           or re.match(r"\s+[Dd]istrict\b", text[n.end :])]
            # "the company" is the one last named as the subject of its sentence, not one named in passing
            # ("with GM", "topping Tesla's revenue")
            sentence_of = {n.start: len(re.findall(r"[.!?]\s|\n", text[max(0, match.start() - 1500) : n.start]))
                           for n in earlier}
            subjects = [n for i, n in enumerate(earlier) if not n.after_preposition and not any(
                sentence_of[m.start] == sentence_of[n.start] and not m.after_preposition for m in earlier[:i])]
            subjects = subjects or earlier
            if subjects:
                before = _word_before(text, match.start())
                facility = is_facility(subjects[-1].entity) and before in _FACILITY_PREPOSITIONS
                # ("Firefly sold 7,843 ... the company delivered 21,017 across all three brands": the brand's owner)
                named = self.brands.get(subjects[-1].entity, subjects[-1].entity) if kind == "company" else (
                    subjects[-1].entity)
                found.append(_Name(match.start(), match.end(), named, before=before,
                                   after_preposition=_after_preposition(text, match.start()) and not facility))
        return found

    def main_subject(self, text: str) -> str:
        """The entity an article names most (its headline counts twice), the first named on a tie; China when
        it names none."""
        counts: Counter[str] = Counter()
        first_seen: dict[str, int] = {}
        headline_end = text.find("\n")
        # (a table's lines, "BYD Q5 PHEV \u2013 9,800", and models ranked "Chery eX (4,120)", are items, not subjects)
        items = [*listed_spans(text), *((m.start(), m.end()) for m in _RANKED_ITEM.finditer(text))]
        for name in self.names_in(text, 0, len(text)):
            if name.is_adjective and name.start < headline_end and name.entity in PLACE_SET:
                # "Discounting in Chinese car market eases": the headline's country, though it names no one
                counts[name.entity] += 1
                first_seen.setdefault(name.entity, name.start)
                continue
            if name.is_adjective or name.example or name.market_abroad or any(a <= name.start < b for a, b in items):
                continue
            counts[name.entity] += 2 if name.start < headline_end else 1
            first_seen.setdefault(name.entity, name.start)
        if not counts:
            return "China"  # an association's release that names no place: the country this report is about
        first = re.search(r"[.!?](?:\s|$)", text[body_start(text) :])
        lead = text[: body_start(text) + (first.end() if first else len(text))]
        if _ASSOCIATION.search(lead) and not any(
                not (n.is_adjective or n.example) for n in self.names_in(text, 0, len(lead))):
            return "China"  # an association's release whose first sentence names no one: the country's figures
        for entity in list(counts):  # "the port", "the terminal" name the port or terminal named in full
            head = re.search(r"(Port|Terminal)$", entity)
            if head:
                counts[entity] += len(re.findall(rf"\b[Tt]he {head[1].lower()}\b", text))
        top = max(counts.values())
        tied = [e for e in counts if counts[e] == top]
        if len(tied) >= 4 and all(e in PLACE_SET and e not in ABROAD for e in tied):
            return "China"  # a round-up of many Chinese places, each named as often: the country's story
        return max(counts, key=lambda e: (counts[e], -first_seen[e]))


# (not "The Chinese market share of Harbour", "The Chinese market accounted for 35 percent of Tesla's deliveries": a
# company's figure by where it was made)
_THE_MARKET = re.compile(r"\s+(?:[\w-]+\s+){0,4}?market\b(?!\s+share)"
                         r"(?![^.;]*\b(?:accounted|accounts|accounting|made\s+up|makes\s+up|represented|represents)\b)")


def _subject(names: Iterable[_Name]) -> str:
    for name in names:
        if not (name.is_adjective or name.after_preposition):
            return name.entity
    return ""


_SOLD_IN = re.compile(r"(?i)\b(?:sells?|sold|selling|sales|models?|buyers|registrations|registered|delivered)\b"
                      r"(?!.*\b(?:export\w*|charg\w*)\b)")
_REGIONS = frozenset({"Europe", "European Union", "Southeast Asia", "Africa", "Latin America", "Middle East"})
_IN_ABROAD = re.compile(rf"\bin\s+(?:the\s+)?(?P<place>{ABROAD_NAMES})\b")


# a rank in the country: "ranking second in the country", "the largest in the nation"
_COUNTRY_AS_MEASURE = re.compile(r"(?i)\b(?:rank\w*|first|second|third|top|largest|biggest)\b[^,.;]{0,16}"
                                 r"\b(?:in|across)\s+$")


def country_meant(text: str, at: int) -> str:
    """The country "the country" names: China, unless the sentence before it, or its own, is about sales or
    models "in" a country abroad and names no China ("BYD, which sells six models in Chile, sold ... Last year BYD
    was the top seller of electric cars in the country")."""
    paragraph = text[text.rfind("\n", 0, at) + 1 : at]
    if not paragraph.strip():  # (a paragraph that opens on "The nation's ..." goes on about the country the
        paragraph = text[: at].rstrip()  # paragraph before was about)
    sentences = re.split(r"(?<=[a-z\d)][.!?])\s+", paragraph[paragraph.rfind("\n") + 1 :])
    said = " ".join(sentences[-2:])
    body = _NATIONAL_BODY.search(sentences[-1])
    if body and body["adjective"] not in ("Chinese", "European"):
        return _ADJECTIVES[body["adjective"]]  # ("Figures from a German trade body show the country's ...")
    places = {m["place"] for m in _IN_ABROAD.finditer(said) if _SOLD_IN.search(said, max(0, m.start() - 80), m.start())
              } - _REGIONS  # (sales or models there: "sells six models in Chile", not exports or chargers)
    if not places:  # "Norway now has 31,000 chargers. ... 31,240 across the country": the subject before
        places = {PLACE_SHORT_NAMES.get(m["place"], m["place"]) for m in _ABROAD_SUBJECT.finditer(said)} - _REGIONS
    return places.pop() if len(places) == 1 and not re.search(r"\bChina\b|\bChinese\s+market\b", said) else "China"


# "a German trade body", "Japanese industry data": a country's own figures, told by whom
_NATIONAL_BODY = re.compile(rf"\b(?P<adjective>{'|'.join(_ADJECTIVES)})\s+(?:[\w-]+\s+){{0,2}}?"
                            r"(?:organi[sz]ation|association|agency|ministry|body|institute|federation|data|statistics)\b")
# a country abroad that is a sentence's subject, with what it has ("Norway now has 31,000 public chargers")
_ABROAD_SUBJECT = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=,\s))(?:[Tt]he\s+)?(?P<place>{ABROAD_NAMES}|UK|Britain)\s+"
                             # ("U.S. fast chargers saw a boom": a subject with words of its own)
                             r"(?:[a-z-]+\s+){0,3}?"
                             r"(?:now\s+|currently\s+)?(?:has|had|boasts|counts|counted|saw|sees|added|adds|recorded|records)\b")


def _where(text: str, names: list[_Name]) -> str:
    """The last place named with "in" ("sales in China's NEV market"), or ""."""
    where = [n.entity for n in names if not n.is_adjective and (text[max(0, n.start - 3) : n.start] in ("in ", "In ")
                                                                or text[max(0, n.start - 7) : n.start] == "in the ")
             and (n.entity in PLACE_SET or n.entity in _PROVINCES)]  # ("sales in the US")
    return where[-1] if where else ""


# "the figure", "the number": the one stated just before.
_TRAILING_OTHER = re.compile(r",\s+(?:while|whereas|with)\s(?!(?:its|their|the\s+(?:company|group|carmaker|firm))\b)")
_THE_FIGURE = re.compile(r"\b[Tt]he\s+(?:figure|number)\b")
_POINTS_BACK = re.compile(r"(?:(?:Of|For|In)\s+)?(?:Its|It|Their|They|its|their)\b")


_WHOSE = re.compile(r",\s+whose\s")
# What follows a place that opens a paragraph as its dateline: a date, or a newsroom in brackets and a dash
_DATELINE_AFTER = re.compile(rf",\s*(?:{CALENDAR_WORD}|\d)|\s*\([^)]{{1,40}}\)\s*(?:--|[-\u2013\u2014:])"
                             r"|\s*(?:--|[\u2013\u2014]|:\s)|[^\S\n]+-[^\S\n]")  # ("Hefei - In May, ...")
# A name and its number in a list: "Ford on 7,900", "Kia with 7,300", "Hyundai clocking 6,100"
_NAME_ON = re.compile(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:on|with|at|clocking|posting|selling|delivering|shipping"
                      r"|exporting|producing|making)?\s*(?:about\s+|some\s+)?$")
# ... and a sentence that lists two or more of them
# ("with Lumen selling 12,400, Zeta 9,800 and Orion 7,150": the verb said once, for the first)
_SELLING_LISTED = re.compile(r"\bwith\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:selling|delivering|shipping|exporting"
                             r"|producing|making)\s+[\d,.]+\s*,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+[\d,.]+")
_LIST_OF_NAMES_ON = re.compile(r"\b[A-Z][\w-]*\s+(?:on|with|at|clocking)\s+[\d,.]+\s*,\s+[A-Z][\w-]*\s+(?:on|with|at"
                               r"|clocking)\s+[\d,.]+|" + _SELLING_LISTED.pattern)
# "There, output rose 48 per cent": the place the sentence before named last
_THERE = re.compile(r"(?:There|Here),\s")
# "China sales make up about 85% of Zeta's total sales": the share a carmaker sells at home
_CHINA_SALES = re.compile(r"\bChina\s+sales\b")
_HOME_SHARE_OF = re.compile(r"[\d.,]+\s*(?:%|percent|per\s+cent)\s+of\s+(?P<owner>[A-Z][\w-]*)['\u2019]s\s+"
                            r"(?:total\s+|overall\s+)?(?:sales|deliveries)\b")
# "47.3% of the city's car sales, the highest share in China": where a place ranks, not whose figure it is
_RANK_SCOPE = re.compile(r"(?i)\b(?:highest|lowest|largest|biggest|smallest|most|best|fastest|first)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:in|of|among|across)\s+(?:all\s+(?:of\s+)?)?(?P<place>(?-i:China))\b")
# "as the war against Ukraine kept Western makers away": a country a war is waged on or in is no figure's
_AT_WAR = re.compile(rf"(?i)\b(?:war|wars|fighting|conflict)\s+(?:against|in|on|with)\s+(?:the\s+)?"
                     rf"(?P<place>(?-i:{ABROAD_NAMES}))\b|\binvasion\s+of\s+(?P<invaded>(?-i:{ABROAD_NAMES}))\b")
# "Its deliveries in China fell 9.8%": a carmaker's in its home market, not the country's
_HOME_MARKET = re.compile(r"(?i)\b(?:its|their)\s+(?:[\w-]+\s+)?(?:sales|deliveries)\s+in\s+(?P<place>(?-i:China))\b")
# "as the Tesla Inc. TSLA challenger handed over 90,000 cars", "the Tesla Inc. (NASDAQ:TSLA) challenger": whose rival
# the subject is
_WHOSE_RIVAL = re.compile(r"[.\s]*(?:(?:Inc|Corp|Co|Ltd)\.?\s*)?(?:\(?(?:[A-Z]{2,8}\s*:\s*)?[A-Z]{2,5}\)?\s+)?"
                          r"(?:[Rr]ival|competitor"
                          r"|challenger)s?\b")
# (not "the BYD-Tesla price war", "a CATL-BYD duopoly": two companies set beside each other)
_TWO_COMPANIES = re.compile(r"(?<![\w-])([A-Z][\w&]*)-([A-Z][\w&]*)(?![\w-])(?!\s+(?:[a-z-]+\s+)?(?:war|wars|rivalry"
                            r"|race|battle|comparison|gap|duopoly|deal|partnership|alliance|tie-up|agreement|talks|dispute"
                            r"|competition|contest|match-up|matchup|showdown)\b)")
# A description between a name and its verb: ", based in Guangzhou,", ", the group's premium arm," (at the end of
# the text before the number's clause)
_DESCRIPTION = (r",\s+(?:(?:based|headquartered|located)\s+in\s+[A-Z][^,.;\d]{1,40}"
                r"|(?:the|an?|[A-Z][\w-]*['\u2019]s)\s+[^,.;\d]{3,50}?(?:maker|brand|arm|unit|startup|company|firm"
                r"|group|rival|venture)(?:\s+(?:with|on|in)\s+[^,.;\d]{3,50})?),")  # ("Lumen's main rival in Europe")
_DESCRIBED = re.compile(_DESCRIPTION)
_APPOSITIVE = re.compile(_DESCRIPTION + r"\s*\Z")
_VERB_OPENS = re.compile(r"(?:delivered|sold|exported|shipped|produced|made|posted|reported|recorded|saw|had"
                         r"|handled|built|installed|registered)\b")
_SENT_FROM = re.compile(r"(?i)\b(?:exported|shipped|exports|shipments)\s+from\s+$")


def _narrowed(entity: str, names: list[_Name]) -> str:
    """"BYD's share of local parts in the Hefei factory", "Tesla delivered 58,400 cars from Giga Shanghai": the
    company's factory."""
    plants = [n.entity for n in names if n.entity.startswith(f"{entity} ") and is_facility(n.entity)
              and n.before in ("in", "at", "from")]
    return plants[0] if plants else entity


def _owners_dropped(text: str, names: list[_Name]) -> list[_Name]:
    """The names without a place that owns a port, terminal or factory named after it: "exported via the city's
    Waigaoqiao Port" is the port's; the city says where it stands."""
    return [n for n in names if not (re.match(r"['\u2019]s\s", text[n.end : n.end + 3]) and any(
        is_facility(f.entity) and 0 < f.start - n.end <= 40 and f.entity != n.entity for f in names)) and not any(
        # "Zeta Group car brand Aurora sold 20,100 units": the brand's, which its owner's name only describes
        b.entity in BRAND_OWNERS and _OWNS_BRAND.fullmatch(text, n.end, b.start) for b in names if b.start > n.end)]


# "..., with EVs making up 0.8 million of them": a part of the figure just before it
_PART_OF_THOSE = re.compile(r"(?i)with\s+[^,;]{1,40}?\s+(?:accounting\s+for|making\s+up)\s+[^,;]{1,30}?\s+of\s+"
                            r"(?:those|these|them|the\s+total)\b")
_OWNS_BRAND = re.compile(r"(?:['\u2019]s)?(?:\s+[A-Z][\w-]*){0,3}(?:\s+[a-z-]+){0,2}\s+brand\s+")
_TRAILING_CHANGE = re.compile(r"(?i)(?:up|down|an?\s+(?:[\w-]+\s+){0,2}?(?:increase|decrease|rise|drop|jump|fall|gain)"
                              r"|increasing|decreasing|rising|falling|growing)\b")


def _title_case_headline_end(text: str) -> int:
    """Where a headline written in title case ends ("Plug-In Sales In China Hit A Record"), else 0."""
    end = text.find("\n")
    words = re.findall(r"[A-Za-z][\w'-]*", text[: max(end, 0)])
    long_words = [w for w in words if len(w) > 3]
    return end if len(long_words) >= 3 and all(w[0].isupper() for w in long_words) else 0


_TITLE_CASE_WORD = re.compile(r"\b(?:In|Of|For|To|The|And|At|From|By|With|On|Across|Into|Over)\s$")
_RANKED_ITEM = re.compile(r"\b[A-Z][\w&.'-]*(?:\s+[\w&.'/-]+){0,2}\s*\(\s*\d[\d,.]*\s*\)")
_SHARE_OF_OWNER = re.compile(r"(?i)[\d.,]+\s*(?:percent|per\s+cent|%)\s+of\s+(?:the\s+)?")
_NUMBER_BETWEEN = re.compile(r"(?<![\w.,])\d[\d,.]*")
# "sales of Dongfeng soared 189%": whose the measure is
# "The output of Changan", "The delivery volume of Xiaomi", "the sales figures of NIO": whose figure it is
# ("the added value of Wuhu's car industry": the place's industry's)
_MEASURE_OF = re.compile(r"(?i)\b(?:sales|deliveries|exports|production|output|revenue|shipments|added\s+value"
                         r"|(?:delivery|sales|export|production|shipment)\s+(?:volumes?|figures?|numbers?|totals?))"
                         r"\s+of\s+$")


_NAMES_PAIR = re.compile(r"\b(?P<x>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+and\s+"
                         r"(?P<y>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}),?\s+respectively\b")
_WORLD_SUBJECT = re.compile(r"(?i)\s*(?:(?:in|during)\s+[\w\s-]{3,30}?,\s*)?"  # ("In January 2024, global ...")
                            r"(?:the\s+)?(?:(?:worldwide|global|world(?:['\u2019]s)?)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:sales|production|output|deliveries|exports|market|fleet|stock|ownership"
                            r"|installations?|(?:installation|installed)\s+(?:volume|capacity)|penetration"
                            r"|consumption|usage)\b"  # ("global battery consumption for EVs totaled 51.5 GWh")
                            # "battery installations worldwide grew by 31.5%", "the count of charging piles in service
                            # worldwide was 5.2 million"
                            r"|(?:[\w-]+\s+){1,7}?(?:worldwide|globally)\s+"
                            r"(?:[a-z]+(?:ed|s)|rose|grew|fell)\b)")
_SHOWS_THAT = re.compile(r"(?i)\s*(?:[\w'\u2019-]+\s+){1,4}?(?:(?:shows?|showed|said|says|found)\s+that"
                         r"|(?:showing|indicating)(?:\s+that)?)\s+")
# "In 2022, it stood at 11%": a sentence whose subject is the one the sentence before named
_IT_OPENS = re.compile(r"(?i)\s*(?:[\w-]+(?:\s+[\w-]+){0,3},\s+)?it\s+(?:reached|rose|stood|climbed|hit|was|came|grew"
                       r"|jumped|fell|dropped)\b")
# "Globally, it sold ...", "In Europe, the firm shipped ...": a company's own figures, though unnamed
_ITS_OWN = re.compile(r"(?i)\b(?:it|its|they|their|the\s+(?:firm|company|carmaker|automaker|group|maker|brand"
                      r"|startup|start-up))\b")
# "In Europe, ...": a sentence about a place that names it only as it opens
OPENS_IN_PLACE = re.compile(r"\s*In\s+(?:the\s+)?(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?),\s")
# "Globally, battery installations reached ...": a sentence about the world's figures
_GLOBALLY = re.compile(r"\s*(?i:globally|worldwide|around\s+the\s+world|across\s+the\s+(?:world|globe)),\s")
_CALENDAR = re.compile(CALENDAR_WORD)
_NUMBER_PAIR = re.compile(r"(?<![\d.,])(?P<a>\d[\d,.]*)\s+and\s+(?P<b>\d[\d,.]*)(?![\d.,]*\s*(?:%|percent))")


# (a sentence opening "It ..." or "They ..." is about them too; "the CPCA said, adding that it expected" is not)
_SAID_THAT = re.compile(r"(?i)\b(?:said|says|announced|added)\s+(?:on\s+\w+\s+)?(?:that\s+)?\Z")
_ITS = re.compile(r"(?i)\b(?:its|their|the\s+(?:company|firm|carmaker|automaker|brand|group)(?:['\u2019]s)?)\b"
                  r"|^\s*(?:It|They)\b")


_NATIONWIDE = re.compile(r"(?i)\b(?:nationwide|nation-wide|across\s+(?:the\s+)?(?:country|nation|China))\b")
_CHINA_NAMED = re.compile(r"\bChin(?:a|ese)\b")


def _of_china(text: str, main_subject: str) -> bool:
    """Whether "nationwide" in the article means China: a story about China or one of its provinces, or one that
    names China."""
    return main_subject in ("", "China") or main_subject in _PROVINCES or bool(_CHINA_NAMED.search(text))


def _national_release(sentence: str) -> bool:
    """Whether a sentence that names no one gives an association's figures ("..., the CPCA said"), which are the
    country's, not those of the company it speaks of ("its market share, CPCA data showed")."""
    return bool(_ASSOCIATION.search(sentence)) and not _ITS.search(sentence)


def _world_subject(text: str, at: int) -> re.Match[str] | None:
    """A subject of the world's opening the text at `at`, or what a report there shows ("The report shows that
    global battery installations rose ...")."""
    shows = _SHOWS_THAT.match(text, at)
    return _WORLD_SUBJECT.match(text, shows.end() if shows else at)


# "Global sales of Chinese made cars slipped 3%": the country's makers' sales at home and abroad, so "global"
# in the story is China's, not the world's
GLOBAL_MEANS_CHINAS = re.compile(r"(?i)\bglobal\s+sales\s+of\s+(?:Chinese|China)[- ]made\b")


def _the_worlds(text: str, world: re.Match[str], spans: Spans, main_subject: str) -> bool:
    """Whether a subject of the world's ("Global EV sales", "sales worldwide") gives the world's figures: in a story
    on a country or no one, or one that names a kind of vehicle or battery ("Global passenger EV sales rose 27 per
    cent" in a story on carmakers), its sentence naming no company's own ("the company said", "its"); not in a
    story that calls China's makers' sales at home and abroad global."""
    if GLOBAL_MEANS_CHINAS.search(text):
        return False
    if main_subject in ("", "China") or main_subject in PLACE_SET:
        return True
    # ("Global battery installations totaled 51.5 GWh" in a story on a battery maker: the world's batteries)
    named = what_in(text, *world.span()) not in ("", "vehicle") or re.search(r"(?i)\bbatter(?:y|ies)\b", world.group())
    return bool(named) and not _ITS_OWN.search(text, *spans.sentence)


_OF_WORLD_SALES = re.compile(r"[\d.,]+\s*(?:%|percent|per\s+cent)\s+of\s+(?:all\s+)?(?:new\s+)?(?:cars|vehicles)\s+"
                             r"sold\s+(?:worldwide|globally|around\s+the\s+(?:world|globe))\b")
# "..., with Orion next at 7.2%": the name the number after "at" is held by
_SET_AGAINST = re.compile(r"(?i)\b(?:behind|ahead\s+of|trailing)\s")
# (a list of makers with codes, "trailing Zeta (SZ: 300999) at 41 percent and Orion (HK: 1234) at 20 percent":
# each name holds its own)
_FOLLOWED_BY = re.compile(r"(?i)\b(?:followed\s+by|ahead\s+of|behind|then)\s+$"
                          r"|\d\s*(?:percent|per\s+cent|%)\)?,?\s+and\s+$")
_FOLLOWED_AT = re.compile(r"(?:\s*\([^()\n]{1,40}\))?\s+(?:at|with)\s+"
                          r"(?:(?:about|around|nearly|almost|some|roughly|just|over|under|more\s+than"
                          r"|close\s+to)\s+)?")
_POSSESSES_NUMBER = re.compile(r"(?:\s+(?:Co\.|Ltd\.|Inc\.|Corp\.|Holdings|Group|Motors?|Automobile|Auto)"
                               r"(?=[\s'\u2019]))*"
                               # ("the United States' 860": a name ending in s takes the apostrophe alone)
                               r"(?:['\u2019]s|(?<=s)['\u2019])\s+(?:(?:about|around|nearly|some|roughly|over|almost)\s+)?")


_UNIT_JOIN = re.compile(r"\s*(?:[GMk]Wh|gigawatt-hours)\s*(?:,\s*(?:and\s+)?|and\s+)")


def respective_run(text: str, numbers: list[Mention], this: Mention) -> list[Mention]:
    """The numbers joined by commas or "and" that `this` stands in, when ", respectively" follows them; [] else."""
    run = joined_run(text, numbers, this)
    if len(run) == 1:  # ("at 260.2 GWh and 170.9 GWh, respectively": a unit written after each)
        run = joined_run(text, numbers, this, _UNIT_JOIN)
    after = text[run[-1].end : run[-1].end + 40]
    return run if len(run) > 1 and re.match(r"(?:\s+(?:[a-z]+|[GMk]Wh)){0,3}?,?\s+respectively\b", after) else []


def _about_the_world(text: str, sentence: tuple[int, int], entities: Entities) -> bool:
    """Whether a sentence that names no one has the world's figures as its subject, at its start or after a comma
    ("In addition, the global penetration rate of NEVs ...")."""
    if GLOBAL_MEANS_CHINAS.search(text):
        return False
    starts = (sentence[0], *(sentence[0] + m.end() for m in re.finditer(r",\s+", text[slice(*sentence)])))
    return any(_WORLD_SUBJECT.match(text, at) for at in starts) and not entities.names_in(text, *sentence)


def _names_in_turn(text: str, spans: Spans, entities: Entities, at: int) -> str:
    """"Zeta and Lumen delivered 31,120 and 22,900 cars, respectively, gains of 41 percent and 167 percent": the
    n-th of the names listed before the numbers for the n-th number of its kind (a percent or a level), or ""."""
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    respectively = re.search(r"(?i)\brespectively\b", sentence)
    numbers = [m for m in mentions_in(text, *spans.sentence) if not is_year_number(m.text)
               and not RANK_BEFORE.search(text[max(0, m.start - 24) : m.start])]  # (not "the top three")
    if not respectively and not (  # "Geely and Chery saw sales climb 12% and 40%": a pair in turn
            len(numbers) == 2 and re.fullmatch(r"\s+and\s+", text[numbers[0].end : numbers[1].start])):
        return ""
    this = next((m for m in numbers if m.start == at), None)
    if this is None:
        return ""
    run = respective_run(text, numbers, this) if respectively else []
    if run and run[0] is not numbers[0]:
        # "Lumen slipped 9%, while Zeta and Orion grew, by 41% and 12% in that order,
        # respectively": the names between the number before the run and the run, in turn
        before = numbers[numbers.index(run[0]) - 1]
        names = [n for n in entities.names_in(text, before.end, run[0].start) if n.entity and not n.is_adjective]
        names = [n for i, n in enumerate(names) if i == 0 or n.start >= names[i - 1].end]
        joined = len(names) == len(run) and all(LIST_JOIN.fullmatch(text, a.end, b.start)
                                                  for a, b in zip(names, names[1:], strict=False))
        if joined:
            return names[run.index(this)].entity
        # ("Zeta, Lumen and Orion were the top three, with shares of 41%, 12% and 9%, respectively": the names
        # before a rank, the first number)
    names = [n for n in entities.names_in(text, spans.sentence[0], numbers[0].start)
             if n.entity and not n.is_adjective]
    names = [n for i, n in enumerate(names) if i == 0 or n.start >= names[i - 1].end]
    # ("Great Wall Motor Holdings and Chongqing Changan Automobile": the names, their legal words and home city
    # between)
    if len(names) < 2 or not all(re.fullmatch(r"(?:\s+(?:Motors?|Auto|Automobile|Group|Technology|Holdings)){0,2}\s*"
                                              r"(?:,\s*(?:and\s+)?|and\s+)(?:[A-Z][a-z]+\s+)?", text[a.end : b.start])
                                 for a, b in zip(names, names[1:], strict=False)):
        return ""
    kind = run or [m for m in numbers if (m.unit == "percent") == (this.unit == "percent")]
    if len(kind) != len(names):
        return ""
    return names[kind.index(this)].entity


# A market's total as the subject: "total domestic auto sales", "overall vehicle sales", "the national car market"
_MARKET_TOTAL = re.compile(r"(?i)\b(?:total|overall|national|nationwide)\s+(?:domestic\s+)?(?:auto|car|vehicle"
                           r"|new[- ]car|automobile)\s+(?:sales|production|output|exports|market)\b"
                           # "car sales in the Chinese market rose 6.1% to 29.8 million": the market's, named by
                           # its place
                           r"|\b(?:new\s+)?(?:vehicle|car|auto|automobile)\s+sales\s+in\s+the\s+Chinese\s+market\b")


# A network a company runs, counted in its home country: "with the firm now running over 2,600 stations across
# the country", "It provided 2.4 million battery swap services across China", "some 600 in operation across the
# country"
_NETWORK_COUNT = re.compile(
    r"[\d,.]+(?:\s+(?:million|thousand))?\s+(?:(?:[\w-]+\s+){0,3}?(?:stations|chargers|piles|poles|points"
    r"|services|stores|outlets|showrooms|cent(?:er|re)s)\b(?:\s+in\s+operation)?|in\s+operation)"
    r"\s+(?:in|across|throughout)\s+(?:China|the\s+(?:country|nation|mainland))\b")
_OPERATOR = re.compile(r"(?i)\b(?:operator|maker)\b")  # ("The carmaker, a swap operator too, added 96 stations")


def _network_owner(text: str, spans: Spans, entities: Entities, main_subject: str, at: int) -> str:
    """The company whose network a count "in China" or "across the country" counts, else ""."""
    if not _NETWORK_COUNT.match(text, at):
        return ""
    before = [n for n in entities.names_in(text, spans.sentence[0], at) if not n.is_adjective]
    companies = [n.entity for n in before if entities.is_company(n.entity)]
    if companies:
        return companies[0]  # "Halden Power, the second-largest swap operator, ... with some 600 in operation"
    if before or not (_ITS_OWN.search(text, spans.sentence[0], at) or _OPERATOR.search(text, spans.sentence[0], at)):
        return ""
    for start, end in earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:3]:
        found = [n.entity for n in entities.names_in(text, start, end) if entities.is_company(n.entity)]
        if found:
            return found[0]
    return main_subject if entities.is_company(main_subject) else ""


_TARIFF_IMPOSED_BY = re.compile(r"[\d.]+\s*(?:%|percent|per\s+cent)\s+(?:import\s+)?(?:tariffs?|dut(?:y|ies))\s+"
                                rf"(?:imposed|levied|charged|set)\s+by\s+(?:the\s+)?(?P<who>EU|U\.S\.|US|{ABROAD_NAMES})\b")
# "The EU has imposed duties of up to 35.3% on ...", "Canada introduced a tariff of 100% on ...": the tariff of
# the one who sets it, named before it
_TARIFF_SET_BEFORE = re.compile(
    rf"\b(?:[Tt]he\s+)?(?P<who>EU|U\.S\.|US|European\s+Commission|{ABROAD_NAMES})\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:imposed|introduced|levied|slapped|set|raised|lifted|announced|placed)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:tariffs?|dut(?:y|ies)|levies)\s+(?:of|ranging\s+from|at)\s+(?:up\s+to\s+|as\s+much\s+as\s+|between\s+)?"
    r"(?:[\d.]+\s*(?:%|percent|per\s+cent)\s+(?:to|and)\s+)?\Z")
# a number and the place right after its noun: "11.2 million electric cars in North America"
_PLACE_AFTER_NUMBER = re.compile(r"\d[\d.,]*(?:\s+(?:million|billion|thousand))?\s+(?:[A-Za-z-]+\s+){0,2}?in\s+"
                                 r"(?:the\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")
# the price of a battery material: "lithium carbonate futures", "the price of lithium carbonate", "lithium prices"
_COMMODITY_PRICE = re.compile(r"(?i)\bprices?\s+of\s+(?:battery-grade\s+)?(?:lithium(?:\s+carbonate|\s+hydroxide)?"
                              r"|cobalt|nickel)\b|\b(?:lithium(?:\s+carbonate)?|cobalt|nickel)\s+(?:futures|(?:spot\s+)?prices?)\b")
_IT_GOES_ON = re.compile(r"\s*(?:It|They|Prices)\s")


def _commodity_price(text: str, spans: Spans) -> bool:
    """Whether the sentence tells a battery material's price, or goes on with the one the sentence before told
    ("... 78,300 yuan a ton on July 23. They eased to 71,900 yuan per ton on August 4")."""
    if _COMMODITY_PRICE.search(text, *spans.sentence):
        return True
    before = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]
    return bool(before) and bool(_IT_GOES_ON.match(text, spans.sentence[0])) and bool(
        _COMMODITY_PRICE.search(text, *before[0]))


def read_entity(text: str, spans: Spans, entities: Entities, main_subject: str, at: int | None = None) -> str:
    """The place, company or event the number is about (see the module docstring for the order); `at`, where
    the number starts, lets a second subject in its clause ("Changan sold 2.68 million cars and Dongfeng 2.48
    million") have its own number."""
    in_table = table_line(text, at, known_company_names()) if at is not None else None
    if at is not None and in_table and in_table.maker:  # "Zeta Alpha-Series \u2013 9,120", a line of a table of
        named = [n for n in entities.names_in(text, max(0, at - 60), at)  # models: the maker's (a brand after it is
                 if n.entity not in BRAND_OWNERS]  # the model's: "SAIC Baojun E300")
        return named[-1].entity if named else in_table.maker
    ranked = ranked_name(text, at, spans.sentence) if at is not None else None
    if ranked:  # "The top three were TELD (16,232), State Grid (16,036)": the name before the bracket
        maker, model = model_of(text[ranked[0] : ranked[1]], known_company_names(), PLACE_SET)
        if maker and model:  # "Orion e7 (4,780)": the model's maker
            named = entities.names_in(text, ranked[0], ranked[0] + len(maker))
            return named[-1].entity if named else maker
        if model and re.match(r"[A-Z][a-z]+\s+\d", text[ranked[0] : ranked[1]]):
            # "ahead of the Lotus 7 Pro (312 units)": a model no maker's name opens, the company's the sentence
            # or the story is about
            makers = [n.entity for n in entities.names_in(text, spans.sentence[0], ranked[0]) if
                      entities.is_company(n.entity)]
            return makers[-1] if makers else main_subject
        named = entities.names_in(text, *ranked)
        return named[-1].entity if named else text[ranked[0] : ranked[1]]
    listed_on = _NAME_ON.search(text, max(spans.sentence[0], at - 30), at) if at is not None else None
    if at is not None and listed_on and _LIST_OF_NAMES_ON.search(text, *spans.sentence):
        # "Toyota led with 20,400, followed by Ford on 7,900, Kia with 7,300 and Mazda on 6,700": each number the
        # company named right before it
        named = [n for n in entities.names_in(text, listed_on.start(), at) if entities.is_company(n.entity)]
        if named:
            return named[0].entity
        seller = re.match(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?", listed_on.group())
        if seller and _SELLING_LISTED.search(text, *spans.sentence) and seller.group() not in PLACE_SET and (
                seller.group().split()[0] not in _NOT_COMPANIES):
            # (a list whose verb is said once names sellers, known or not: "with Lumen Motors selling 12,400, ...")
            return entities.company_name(seller.group())
    in_turn = _names_in_turn(text, spans, entities, at) if at is not None else ""
    if in_turn:  # "Li Auto and Leapmotor delivered 26,263 and 25,000, respectively": the n-th name's
        return in_turn
    pair = next((m for m in _NUMBER_PAIR.finditer(text, *spans.sentence) if at in (m.start("a"), m.start("b"))),
                None) if at is not None and "respectively" in text[spans.sentence[0] : spans.sentence[1]] else None
    if pair:  # "221 and 128 of which are in Beijing and Guangdong respectively": the n-th name after them
        places: list[str] = [n.entity for n in entities.names_in(text, pair.end(), spans.sentence[1])
                             if not n.is_adjective]
        listed = _NAMES_PAIR.search(text, pair.end(), spans.sentence[1])
        if len(places) != 2 and listed and not (_CALENDAR.match(listed["x"]) or _CALENDAR.match(listed["y"])
                                                or {listed["x"], listed["y"]} & _NOT_COMPANIES):
            # names no list knows: "in Hefei and Wuhu respectively" (not "in January and February", nor kinds
            # of vehicle: "sedans, SUVs and MPVs respectively")
            places = [listed["x"], listed["y"]]
        if len(places) == 2:
            return places[at != pair.start("a")]
    network = _network_owner(text, spans, entities, main_subject, at) if at is not None else ""
    if network:
        return network
    placed = _PLACE_AFTER_NUMBER.match(text, at) if at is not None else None
    named_after = [n for n in entities.names_in(text, placed.start("place"), placed.end("place"))
                   if n.entity in PLACE_SET] if placed else []
    if named_after and not any(entities.is_company(n.entity) for n in entities.names_in(text, *spans.sentence)) and (
            len(_PLACE_AFTER_NUMBER.findall(text, spans.sentence[0], spans.sentence[1])) > 1):
        # "21.3 million electric cars in Europe and 11.2 million in North America": each the place right after it
        return named_after[0].entity
    imposed = _TARIFF_IMPOSED_BY.match(text, at) if at is not None else None
    set_by = imposed or (_TARIFF_SET_BEFORE.search(text[spans.clause[0] : at]) if at is not None else None)
    if set_by:  # "a 19% tariff imposed by the EU", "The EU has imposed duties of up to 35.3%": the one who sets it
        who = " ".join(set_by["who"].split())
        who = {"US": "U.S.", "European Commission": "EU"}.get(who, who)
        return PLACE_SHORT_NAMES.get(who, who)
    if _commodity_price(text, spans) and not any(
            entities.is_company(n.entity) for n in entities.names_in(text, spans.clause[0],
                                                                    spans.clause[1] if at is None else at)):
        return "China"  # "Lithium carbonate futures climbed to 78,300 yuan per ton", in a story on Zeta's
        # mine: the market's price, not the company's
    in_clause = _owners_dropped(text, entities.names_in(text, *spans.clause))
    upto = spans.clause[1] if at is None else at
    market_total = _MARKET_TOTAL.search(text, spans.clause[0], upto)
    if market_total and not any(n.start < upto and not (n.is_adjective and n.entity in PLACE_SET) for n in in_clause):
        # "Across the market, overall domestic car sales rose to 28 million, ..., and the biggest maker, Orion,
        # sold 4.1 million": the market's total, not the company a later clause names
        places = [n.entity for n in entities.names_in(text, spans.sentence[0], upto) if n.entity in PLACE_SET]
        return places[-1] if places else (main_subject if main_subject in PLACE_SET else "China")
    home_share = _HOME_SHARE_OF.match(text, at) if at is not None and _CHINA_SALES.search(
        text, spans.clause[0], at) else None
    owner = [n for n in in_clause if home_share and n.start == home_share.start("owner")]
    if owner:  # "China sales make up about 85% of Zeta's total sales": the carmaker's home share
        return owner[0].entity
    if at is not None:  # "Anhui made 81,000 NEVs, 6 percent of the nation's total": the whole's owner is not
        in_clause = [n for n in in_clause if not (  # the part's
            n.start > at and _SHARE_OF_OWNER.fullmatch(text, at, n.start) and re.match(r"['\u2019]s\b", text[n.end:]))]
    if at is not None and _OF_WORLD_SALES.match(text, at):
        return "World"  # "a fifth of all cars sold worldwide in 2026 could be electric"
    world = _world_subject(text, spans.clause[0])
    if world and _the_worlds(text, world, spans, main_subject) and not any(
            n.start < (spans.clause[1] if at is None else at) for n in in_clause):
        return "World"  # "Worldwide electric car sales will hit 600,000", "Global EV sales rose 30 percent"
    until = spans.clause[1] if at is None else at
    openings = [spans.sentence[0] + m.end() for m in re.finditer(r",\s+(?:(?:showing|indicating|saying)\s+that\s+)?",
                                                                 text[spans.sentence[0] : spans.clause[0]])]
    if at is not None and spans.clause[0] > spans.sentence[0] and any(
            (world := _world_subject(text, start)) and (_the_worlds(text, world, spans, main_subject) or is_event(
                main_subject)) for start in openings) and not any(
            n.start < at and not n.is_adjective for n in entities.names_in(text, *spans.sentence)):
        return "World"  # "..., showing that global EV sales will keep rising, reaching about 17 million": the
        # world's still
    if _GLOBALLY.match(text, spans.sentence[0]) and not _ITS_OWN.search(text, spans.sentence[0], until) and not any(
            n.start < until for n in entities.names_in(text, *spans.sentence)):
        return "World"  # "Globally, battery installations hit 517 GWh" (not "Globally, Zeta sold ...")
    if at is not None:
        held = [n for n in in_clause if not n.is_adjective and (_POSSESSES_NUMBER.fullmatch(text, n.end, at) or (
            _FOLLOWED_AT.fullmatch(text, n.end, at) and _FOLLOWED_BY.search(text, max(0, n.start - 24), n.start)))]
        if held:  # "followed by Lumen Motor's 14.2%": the name that owns the number right before it
            return held[-1].entity
        numbers = [m.end() for m in _NUMBER_BETWEEN.finditer(text, spans.clause[0], at)
                   if not is_year_number(m.group())]
        own = [n for n in in_clause if numbers and numbers[-1] <= n.start < at and not n.is_adjective and (
            not n.after_preposition or _MEASURE_OF.search(text, max(0, n.start - 20), n.start))]
        if own and own[-1].entity not in PLACE_SET:  # a company named after the number before: this one's
            return own[-1].entity
        of_measure = [n for n in in_clause if n.start < at and _MEASURE_OF.search(text, max(0, n.start - 20), n.start)]
        if of_measure and not numbers:
            return of_measure[-1].entity
    if not in_clause and _THERE.match(text, spans.sentence[0]):
        # "... ceded first place to Shenzhen. There, output rose 48 per cent": the place named last
        before = earlier_sentences(text, spans.sentence[0])[:1]
        places = [n.entity for n in entities.names_in(text, *before[0]) if n.entity in PLACE_SET] if before else []
        if places:
            return places[-1]
    # "four assembly plants in Hungary": where the things counted stand, not whose they are
    in_clause = [n for n in in_clause if not _FACILITIES_IN.search(text, max(0, n.start - 40), n.start)]
    # "fourth, its 6 percent share trailing Zeta's": a maker named after a share it is set against is not its owner
    in_clause = [n for n in in_clause if at is None or n.start < at or not _SET_AGAINST.search(text, at, n.start)]
    in_sentence = _owners_dropped(text, entities.names_in(text, *spans.sentence))
    # "Zeta Motor, which has ventures with Lumen and Harbour, was down 6.5 percent": not the partners a
    # relative clause names
    asides = [a.span() for a in WHICH_ASIDE.finditer(text, spans.sentence[0], spans.sentence[1])
              if not a.start() <= spans.clause[0] < a.end()]
    in_sentence = [n for n in in_sentence if not any(a < n.start < b for a, b in asides)] or in_sentence
    whose = [m for m in _WHOSE.finditer(text, spans.sentence[0], until)]
    owner = [n for n in in_sentence if whose and n.end <= whose[-1].start() and not n.is_adjective
             and not text[n.end : whose[-1].start()].strip()]
    if owner and owner[-1].entity not in PLACE_SET and not is_event(owner[-1].entity) and not any(
            n.start > whose[-1].end() and n.entity not in PLACE_SET for n in in_sentence if n.start < until):
        # "growth was registered by Zeta, whose plant in Almaty raised output fivefold, from 4,004 cars to 20,200":
        # the company the relative clause is about, not the place where its plant stands
        return owner[-1].entity
    if not in_clause and re.match(r"(?:which|who)\s", text[spans.clause[0] : spans.clause[1]]):
        # "... reported by XPeng, which delivered 8,620 EVs": the one the relative clause is about
        named = [n for n in in_sentence if n.end <= spans.clause[0] and not n.is_adjective
                 and re.fullmatch(r"[\s\w.-]{0,12},\s*", text[n.end : spans.clause[0]])]
        if named:
            return named[-1].entity
    appositive = _APPOSITIVE.search(text, spans.sentence[0], spans.clause[0]) if not in_clause else None
    if appositive and _VERB_OPENS.match(text, spans.clause[0]):
        # "While Lumen delivered 10,700 cars, Zeta, based in Langfang, delivered 8,600 units": the name the
        # description after it is about, the subject of the verb that opens the clause
        named = [n for n in in_sentence if not n.is_adjective and n.end <= appositive.start()  # ("Zeta Motors")
                 and re.fullmatch(r"(?:\s+[A-Z][\w&.-]*)*", text[n.end : appositive.start()])]
        if named:
            return named[-1].entity
    figure = _THE_FIGURE.search(text, spans.clause[0], spans.clause[1])
    if figure and not any(n.start > figure.end() and re.match(r"['\u2019]s\s", text[n.end : n.end + 3])
                          for n in in_clause):
        # "Zeta said the figure was 40 percent more": the figure before it, and its entity ("The figure
        # is part of Tesla's total deliveries of ...": a whole of the one named after it, its own)
        for start, end in earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]:
            found = _subject(entities.names_in(text, start, end))
            if found:
                return found
    said = [n for n in in_clause if is_facility(n.entity) and (at is None or n.start < at)
            and _SAID_THAT.search(text, max(spans.clause[0], n.start - 20), n.start)]
    if said:  # "BYD said its assembly plant in Northvale built 40,000 cars": what the plant did, as reported
        return said[-1].entity
    found = _subject(in_clause)
    if found:
        return _narrowed(found, in_clause)
    # "sales in China": a place after a preposition still says where; "a venture with Stellantis" says no one.
    # An event or a port the sentence is about is held or lies in its place: "Auto Guangzhou 2024 opened in
    # Guangzhou with some 900 companies".
    sentence_subject = _subject(n for n in in_sentence if n.start < spans.clause[0])
    if is_event(sentence_subject) or is_facility(sentence_subject):
        return sentence_subject
    shows = {n.entity for n in in_sentence if is_event(n.entity)}
    if len(shows) == 1 and not any(entities.is_company(n.entity) for n in in_sentence):
        # "Spread over 14 halls with 900 exhibitors, Auto Wuhan 2025 is its largest yet", "the motor show that
        # closed on Sunday in Wuxi drew 90,000 people": the one show its sentence names
        return shows.pop()
    if entities.is_company(sentence_subject) and _ITS_OWN.search(text, spans.clause[0], until):
        # "Zeta leads, its car sales passing 90,000 units in China": its own, where they were sold
        return sentence_subject
    found = next((n.entity for n in in_clause if not n.is_adjective and (
        n.entity in PLACE_SET and n.before in _WHERE_PREPOSITIONS or is_event(n.entity)
        # "15,444 buses were exported from China": the country they left
        or n.entity in PLACE_SET and _SENT_FROM.search(text, max(0, n.start - 30), n.start))), "")
    if found:
        return found
    if _TRAILING_CHANGE.match(text, spans.clause[0]) or _PART_OF_THOSE.match(text, spans.clause[0]):
        # "..., whereas Chery exported 394,000, up 170%": the change of the figure just before it, whose
        # subject is the one named last before it
        # (not a partner a description names: "FAW-Volkswagen, a venture with Volkswagen, sold 121,000 cars, up 22
        # percent")
        described = [m.span() for m in _DESCRIBED.finditer(text, spans.sentence[0], spans.clause[0])]
        preceding = [n for n in in_sentence
                     if n.start < spans.clause[0] and not any(a < n.start < b for a, b in described)]
        found = _subject(preceding[-1:]) or (_where(text, preceding[-1:]) if preceding and preceding[-1].entity in
                                              ABROAD else "")  # ("NEV sales in the US came to 1.3 million, up 9%")
        if found:
            return found
        world = _world_subject(text, spans.sentence[0])
        if world and _the_worlds(text, world, spans, main_subject):
            return "World"  # "Installed capacity worldwide was 290.5 GWh, an increase of 64.1%": the world's change
    opens_in = OPENS_IN_PLACE.match(text, spans.sentence[0])
    if opens_in and opens_in["place"] in PLACE_SET and not any(not n.is_adjective for n in in_sentence) and not (
            _ITS_OWN.search(text, spans.sentence[0], until)):
        return opens_in["place"]  # "In Europe, driven by subsidies, NEV sales reached 1.4 million": that place's
    # "Its sales doubled in May to 52,000 cars, whereas Orion's slipped": not a name a trailing clause of its own
    # brings in after the number
    trailing = _TRAILING_OTHER.search(text, at, spans.sentence[1]) if at is not None else None
    in_sentence = [n for n in in_sentence if not trailing or n.start < trailing.start()]
    found = _subject(in_sentence)
    if found:
        return _narrowed(found, in_sentence)
    if _AMONG_THEM.match(text, spans.sentence[0]):
        # "Among them, there were 398,000 electric vehicles": part of the figures the sentence before states, and
        # theirs
        for start, end in earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]:
            named = entities.names_in(text, start, end)
            found = _subject(named) or next((n.entity for n in named if _MEASURE_OF.search(
                text, max(0, n.start - 20), n.start)), "")  # ("the added value of Wuhu's car industry ...")
            if found:
                return found
    # "exports ... in Wuxi city, east China's Jiangsu Province rose 30 percent": where, the last place
    # said with "in" before the number's clause ("Its factory in Hungary ...": the company named before)
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    found = "" if re.match(r"(?:Its|It|Their|They|The company)\b", sentence) else _where(
        text, [n for n in in_sentence if n.start < spans.clause[0]])
    if found:
        return found
    if _national_release(sentence):
        return "China"  # "NEV retail sales came to 0.9 million, the CPCA said": the country's, not the company's
        # the article was about so far
    if not in_sentence and _NATIONWIDE.search(text, spans.sentence[0], until) and _of_china(text, main_subject):
        # "Hainan paused its payouts in May. ... trade-in car purchases nationwide totalled 1.46 million": the
        # country's, not the region the paragraph before named
        return "China"
    within = earlier_sentences(text, spans.sentence[0])
    if within and (main_subject in ("", "China") or main_subject in PLACE_SET) and not in_sentence and (
            _about_the_world(text, within[0], entities)):
        return "World"  # "... the global electric-car market saw growth of 31%. It expects sales for the full year to
        # climb by 20%": the world's still
    told = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]
    if told and not in_sentence and _IT_OPENS.match(text, spans.sentence[0]) and _about_the_world(
            text, told[0], entities):
        return "World"  # "... the global NEV penetration rate kept climbing.\n\nIn 2022, it stood at 11%"
    for start, end in within:
        names = entities.names_in(text, start, end)
        found = _subject(names) or _where(text, names)
        if found:
            return found
        if _national_release(text[start:end]) and not _ITS.search(sentence):
            return "China"  # the sentence before gave the association's figures for the country
        if not names and _NATIONWIDE.search(text, start, end) and _of_china(text, main_subject):
            return "China"  # ("... nationwide sales reached 2.793 million. The share of trade-ins rose to 70%")
    # A paragraph that names no one goes on about the show the paragraph before was about (not one that names
    # another year: "at the previous show in 2020").
    before = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[len(within):][:3]
    if before and _POINTS_BACK.match(sentence):
        # "Lumen led the table ... It sold 90,000 cars in May.\n\nOf its first-half total, 60,000 went
        # abroad": a paragraph opening on "its" goes on about the one the paragraph before was about
        paragraph = [r for i, r in enumerate(before)  # (the paragraph just before, not one further back)
                     if "\n" not in text[r[1] : before[i - 1][0] if i else before[0][1]]]
        found = next((s for s in (_subject(entities.names_in(text, *r)) for r in paragraph) if s), "")
        if found and not is_event(found):
            return found
    opening = entities.names_in(text, *before[0]) if (
        before and not in_sentence and not _POINTS_BACK.match(sentence)) else []
    if opening and opening[0].entity in PLACE_SET and not opening[0].is_adjective and (
            opening[0].start - before[0][0] < 12 and re.match(r"['\u2019]s\s", text[opening[0].end :])):
        # "China's ternary battery installations came to 9.6 GWh ...\n\nLFP packs installed reached 35.4 GWh":
        # a paragraph that names no one goes on with the place whose figures the paragraph before opened on
        return opening[0].entity
    for start, end in before:
        found = _subject(entities.names_in(text, start, end))
        if found:
            other_year = {y for y in re.findall(r"\b(?:19|20)\d\d\b", text[spans.sentence[0] : spans.sentence[1]])
                          if not found.endswith(y)}
            return found if is_event(found) and not other_year else main_subject
        if _national_release(text[start:end]) and not _ITS.search(sentence):
            # "Retail sales came to about 1.6 million units, the CPCA said.\n\nNEV retail volume
            # is estimated at 740,000": the country's still, in a paragraph that names no one
            return "China"
    return main_subject
