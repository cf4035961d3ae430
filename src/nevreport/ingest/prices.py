"""A price: "BYD's new Seal is priced from 150,000 yuan" -> seal_price_cny, "the $5,000 Hongguang Mini" ->
hongguang_mini_price_usd, "with prices starting at 215,900 yuan" -> ..._price_cny (its cheapest), a company's shares
"at 75 yuan per share" -> share_price_cny, a subsidy per vehicle purchase_subsidy_cny; the model's own words, its
maker the entity (data/DICTIONARY.md "Metric naming", rule 4)."""

from __future__ import annotations

import re
from collections.abc import Collection

from nevreport.ingest.clauses import Spans, earlier_sentences, spans_around
from nevreport.ingest.entities import PLACE_SET
from nevreport.ingest.extract import Mention, mentions_in
from nevreport.ingest.tokens import CHANGE_NOUNS, CURRENCIES, HEDGE_BEFORE, snake

# ("cost of sales": what the goods sold cost, not a price)
_PRICED = re.compile(r"(?i)\b(?:pric(?:e|ed|es|ing)|(?<!operating\s)costs?(?!\s+of\s+(?:sales|revenues?|goods))"
                     r"|costing|fork(?:ed|s)?\s+out|pegs?|pegged"
                     r"|sells?\s+for|retails?\s+(?:at|for)|(?:starting|starts?)\s+(?:at|from)"
                     r"|(?:previous|original|former)\s+listing\s+of)\b")
_PER_VEHICLE = re.compile(r"(?i)\bpurchase\s+subsid|\b(?:for\s+)?(?:each|every|per)\s+(?:new\s+)?(?:car|vehicle|EV"
                          r"|NEV)\b")
_OTHER_MONEY = re.compile(r"(?i)\b(?:revenue|net\s+profit|profits?|income|investment|invested|financing|funding"
                          r"|output\s+value|turnover)\b")
# (nor a result: "a 90 million yuan Q2 loss")
_NOT_A_MODEL_AFTER = re.compile(r"\s+(?:plant|factory|base|round|project|fund|deal|investment|facility|park"
                                r"|loss(?:es)?|profits?|revenues?|earnings)\b")
_PER_SHARE = re.compile(r"(?i)\s*(?:a|per)\s+share\b")
# ("plans an interim dividend of", "a cash dividend of"): a dividend paid on each share
_DIVIDEND_BEFORE = re.compile(r"(?i)\b(?:(?P<kind>final|interim|special)\s+)?(?:cash\s+)?dividends?\b[^.;,\d]*$")
_SHARE_PRICE = re.compile(r"(?i)\b(?:share|stock)\s+(?:price|value)\b|\b(?:shares?|stock)\s+(?:traded|closed|opened)\b"
                          # "CATL closed at 412.5 yuan", "Zeta Battery [SZ: 300999] closed 1.8 percent higher at 41" (a
                          # clause may open after the bracketed code)
                          r"|(?:(?-i:\b[A-Z][\w.-]*)(?<!Index)(?:\s*\[[^\]]{1,20}\])?|^[^\s\]]*\])"
                          r"\s+(?:closed|opened)\s+(?:[\d.]+\s*(?:percent|per\s+cent|%)\s+(?:lower|higher|down|up)\s+)?"
                          r"at\s*(?:CNY|RMB|USD|HKD)?\s*$"
                          r"|(?:^\s*|,\s+)it\s+traded\s+at\s*$")  # "By noon, it traded at 301 HK dollars"
# "CATL closed at 412.5 yuan on Friday, up 4.2 percent": the day's move of the price it closed at
# ("Zeta opened at 288 HK dollars, rising 11 percent", "By noon, it traded at 301 HK dollars, up 16 percent")
_CLOSED_AT = re.compile(r"(?:(?-i:\b[A-Z][\w.-]*)(?<!Index)|(?<=,\s)it)\s+(?:shares\s+)?(?:closed|opened|traded)"
                        r"\s+at\s+"
                        r"(?:HK\$|US\$|\$|RMB\s?|¥)?\d[\d.,]*"
                        r"(?!\d|[.,]\d|\s*(?:million|billion|trillion|mln|bn))\b")
# "Zeta Battery [SZ: 300999] closed 1.8 percent higher": the day's move of its shares
_COMPANY_CLOSED = re.compile(r"(?-i:\b[A-Z][\w.-]*)(?<!Index)(?:\s*\[[^\]]{1,20}\])?\s+closed\s+$")
# "Zeta [HKG: 9999] closed down 3.2 percent at HKD41.20": the move, and the price it closed at
_COMPANY_CLOSED_MOVED = re.compile(r"(?-i:\b[A-Z][\w.-]*)(?<!Index)\s*[\[(][A-Z]{2,6}\s*:\s*\w{1,8}[\])]\s+closed"
                                   r"(?:\s+(?P<move>up|down))?\s+")
# A listed company's shares and how they moved: "Hong Kong-listed shares of XPeng jumped as much as 7.4% to a
# three-week high of $12.05, while NIO fell 2.1%"; not "market share".
_SHARES = re.compile(r"\blisted\s+shares\b|\b[Ss]hares\s+(?:of|in)\s+[A-Z]"
                     r"|\b(?!Market\b)[A-Z][\w.-]*(?:['\u2019]s)?\s+shares\b"
                     # "Zeta's stock opened 3.9% higher"
                     r"|\b(?!Market\b)[A-Z][\w.-]*['\u2019]s\s+stock\s+(?=(?:opened|closed|rose|fell|jumped|gained|dropped"
                     r"|slid|surged|traded|ended|climbed|tumbled|plunged|soared)\b)"
                     r"|\b(?i:share|stock)\s+prices?\b"
                     r"|\b[Ss]hares\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:startup|company|firm|carmaker|automaker|maker"
                     r"|group)\b"  # "The shares of the carmaker ended ..."
                     # "In early trading, shares were up 6%": the company's shares, named before
                     r"|(?<![Mm]arket\s)(?<!\w)(?:[Ss]hares|[Ii]ts\s+shares)(?=\s+(?:up|down|were|was|are|closed|opened|rose|fell|jumped"
                     r"|gained|dropped|slid|surged|traded|ended|climbed|tumbled|plunged|soared"
                     r"|surging|rising|jumping|falling|dropping|soaring|plunging|climbing|tumbling|sliding)\b)"
                     r"|\(\s*[\dA-Z]{1,6}\.[A-Z]{1,3}\s*\)"  # a listed company's code: "CATL (300750.SZ) gained 2%"
                     # ... or its exchange and code: "Zeta [SHE: 002999] jumped 5.7 percent", "its Hong Kong-traded
                     # stock [HKG: 9999] ended up 3.5 percent"
                     r"|[\[(][A-Z]{2,7}\s*:\s*[\dA-Z]{1,8}(?:\s*,\s*[A-Z]{2,8}\s*:\s*[\dA-Z]{1,8})*[\])]"
                     r"|\s?-\s?(?:traded|listed)\s+(?:stocks?|shares)\b"  # ("its HK - listed stocks gained 2%")
                     # "Zeta stock dropped almost 4%", "its ADRs edged up 0.6%"
                     r"|\b(?!(?:Market|Dealer|Dealership|Vehicle|Car|Inventory|Unsold)\b)[A-Z][\w.-]*\s+stock\s+"
                     r"(?=(?:opened|closed|rose|fell|jumped|gained|dropped|slid"
                     r"|surged|traded|ended|climbed|tumbled|plunged|soared|edged|was|is)\b)"
                     r"|\bADRs\b|\b[Aa]merican\s+[Dd]epositary\s+(?:[Rr]eceipts|[Ss]hares)\b"
                     # "In early trade the stock was down 2.6%": the company's, in a story of its shares or results
                     r"|\b[Tt]he\s+(?:company['\u2019]s\s+)?stock\s+(?=(?:was|is|were|had|has)\s+(?:been\s+)?"
                     r"(?:up|down|higher|lower"
                     r"|fallen|risen|dropped|slid|tumbled|plunged|gained|climbed|jumped|surged|soared|lost)\b)")
_MOVE = (r"(?i)\b(?:rose|rises?|rising|surg(?:ed|es?|ing)|jump(?:ed|s|ing)?|gain(?:ed|s|ing)?|climb(?:ed|s|ing)?|fell"
         r"|falls?|falling|drop(?:ped|s|ping)?|slid|slides?|sliding|tumbl(?:ed|es?|ing)|declin(?:ed|es?|ing)"
         r"|plung(?:ed|es?|ing)|soar(?:ed|s|ing)?|rall(?:ied|ies|ying)|sank|close[sd]?\s+(?:up|down)|added"
         # "Zeta's have fallen by 31%", "had lost 1.8%"
         r"|fallen|risen|lost|losing|went\s+(?:up|down)"
         r"|ended\s+(?:up|down)|edged\s+(?:up|down|higher|lower)|g(?:ave|ives?|iving)\s+up|shed|slipped|eased"
         # "before paring gains to 4.0%": where the move ended
         r"|(?:par|trimm)(?:ed|ing)\s+(?:its\s+|their\s+|some\s+)?(?:gains?|loss(?:es)?)\s+to|(?:was|were)\s+(?:up"
         r"|down)|(?:is|are)\s+(?:now\s+)?(?:up|down)|trad(?:ed|ing)\s+(?:higher|lower|up|down)|(?<=shares\s)(?:up"
         r"|down)|(?<=,\s)(?:up|down))\b")
# ("shares are trading higher by 1.1%", "with BYD shares down 3%")
_MOVED_BY = re.compile(_MOVE + r"\s+(?:another\s+|a\s+further\s+)?"
                       r"(?:as\s+much\s+as\s+|by\s+|between\s+(?:[\d.]+\s*(?:%|percent)\s+and\s+)?)?"
                       + HEDGE_BEFORE + "$")
# "..., taking its gain this year to 21 per cent": the shares' move so far, told after the day's
_GAIN_TO = re.compile(r"(?i)\b(?:taking|bringing|lifting|extending|pushing|cutting|trimming)\s+(?:its|their)\s+"
                      r"(?:year-to-date\s+)?(?:gains?|loss(?:es)?|advance|decline|rise|fall)\s+(?:this\s+year\s+|for\s+"
                      r"the\s+year\s+|so\s+far\s+(?:this\s+year\s+)?)?to\s+" + HEDGE_BEFORE + "$")
# "finished Tuesday with a one-day drop of 5.21%": the move named before its number
_MOVE_OF = re.compile(rf"(?i)\b(?:{CHANGE_NOUNS}|loss(?:es)?|slump|plunge)\s+of\s+{HEDGE_BEFORE}$")
# "slid another 6 per cent, after a sharper 14 per cent decline the week before": a move named after its number,
# in a sentence of shares (not "a 20 percent rise in deliveries")
_MOVE_NAMED_AFTER = re.compile(r"(?i)\s+(?:decline|drop|fall|slump|slide|gain|rise|jump|surge|plunge|tumble)\b"
                               r"(?!\s+(?:in|of|for)\b)")  # (not "set against a 4% rise for the wider index")
_CLOSED_BY = re.compile(r"(?i)(?<!index\s)\b(?:closed|ended|finished|opened|traded"
                        r"|(?:are|is|were|was)\s+(?:last\s+seen\s+)?trading"
                        r"|were|was)\s+(?:nearly\s+|about\s+"
                        r"|over\s+)?$")  # (not "the Hang Seng Index closed 1% higher")
_HIGHER = re.compile(r"(?i)\s*(?:higher|lower)\b")
_MOVED_TO = re.compile(r"(?i)\b(?:(?:high|low|peak|close)\s+of|at|to)\s*$")


# "a 6 percent fall in its share price": the move named after the number
_MOVE_IN_SHARES = re.compile(r"(?i)\s+(?:drop|fall|decline|plunge|slump|slide|rise|gain|jump|surge|climb)\s+in\s+"
                             r"(?:(?:its|the|their|[A-Z][\w.-]*['\u2019]s)\s+)?(?:share|stock)\s+prices?\b"
                             r"|\s+(?:drop|fall|decline|plunge|slump|slide|rise|gain|jump|surge|climb)\s+in\s+"
                             r"(?:(?:its|their|[A-Z][\w.-]*['\u2019]s)\s+)?shares\b")  # (not "its stock of cars")


# "Zeta Motor Group was down 3.5 percent in Hong Kong and 2.25 percent in Shanghai": a move on an
# exchange, in a story about shares
_ON_EXCHANGE = re.compile(r"\s+in\s+(?:Hong\s+Kong|Shanghai|Shenzhen|New\s+York|U\.?S\.?\s+trading"
                          r"|(?:pre-?market|early|morning|afternoon|midday|late)\s+trading)\b")
_STOCK_STORY = re.compile(r"(?i)\b(?:shares|stocks?)\b|-listed\b")
_OTHER_MEASURE = re.compile(r"(?i)\b(?:deliveries|sales|exports|revenues?|profits?|output|production|shipments"
                            r"|registrations)\b")


def share_move(text: str, mention: Mention, spans: Spans) -> bool:
    """Whether a percent is how far a listed company's shares moved ("shares of NIO rose as much as 5%", "a 6
    percent fall in its share price")."""
    shares = [m.end() for m in _SHARES.finditer(text, spans.sentence[0], mention.start)]
    # ("Shares of Zeta rose 5 percent after its deliveries climbed 20 percent": the second is the deliveries')
    other = bool(shares) and bool(_OTHER_MEASURE.search(text, shares[-1], mention.start))
    if mention.unit != "percent":
        return False
    before = [m for m in mentions_in(text, spans.sentence[0], mention.start) if m.unit == "percent"]
    if shares and not other and before and re.fullmatch(r"\s*(?:,\s*)?and\s+", text[before[-1].end : mention.start]) \
            and share_move(text, before[-1], spans_around(text, before[-1])):
        return True  # "Halden and Korvi had lost 1.84% and 3.82% respectively": both moved
    return (bool(shares) and not other and bool(
        _MOVED_BY.search(text, max(spans.clause[0], mention.start - 40), mention.start)
        or _MOVE_OF.search(text, max(spans.clause[0], mention.start - 40), mention.start)
        or _MOVE_NAMED_AFTER.match(text, mention.end)
        or _GAIN_TO.search(text, max(spans.sentence[0], mention.start - 60), mention.start))
        or bool(_MOVE_IN_SHARES.match(text, mention.end))
        # "The shares of the startup closed 2 percent higher": the move written after its number
        or bool(_SHARES.search(text, spans.sentence[0], mention.start) and _CLOSED_BY.search(
            text, max(spans.clause[0], mention.start - 30), mention.start) and _HIGHER.match(text, mention.end))
        or bool(mention.direction and _CLOSED_AT.search(text, spans.sentence[0], mention.start))
        or bool(_COMPANY_CLOSED.search(text, spans.sentence[0], mention.start) and _HIGHER.match(text, mention.end))
        or any(m["move"] and m.end() == mention.start
               for m in _COMPANY_CLOSED_MOVED.finditer(text, spans.sentence[0], mention.start))
        or bool(_ON_EXCHANGE.match(text, mention.end) and re.search(_MOVE, text[spans.sentence[0] : mention.start])
                and not _OTHER_MEASURE.search(text, spans.sentence[0], mention.start)
                and not re.search(r"(?i)\b(?:penetration|share\s+of|market\s+share|index)\b",
                                  text[spans.sentence[0] : mention.start]) and _STOCK_STORY.search(text)))


# A model named right after the amount ("the $5,000 Hongguang Mini"), or in the clause before it ("the Seal is
# priced ...", "for the Model S", "its flagship e6 model at"): a name in title case or with digits.
# ("the Z9 Plus": a version's word after a name with digits)
_NAME = (r"(?:(?:Model\s+[0-9A-Z]\b|[A-Z][A-Za-z]*\d+[A-Za-z]*\b|[a-z]+\d+[a-z]*\b)(?:\s+(?:Plus|Pro|Max|Ultra)\b)?"
         r"|[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]*\d*[A-Za-z]?\b|\d+\b)){0,2}(?:\s+(?:EV|PHEV|Plus|Pro|Max))?)")
_NAME_AFTER = re.compile(rf"\s+(?:\([^)]*\)\s+)?(?P<name>{_NAME})")
_NAME_BEFORE = re.compile(rf"(?:\b(?:the|its|new|flagship|latest|\w+['\u2019]s)\s+)+(?:new\s+|flagship\s+)*"
                          rf"(?P<name>{_NAME})(?:\s+(?:model|sedan|SUV|hatchback|EV))?\s+"
                          r"(?:is\s+|are\s+|will\s+be\s+|was\s+)?(?:priced|at|costs?|sells|retails|starts"
                          r"|has\s+(?:a\s+)?(?:prices?|price\s+tag))\b")
_THE_NAME = re.compile(rf"\b(?i:the)\s+(?P<name>{_NAME})")
_DOWN_FROM = re.compile(r"(?i)\b(?:down|up|cut|reduced|lowered|raised)\s+from\s+(?:about\s+|around\s+)?$")
_THE_CAR = re.compile(r"\s*(?:The|This|That)\s+(?:car|model|vehicle|hatchback|sedan|SUV|EV)\b|\s*It\b")
_ITS_MODEL = re.compile(rf"\b(?:its|the|their|[A-Z][\w-]*['\u2019]s)\s+(?:(?!name\b|brand\b)[a-z-]+\s+){{0,2}}?"
                        rf"(?P<name>{_NAME})(?:\s+(?:hatchback|sedan|SUV|model|minicar|MPV|coupe|pickup)\b|(?<=EV)"
                        r"(?=\s+(?:from|of|by|is|was|which|that)\b|[,.]))")
_FOR_NAME = re.compile(rf"\bfor\s+the\s+(?P<name>{_NAME})")
# "cut the price of Lumo X to 99,800 yuan", "a cheaper version of the Zeta Lark PHEV": that model's
_PRICE_OF_NAME = re.compile(rf"\b(?:prices?|versions?)\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<name>{_NAME})")
_NOT_MODELS = frozenset({"China", "Chinese", "The", "It", "Its", "This", "That", "US", "U.S.", "Europe", "Beijing",
                         "Shanghai", "January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December", "Xinhua", "Reuters"})


# The price a listing sold its shares at: "priced its shares at", "an IPO price of"
_IPO_PRICE = re.compile(r"(?i)\bpric(?:ed|es|ing)\s+(?:its|their|the)\s+(?:(?!new\b)[\w-]+\s+){0,2}shares\s+at\s*$"
                        r"|\b(?:IPO|offering|offer|listing)\s+price\s+(?:of|at|was|is)\s*$")
_PRICE_RANGE = re.compile(r"(?i)(?:\s*(?:-|\u2013|to)\s*(?:HK\$|US\$|\$)?\d[\d.,]*)?\s+(?:target\s+)?price\s+range\b")
# (not a placement of new shares, or analysts' targets for a share's price)
_NOT_A_LISTING = re.compile(r"(?i)\bplac(?:ement|ing)\b|\brights\s+issue\b|\banalysts?\b|\bbrokers?\b")
# An amount in brackets right after another converts it: "HK$14.60 (US$1.87)"
_CONVERTS = re.compile(r"(?P<amount>(?:HK\$|US\$|\$|RMB\s?|CNY\s?|HKD\s?|USD\s?)?\d[\d,.]*"
                       r"(?:\s*(?:yuan|(?:Hong\s+Kong\s+)?dollars"
                       r"|euros))?)(?:\s*\(\s*|,\s+(?:equivalent|equal)\s+to\s+)"  # ("..., equivalent to US$6.68")
                       r"(?:about\s+|around\s+|roughly\s+|or\s+)?$")


# An analyst's goal for a share's price: "a $9.40 price target", "raised its target price to HK$120"
_TARGET_AFTER = re.compile(r"(?i)(?:[- ]?(?:a|per)\s+share)?[- ](?:share\s+)?price\s+target\b")
_TARGET_BEFORE = re.compile(r"(?i)\b(?:price\s+target|target\s+price)\s+(?:(?:\w+\s+){0,2}?(?:of|at|to|from)\s+)?$")
# ("lost 2.1 percent, ending at HKD318.40": where the shares ended the day)
_CLOSED_THEN = re.compile(r"(?i)\b(?:closed|ended|finished|opened|closing|ending|finishing|opening)\s+"
                          r"(?:[\w.]+\s+){0,3}?at\s*$")


def _share_price_at(text: str, start: int, end: int, clause_start: int, sentence_start: int) -> bool:
    """Whether the amount at text[start:end] is a share's price: "at 75 yuan per share", "the share price of",
    "jumped 7.4% to a high of $12.05", "closed down 3.4 per cent at HK$52.10"."""
    own = text[max(clause_start, start - 60) : start]
    if re.search(r"(?i)\b(?:million|billion|trillion|mln|bln|bn)\b", text[start:end]):
        return False  # "an acquisition Geely closed at 1.2 billion yuan": no price of a share
    earned = re.search(r"(?i)\b(?:loss(?:es)?|profits?|earnings|income)\b", text[sentence_start:start])
    if earned and re.search(r",\s+or\s+$", text[max(sentence_start, start - 8) : start]):
        return False  # "a net loss of RMB1.95 billion, or RMB2.06 a share": what one share lost
    return bool(_PER_SHARE.match(text, end) or _SHARE_PRICE.search(own) or (
        _SHARES.search(text, sentence_start, start) and _MOVED_TO.search(own)
        # ("Zeta shares were trading 3% higher at $7.12")
        and (re.search(_MOVE, text[clause_start:start]) or re.search(r"(?i)\b(?:higher|lower)\s+at\s*$", own))) or (
        # "its Hong Kong shares rose 3.9 percent to HK$53, and closed at HK$52.25": where the shares closed
        (_SHARES.search(text, sentence_start, start) or _COMPANY_CLOSED_MOVED.search(text, sentence_start, start))
        and _CLOSED_THEN.search(own)))


def price_name(text: str, mention: Mention, spans: Spans, companies: Collection[str] = ()) -> str:
    """The metric of a price, or "" when the amount is no price."""
    currency = mention.unit if mention.unit in CURRENCIES else ""
    if not currency:
        return ""
    before = text[max(spans.sentence[0], mention.start - 90) : mention.start]
    own = text[max(spans.clause[0], mention.start - 60) : mention.start]  # the cue must sit right before the amount
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    if _OTHER_MONEY.search(text, spans.clause[0], mention.start):
        return ""  # "Lowering costs helped Geely post a net profit of 5 billion yuan": revenue, profit, investment
    if _TARGET_AFTER.match(text, mention.end) or _TARGET_BEFORE.search(own):
        return f"share_price_target_{currency}"
    dividend = _DIVIDEND_BEFORE.search(text, max(spans.clause[0], mention.start - 60), mention.start)
    if dividend and _PER_SHARE.match(text, mention.end):  # "an interim dividend of 1.2 yuan per share": each share's
        kind = f"{dividend['kind'].lower()}_" if dividend["kind"] else ""
        return f"{kind}dividend_per_share_{currency}"
    if re.search(r"(?i)\bsubsid", before) and _PER_VEHICLE.search(sentence):
        return f"purchase_subsidy_{currency}"  # "a purchase subsidy of", "subsidized CNY120,000 for each car sold"
    if re.search(r"(?i)\baverage\s+(?:\w+\s+)?prices?\b", before):
        return ""  # "the average price of exported cars": a series' average price, read as one
    ranged = _PRICE_RANGE.match(text, mention.end) and re.search(r"(?i)\bshares\b|\bIPO\b|\boffering\b", sentence)
    if not _NOT_A_LISTING.search(sentence) and (_IPO_PRICE.search(own) or ranged):  # "a $8.50-$10.50 price range"
        return f"ipo_price_{currency}"  # "Harbour priced its shares at $9.40 in its listing"
    converts = _CONVERTS.search(text, max(spans.sentence[0], mention.start - 40), mention.start)
    if _share_price_at(text, mention.start, mention.end, spans.clause[0], spans.sentence[0]) or (
            converts and _share_price_at(text, converts.start(), converts.end("amount"), spans.sentence[0],
                                         spans.sentence[0])):
        return f"share_price_{currency}"  # "at HK$52.10 (US$6.70)": the price, and the price converted
    converted = [m for m in mentions_in(text, converts.start(), mention.start) if m.unit in CURRENCIES
                 and m.unit != currency] if converts else []
    if converted:  # "The CNY109,800 (USD15,300) Z3": the price before the bracket, in the bracket's currency
        before = price_name(text, converted[0], spans, companies)
        if before.endswith(f"_{converted[0].unit}"):
            return f"{before.removesuffix(converted[0].unit)}{currency}"
    after = _NAME_AFTER.match(text, mention.end)
    after_ok = bool(after) and re.search(r"(?i)\b(?:the|a|an)\s*$", text[max(0, mention.start - 6) : mention.start]) \
        and not _NOT_A_MODEL_AFTER.match(text, after.end() if after else mention.end)
    name = after["name"] if after and after_ok and after["name"] not in _NOT_MODELS and (
        after["name"] not in companies) and after["name"] not in PLACE_SET and not after["name"].startswith(
        "Series") else ""
    if not name and not _PRICED.search(own):
        was = [m for m in mentions_in(text, spans.sentence[0], mention.start) if m.unit == currency]
        if was and _DOWN_FROM.search(own) and not converts:
            # "The hatchback now sells for RMB 63,900 (around €8,100), down from RMB 74,900": the price before, of
            # the same model
            return price_name(text, was[0], spans_around(text, was[0]), companies)
        return ""
    if not name:
        clause = text[spans.sentence[0] : mention.start]
        found = [m for m in (*_NAME_BEFORE.finditer(clause), *_PRICE_OF_NAME.finditer(clause),
                             *_FOR_NAME.finditer(text, mention.end, spans.sentence[1]))
                 if m["name"] not in _NOT_MODELS and m["name"] not in companies]
        if not found:  # "The SU7 was launched on 28 March, with prices starting at": the model the sentence names
            found = [m for m in _THE_NAME.finditer(text, spans.sentence[0], mention.start)
                     if m["name"] not in _NOT_MODELS and m["name"] not in companies]
        told = earlier_sentences(text, spans.sentence[0], across_paragraphs=True)[:1]
        if not found and told and _THE_CAR.match(text, spans.sentence[0]):
            # "Zeta has trimmed what its Wren hatchback costs. The car is now RMB 63,900": the model named just
            # before
            named = [m["name"] for m in _ITS_MODEL.finditer(text, *told[0])
                     if m["name"] not in _NOT_MODELS and m["name"] not in companies]
            return "_".join(filter(None, [snake(re.sub(r"\s+EV$", "", named[0])) if named else "", "price", currency]))
        name = found[-1]["name"] if found else ""
    # ("with prices starting at 215,900 yuan": the model's price, its cheapest version's)
    return "_".join(filter(None, [snake(name), "price", currency]))


# A raw material's price: "lithium carbonate spot prices", "prices of battery-grade nickel sulphate", "cobalt
# prices"; its grade and market ("spot", "futures") are part of the name. "Industrial-grade prices followed suit"
# names a grade of the material the story named before.
_MATERIAL = (r"(?:(?P<grade>battery|industrial)[- ]grade\s+)?(?P<material>lithium\s+(?:carbonate|hydroxide"
             r"|hexafluorophosphate|cobalt\s+oxide|iron\s+phosphate)|lithium(?!\s+batter|-ion)|(?:cobalt|nickel)"
             r"(?:\s+sul(?:ph|f)ate)?|spodumene|copper|alumin(?:i)?um|polysilicon|graphite|manganese)")
_PRICE_OF_MATERIAL = re.compile(rf"(?i)\b(?P<market>)prices?\s+of\s+(?:the\s+)?{_MATERIAL}\b")
_MATERIAL_PRICES = re.compile(rf"(?i)\b{_MATERIAL}(?P<market>\s+(?:spot|futures))?\s+prices?\b")
# "the cobalt contract traded in Wuxi closed at": a futures price
_MATERIAL_CONTRACT = re.compile(rf"(?i)\b{_MATERIAL}(?P<market>\s+futures)?\s+contracts?\b")
_GRADE_PRICE = re.compile(r"(?i)\b(?P<grade>battery|industrial)[- ]grade(?P<market>\s+(?:spot|futures))?\s+prices?\b")
_MATERIAL_NAMED = re.compile(rf"(?i)\b{_MATERIAL}\b")
_FUTURES = re.compile(r"(?i)\bfutures\b")
# "The most active futures contract edged higher": the futures of the material the story names
_FUTURES_CUE = re.compile(r"(?i)\b(?P<grade>)(?P<market>futures)\s+(?:contracts?|prices?|markets?)\b")
_AVERAGE_BEFORE = re.compile(r"(?i)\baverage\s+(?:[A-Z]{2,5}\s+)?$")  # ("The average SMM battery-grade ... price")
_CLOSING = re.compile(r"(?i)\bclosing\s+price\b|\bclosed\s+(?:at|up|down|higher|lower)\b")
# "a total rise of 1,200 yuan/mt", "down 400 yuan/mt": how far the price moved, in money
_MOVED_BY_AMOUNT = re.compile(r"(?i)(?:\b(?:increase|rise|gain|jump|decrease|drop|decline|fall)\s+of|\b(?:up|down|rose"
                              r"|fell|increased|decreased|climbed|dropped)(?:\s+by)?)\s+(?:about\s+|around\s+)?$")
# another measure between the price and the number: "lithium prices fell, and Zeta's profit rose 20%"
_NOT_THE_PRICE = re.compile(r"(?i)\b(?:sales|output|production|revenues?|profits?|installations?|installed|exports?"
                            r"|imports?|capacity|costs?|fees?|margins?|shares|demand|supply|inventor(?:y|ies))\b")
_MONTH_CUE = re.compile(r"(?i)\b(?:single[- ]month|month[- ](?:on|over)[- ]month|monthly|on\s+the\s+month"
                        r"|(?:start|beginning|end)\s+of\s+the\s+month|that\s+month|during\s+the\s+month)\b")
_YEAR_CUE = re.compile(r"(?i)\b(?:year[- ](?:on|over)[- ]year|y/y|yoy|from\s+a\s+year\s+(?:earlier|ago))\b")


def material_price(text: str, mention: Mention, spans: Spans) -> str:
    """The metric of a raw material's price or its change ("battery_grade_lithium_carbonate_price_cny",
    "cobalt_price_mom_pct"), or "" when the number is no such price. A change is on the month before when the
    sentence says so, year on year when it says that, else a change over the span it tells."""
    if mention.unit not in CURRENCIES and mention.unit != "percent":
        return ""
    cues = [m for m in (*_PRICE_OF_MATERIAL.finditer(text, spans.sentence[0], mention.start),
                        *_MATERIAL_PRICES.finditer(text, spans.sentence[0], mention.start),
                        *_GRADE_PRICE.finditer(text, spans.sentence[0], mention.start),
                        *_FUTURES_CUE.finditer(text, spans.sentence[0], mention.start),
                        *_MATERIAL_CONTRACT.finditer(text, spans.sentence[0], mention.start))
            if not _NOT_THE_PRICE.search(text, m.end(), mention.start)]
    if not cues:
        return ""
    cue = max(cues, key=lambda m: m.end())
    material = cue.groupdict().get("material")
    if not material:  # "Industrial-grade prices", "the futures contract": the material named last before
        named = [m["material"] for m in _MATERIAL_NAMED.finditer(text, 0, cue.start())]
        if not named:
            return ""
        material = named[-1]
    market = (cue["market"] or "").strip().lower() or (
        "futures" if _FUTURES.search(text, spans.sentence[0], mention.start) else "")
    if not market and not cue.groupdict().get("material"):  # "Battery-grade spot prices climbed ... Industrial-grade
        # prices followed suit": the market the grade before was priced in
        before = [m for pattern in (_GRADE_PRICE, _MATERIAL_PRICES) for m in pattern.finditer(text, 0, cue.start())
                  if m["market"]]
        market = max(before, key=lambda m: m.start())["market"].strip().lower() if before else ""
    average = "average" if _AVERAGE_BEFORE.search(text, max(0, cue.start() - 20), cue.start()) else ""
    closing = "closing" if _CLOSING.search(text, cue.start(), mention.start) else ""
    name = "_".join(filter(None, [f"{cue['grade'].lower()}_grade" if cue["grade"] else "", snake(material), market,
                                  average, closing, "price"]))
    if mention.unit in CURRENCIES:
        moved = "_change" if _MOVED_BY_AMOUNT.search(text, max(spans.sentence[0], mention.start - 40),
                                                     mention.start) else ""
        return f"{name}{moved}_{mention.unit}"
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    base = "yoy" if _YEAR_CUE.search(sentence) else "mom" if _MONTH_CUE.search(sentence) else "change"
    return f"{name}_{base}_pct"
