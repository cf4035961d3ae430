"""The words of a metric: what is counted, the measure, and a reader's name and chapter for a new metric.

A metric is composed as data/metrics.csv names them: what is counted (vehicles, NEVs, passenger cars, NEV
passenger cars, pure electric cars, auto parts, lithium-ion batteries, solar cells, the "new three"), the
measure (production, sales, retail sales, exports, deliveries, output value, average price, ...), then the
transform (nevreport.ingest.metrics).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from nevreport.ingest.clauses import Spans
from nevreport.ingest.extract import Mention
from nevreport.ingest.periods import MONTH, YEAR

# --- metrics ------------------------------------------------------------------------------------------------
# A metric is composed as data/metrics.csv names them: what is counted (vehicles, NEVs, passenger cars, NEV
# passenger cars), the measure (production, sales, retail sales, exports, deliveries, output value, ...), then
# the transform: nothing for a level, `_target` for a goal, `_cny`/`_usd` for an amount, `_yoy_pct` (on a year
# earlier), `_mom_pct` (on the month before), `_vs_<year>_pct`, `nev_share_of_<whole>` and `_yoy_pp`/`_mom_pp`
# (a share's change in percentage points).

# Vehicles a place or a company puts into use: what "promoted" counts
_VEHICLES_PUT = r"(?:vehicles?|cars?|NEVs?|EVs?|bus(?:es)?|trucks?|taxis?|cabs?|coaches)"
# "over 3,000 battery-swap heavy trucks" right after the verb (not "2 million NEV sales", "10 percent
# growth in NEV sales")
_VEHICLES_COUNTED = (r"\s+(?:a\s+total\s+of\s+|about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+|some\s+)?"
                     r"[\d,.]+\s+(?:million\s+|thousand\s+)?(?:(?!percent\b|per\b)[a-z-]+\s+){0,3}?"
                     + _VEHICLES_PUT + r"\b(?!\s+(?:sales|exports|output|production|deliveries|growth)\b)")
# an amount of money a measure's word runs into: "of about $2 billion", "of 0.3 yuan", "at 5 million euros"
_MONEY_AHEAD = (r"(?:(?:about|around|nearly|some|over|almost|roughly|approximately)\s+)?(?:(?:CNY|RMB|USD|US\$|HK\$"
                r"|S\$|\$|\u20ac|EUR)\s?\d|\d[\d,.]*\s*(?:(?:million|billion|bn|mn)\s+)?(?:yuan|dollars|euros"
                r"|US\s+dollars)\b)")
_MEASURES = [
    ("average_price", r"average\s+(?:selling\s+|sales\s+|export\s+|transaction\s+)?prices?"),
    # a company's results beyond its profit: "investment income", "impairment losses", "non-recurring gains",
    # "financing cash flow"
    ("investment_income", r"investment\s+income"),
    ("impairment_losses", r"impairment\s+loss(?:es)?"),
    # ("other losses came to 95 million yuan": an item of the accounts, not the net loss)
    ("other_losses", r"other\s+(?:net\s+)?loss(?:es)?"),
    ("other_income", r"other\s+(?:net\s+)?(?:income|gains)"),
    ("total_assets", r"total\s+assets"),  # ("total assets stood at 896 billion yuan": the balance sheet's)
    # (not "earnings excluding non-recurring income", "profit net of non-recurring gains": the profit without them)
    ("non_recurring_gains", r"(?<!deducting\s)(?<!excluding\s)(?<!net\sof\s)(?<!out\s)(?<!the\s)"
                            r"non-recurring\s+(?:gains|profits?|income)"),
    ("financing_cash_flow", r"financing\s+cash\s+flows?|cash\s+flows?\s+from\s+financing(?:\s+activities)?"),
    # "SG&A expenses", selling, general and administrative costs: what running the firm cost, not sales
    ("sga_expenses", r"(?:selling|sales),?\s+general,?\s+and\s+administrative(?:\s+\((?-i:SG&A)\))?\s+expenses"
                     r"|(?-i:SG&A)\s+expenses"),
    # "R&D expenses", "research and development (R&D) spending", "invested 8 billion yuan in research and
    # development": what is spent on R&D
    ("rd_spending", r"(?:research\s+and\s+development(?:\s+\(R&D\))?|R&D)\s+"
                    r"(?:spending|expenses|expenditure|investment)"
                    r"|(?:invest(?:ed|s|ing)?|spent|spends?|spending|put|puts|putting)\s+(?:(?:(?!\.\s|\b(?:on|in|into)\s)[^;]){0,50}?\s)?"
                    r"(?:in|on|into)\s+(?:research\s+and\s+development|R&D)\b"
                    r"|(?:(?<=yuan\s)|(?<=dollars\s))(?:in|on|into)\s+(?:research\s+and\s+development|R&D)\b"),
    # "Retail new energy vehicle sales": retail, however many words name what is sold
    ("retail_sales", r"retail\s+(?:(?:new[- ]energy|NEV|EV|electric|passenger|vehicles?|cars?|auto|plug-in|hybrid)\s+)"
                     r"{1,4}sales|retail(?:\s+sales)?|terminal\s+sales"
                     r"|deliver(?:ed|ies|y)\s+to\s+(?:customers|consumers|buyers)"  # ("deliveries to customers")
                     r"|sold\s+(?:(?!and\b|while\b)[\w,]+\s+){0,3}?(?:via|through|in)\s+retail"),
    # Sales abroad, cars built abroad included, are not exports: "overseas sales", "sold 1.2 million vehicles
    # overseas", "exported and sold ... from its overseas bases".
    ("overseas_sales", r"(?:overseas|international|foreign)\s+(?:(?:auto|car|vehicle)\s+)?(?:sales|deliveries)"
                       r"|sales\s+(?:abroad|overseas|outside\s+(?:of\s+)?China|in\s+(?:overseas|foreign|international)\s+markets?)"
                       r"|export(?:ed|s)?\s+and\s+sold"
                       r"|(?:sold|sells?|selling)(?:\s+(?!and\b|in\b)[\w,.]+){0,5}?\s+(?:abroad|overseas"
                       r"|internationally|outside\s+(?:of\s+)?(?:China|the\s+country|its\s+home\s+market"
                       r"|(?:the\s+)?Chinese\s+mainland|mainland\s+China)|to\s+the\s+rest\s+of\s+the\s+world"
                       r"|(?:to|in)\s+(?:overseas|foreign|international)\s+markets)"
                       # "another 38,400 units sold in foreign markets", "a sales volume of 61,250 cars for its
                       # international markets"
                       r"|sold\s+in\s+(?:overseas|foreign|international)\s+markets"
                       r"|sales\s+volume\s+of\s+[\d,.]+\s+(?:vehicles|units|cars)\s+(?:for|in)\s+(?:its\s+|their\s+)?"
                       r"(?:overseas|foreign|international)\s+markets"
                       r"|(?:from|at)\s+(?:its\s+|their\s+)?overseas\s+(?:bases|plants|factories)"),
    # a port's transshipment and shipments: goods moved through it, not exports named as such
    ("international_transshipment", r"international\s+trans-?shipments?"),
    ("transshipment", r"trans-?shipments?"),
    # "GDP grew 5.1% on the year", "China's economy expanded by 4.5%": the economy's, no vehicle's
    ("gdp", r"(?-i:GDP)\b|gross\s+domestic\s+product|(?<=[\w'\u2019]s\s)economy\s+(?:expanded|grew|contracted|shrank)"
            r"|\beconomic\s+growth\b(?!\s+(?:of|in)\s+(?!China\b)[A-Z])"),  # ("Economic growth eased to 4.9%")
    # a listed company's worth: "with a market value of 1.1 trillion yuan"
    ("market_value", r"market\s+(?:value|capitali[sz]ation)"),
    # a place's foreign trade, of all goods: "the province's imports and exports totaled 288 billion yuan"
    ("imports_and_exports", r"imports\s+and\s+exports|exports\s+and\s+imports|foreign\s+trade(?:\s+(?:value|volume))?"),
    # ("Orbit's export sales climbed 91.1%": its exports, "sales" a part of the name)
    # (not "total domestic and export sales": all of them)
    ("exports", r"(?<!domestic\sand\s)(?:export\s+sales(?:\s+volume)?\b|export\w*)|shipped\s+(?:abroad|overseas)"
                r"|(?:overseas|outbound)\s+shipments"
                # "561 thousand cars made in China went abroad", "98,400 cars were sent to Russia"
                r"|went\s+(?:abroad|overseas)|sent\s+(?:abroad|overseas)|sent\s+to(?=\s+(?:the\s+)?[A-Z])"
                r"|shipments?\s+(?:abroad|overseas)|shipped\b"
                # (not "loaded 52.4 GWh of power batteries on cars", "the loaded capacity": batteries put into cars)
                r"|loaded\b(?!\s+(?:capacity|volume)\b)(?!(?:[^.;]|\.(?=\d)){0,60}?\b(?:batter\w*|GWh|gigawatt-hours"
                r"|on\s+(?:cars|vehicles|EVs))\b)"),
    ("shipments", r"shipments?(?:\s+volume)?|dispatched"),
    ("registrations", r"registrations?|(?:newly|were|was|been|being)\s+registered"
                      r"|(?:(?<=cars\s)|(?<=NEVs\s)|(?<=EVs\s))registered"  # "saw 73,000 new cars registered"
                      r"|new\s+(?:license\s+|licence\s+)?plates"
                      # "The country registered a record 1.2 million NEVs": the verb, with its number
                      r"|(?:registered|registering)(?=\s+(?:a\s+(?:record|total)\s+(?:of\s+)?|about\s+|over\s+"
                      r"|more\s+than\s+|nearly\s+|some\s+)?\d)"
                      # "with 15,200 registered EVs": the number's own registered vehicles
                      r"|(?<=\d\s)registered(?=\s+(?:new[- ]energy\s+vehicles|NEVs|EVs|electric\s+vehicles|vehicles"
                      r"|cars|units)\b)"),
    ("ownership", r"ownership|parc|on\s+(?:the|its|their|(?-i:[A-Z])[\w]*['\u2019]s"
                  r"|the\s+(?:city|country|nation|province|region)['\u2019]s)\s+roads?|in\s+use"
                  # "76,000 hydrogen buses in service", "12,500 electric taxis in operation": vehicles running
                  r"|(?:(?<=buses\s)|(?<=taxis\s)|(?<=cars\s)|(?<=vehicles\s)|(?<=NEVs\s)|(?<=EVs\s)|(?<=trucks\s))"
                  r"in\s+(?:service|operation)\b"
                  # "The country's fleet of such vehicles was close to 18,000" (not a company's robotaxi fleet)
                  r"|(?:national|country['\u2019]s|nationwide|city['\u2019]s|domestic)\s+(?:(?-i:NEV|EV)\s+)?fleet"
                  # "the province had about 41,500 electric vehicles", "the charging demand of 2 million NEVs": the
                  # vehicles a place has, or a network is built to serve
                  r"|(?<![\w-])(?:has|had|have)(?=\s+(?:about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+|some\s+)?"
                  r"[\d,.]+\s*(?:million\s+)?(?:NEVs|EVs|new[- ]energy\s+vehicles|electric\s+vehicles)\b)"
                  r"|(?:demand|needs)\s+of(?=\s+(?:powering\s+)?(?:about\s+|around\s+|over\s+|more\s+than\s+"
                  r"|nearly\s+|some\s+)?(?:[\d,.]+|[a-z]+)\s*(?:million\s+)?(?:NEVs|EVs|new[- ]energy\s+vehicles"
                  r"|electric\s+vehicles)\b)"
                  r"|(?<!-)(?:privately\s+)?owned(?!\s+(?-i:[A-Z]))"
                  r"|vehicle\s+population"  # "state-owned", "50%-owned", "privately owned Great Wall": no stock
                  # "the tally of registered NEVs stood at 5.2 million": the stock registered, not new plates
                  r"|(?:(?<=number\sof\s)|(?<=tally\sof\s)|(?<=total\sof\s))registered(?=\s+(?:new[- ]energy\s+"
                  r"vehicles|NEVs|EVs|electric\s+vehicles|vehicles|cars|motor\s+vehicles)\b(?!\s+(?:in|during|last)\s+"
                  r"(?:the\s+)?(?:first|January|February|March|April|May|June|July|August|September|October|November|"
                  r"December|\d)))"),
    # "promoted", vehicles "put into operation", "plans to promote 8,000 NEVs" (not a rail line put into
    # service, nor "promote 5 percent growth")
    ("promoted", r"promoted|put\s+into\s+(?:operation|use|service)(?=" + _VEHICLES_COUNTED + r")"
                 r"|\b" + _VEHICLES_PUT + r"\s+(?:were|have\s+been|had\s+been)\s+put\s+into\s+"
                 r"(?:operation|use|service)|promote(?=" + _VEHICLES_COUNTED + r")"),
    ("imports", r"(?-i:import(?:s|ed|ing)?)\b"),
    # "to grow the scale of its auto industry to 300 billion yuan": an industry's size, in money its output's value
    ("output_value", r"output\s+value|industrial\s+output|gross\s+output"
                     r"|(?<=\bthe\s)scale(?=\s+of\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:industry|sector|cluster)\s+"
                     r"(?:to|of|at|reached|exceeded|hit)\s+(?:about\s+|over\s+|more\s+than\s+|nearly\s+)?"
                     r"(?:CNY|RMB|\$|US\$)?\s?\d)"),
    ("added_value", r"(?:industrial\s+)?added\s+value|value\s+added"),
    # "lost nearly CNY19 billion": what a company lost, its net loss
    # "a 90 million yuan Q2 loss", "yearly losses came to $2 billion": a company's result, a loss said plainly
    # (not "job losses", nor "a loss of 5% in share")
    ("net_loss", r"net\s+loss(?:es)?|lost(?=\s+(?:(?:about|around|nearly|some|over|more\s+than|almost|roughly)\s+)?"
                 r"(?:CNY|RMB|USD|US\$|HK\$|\$|\u20ac|EUR)\s?\d)"
                 r"|(?:quarterly|yearly|annual|full-year|half-year|(?-i:Q[1-4]))\s+loss(?:es)?"
                 r"|(?<!gains\sand\s)(?<!gains\s&\s)loss(?:es)?(?=\s+(?:accounted\s+for|amounted\s+to|totall?ed"
                 r"|came\s+(?:in\s+)?(?:to|at)|of|were|was|stood\s+at|reached|widened\s+to|narrowed\s+to)\s+"
                 + _MONEY_AHEAD + r")"
                 # ("Korvi's loss in the quarter came to 410 million yuan": a company's loss, its net loss)
                 r"|(?:(?<=['\u2019]\s)|(?<=['\u2019]s\s))loss(?=\s+in\s+(?:that|the)\s+(?:quarter|period|half|year)\s+"
                 r"(?:was|came|stood)\b)"),
    # "an operating profit of $83 million", "an operating loss of $12 million": from operations, before the rest
    # ("adjusted operating income of 2.7 billion yuan": a company's operating profit; a place's "operating
    # income" is its firms' revenue, as China's statistics word it)
    ("operating_profit", r"operating\s+profits?(?!\s+margin)|(?<=adjusted\s)operating\s+income(?!\s+(?:margin|ratio))"
                         r"|income\s+from\s+operations"),
    ("operating_loss", r"operating\s+loss(?:es)?|loss(?:es)?\s+from\s+operations"),  # ("loss from operations")
    # "Vehicle margin was 14.2%", "its gross margin": a company's margin, a rate of its own
    # ("its vehicle gross margin widened to 14.2 percent", "Its gross margin on vehicles came to 19.1%")
    ("vehicle_margin", r"vehicle\s+(?:gross\s+)?margins?|gross\s+margins?\s+(?:on|of|for)\s+(?:its\s+)?vehicles"),
    # "sales margins across the industry slipped to 4.1%": the carmakers' profit on what they sell
    # ("the sector's profit margin slid to 5.1%": an industry's)
    ("sales_margin", r"sales\s+margins?|(?<=the\s)margin(?=\s+for\s+(?:January|the\s+first))"
                     r"|(?<!net\s)(?<!gross\s)(?<!operating\s)profit\s+margins?"),
    ("gross_margin", r"gross\s+(?:profit\s+)?margins?|(?-i:GPM)"),  # ("its GPM fell to 17.9 percent")
    ("net_margin", r"net\s+(?:profit\s+)?margins?"),
    ("operating_margin", r"operating\s+(?:profit\s+)?margins?|operating\s+(?:income|profit)\s+ratio"),
    # "gross profit of 5 billion yuan, a margin of 20 percent": the margin of the profit the sentence names
    ("margin", r"(?<=\ba\s)margin(?=\s+of\s+(?:about\s+|around\s+|nearly\s+|some\s+)?[\d.]+\s*"
               r"(?:%|percent|per\s+cent))"),  # (not "by a margin of 5,000 units")
    # "Zeta's earnings", "its earnings": a company's profit
    ("gross_profit", r"gross\s+profits?(?!\s+margin)"),
    # "its net income per ADS came to 2.05 yuan": the profit of one American depositary share, of one share
    ("net_profit_per_ads", r"(?:net\s+)?(?:earnings|income|profit)\s+per\s+(?:ADS|American\s+depositary\s+share)\b"),
    ("net_profit_per_share", r"(?:net\s+)?(?:earnings|income|profit)\s+per\s+share\b"),
    # "a loss per share (LPS) of 1.96 yuan, after an LPS of 2.14 yuan": a loss of one share
    ("net_loss_per_ads", r"(?:net\s+)?loss\s+per\s+(?:ADS|American\s+depositary\s+share)\b|per[- ]ADS\s+loss(?:es)?"),
    ("net_loss_per_share", r"(?:net\s+)?loss\s+per\s+share\b|(?-i:\bLPS\b)"),
    ("net_profit", r"net\s+(?:profit|income)|profits?|(?:(?<=['\u2019]s\s)|(?<=its\s)|(?<=their\s))earnings"),
    # "cash flow from operations came to 9 billion yuan", "cash reserves stood at 40 billion yuan in June"
    ("free_cash_flow", r"free\s+cash\s+flows?"),
    # ("net operating cash outflows of 5.3 billion yuan": the flow, signed by the reviewer)
    ("operating_cash_flow", r"operating\s+cash\s+(?:flows?|outflows?|inflows?)"
                            r"|cash\s+flows?\s+from\s+operati(?:ons|ng\s+activities)"),
    # ("its net cash position stood at 12 billion yuan": cash less debt)
    ("net_cash", r"net\s+cash(?:\s+(?:level|position|holdings|reserves))?\b(?!\s+(?:flows?|outflows?|inflows?))"),
    ("cash_reserves", r"cash\s+(?:reserves|holdings|on\s+hand|and\s+(?:cash\s+)?equivalents)"),
    # ("import turnover approaching $4.3 billion": what the imports are worth, not a seller's revenue)
    # ("the income from its car business": what a line of business took in)
    ("revenue", r"revenues?|(?<!import\s)(?<!export\s)(?<!trade\s)turnover|operating\s+income"
                r"|(?<!net\s)income\s+from\s+(?:its|the|their)\s+(?:[\w-]+\s+){1,4}?(?:business|segment|unit)\b"),
    ("operating_costs", r"operating\s+costs?"),
    # "a cost of sales of 15.2 billion yuan": what the goods sold cost the company
    ("cost_of_sales", r"costs?\s+of\s+(?:sales|revenues?|goods\s+sold)"),
    # "its registered capital is RMB 1 billion": what its owners put in, as its licence states
    ("registered_capital", r"registered\s+capital"),
    ("throughput_capacity", r"throughput\s+capacity"),
    # batteries fitted to vehicles, in GWh: "the installed capacity of power batteries", "19 GWh were installed"
    ("installed_capacity", r"installed\s+(?:[\w-]+\s+){0,2}capacity|(?:were|was|been|being)\s+installed"
                           r"|installations?|capacity\s+of\s+(?:[\w-]+\s+){0,3}?batteries\s+installed"
                           # "their loaded capacity was 9.8 GWh", "makers loaded 41.6 GWh of cells into new cars"
                           r"|loaded\s+(?:capacity|volume)|loaded\b(?=(?:[^.;]|\.(?=\d)){0,60}?\b(?:batter\w*|GWh"
                           r"|gigawatt-hours|on\s+(?:cars|vehicles|EVs))\b)|(?<=battery\s)(?:usage|use)\b"),
    # "its plants ran at a utilization rate of 76%": a rate, as a margin is
    ("capacity_utilization", r"(?:capacity\s+)?utili[sz]ation(?:\s+rate)?"),
    ("capacity", r"(?:production\s+)?capacity|capable\s+of\s+(?:producing|making|building|assembling)"
                 r"|(?:able|enabling\s+\w+|allowing\s+\w+)\s+to\s+(?:produce|manufacture|make|build|assemble)"
                 # "the plant can build 300,000 vehicles a year": what it is able to make in a year
                 r"|can\s+(?:produce|manufacture|make|build|assemble|turn\s+out)(?=[^.;]{0,50}?\b(?:a|per|each)\s+year"
                 r"|[^.;]{0,50}?\bannually)"),
    # "a port's vehicle traffic", "the terminal handles 2,000 cars a day"
    ("throughput", r"throughput|handl(?:ed|es)|(?:(?<=to\s)|(?<=will\s)|(?<=can\s)|(?<=could\s))handle"
                   r"|(?:vehicle|car|ro-ro)\s+traffic"),
    ("investment", r"(?<!-)invest(?:ment|ments|ed|s|ing)?"),  # not "foreign-invested joint ventures"
    # ("the ministry will grant EUR 60 million to", "has been awarded almost $300 million": money given, a subsidy)
    # (not "a $500 million loan", "RMB 2 billion in orders", "$12 million in damages")
    ("subsidy", r"subsid(?:y|ies)|(?:consumer|purchase|buyer)\s+incentives\b"
                # "Drivers can receive up to 16,000 yuan when trading in a used car": money a buyer is given
                r"|(?:can|could|will|may)\s+(?:receive|get)(?=\s+(?:up\s+to\s+|as\s+much\s+as\s+)?[\d,.]+"
                r"(?:\s+(?:million|billion))?\s+yuan\b[^.;]{0,40}?\b(?:when|for|if|by)\s+(?:\w+ing\b))"
                r"|(?:grant(?:ed|s)?|awarded)"
                r"(?=\s+(?:(?!(?:contracts?|orders|loans?|credit)\b)[\w-]+\s+){0,2}?"
                r"(?:EUR|RMB|CNY|USD|US\$|\$|\u20ac|\u00a5)\s*\d[\d,.]*(?![\d,.])(?:\s*(?:million|billion|bn|m)\b)?"
                r"(?!\s*(?:million|billion|bn)\b)"
                r"(?!\s+(?:in\s+(?:an?\s+)?(?:[\w-]+\s+)?)?(?:loans?|credit|orders|damages|contracts?|settlements?|fines?"
                r"|financing|bonds?)\b))"),
    ("deals", r"(?:tentative\s+|intended\s+)?deals?"),
    # "Orders topped 12,000 units within an hour": a model's orders, the count its buyers placed
    ("orders", r"(?:pre-?)?orders(?=\s+(?:exceeded|topped|passed|surpassed|reached|hit|crossed|for\s+the)\b)"),
    ("transaction_volume", r"transaction\s+(?:volume|value)|turnover\s+of\s+transactions|orders\s+worth"),
    # (not "delivered a strong performance", "delivering a boost", "delivered the sector's best August result")
    ("deliveries", r"deliver(?:ed|ies|y|s|ing)?(?!\s+(?:a|an|its|their|the)\s+(?:[\w'\u2019-]+\s+){0,4}?"
                   r"(?:performance|results?|showing|message|speech|boost|blow|growth)\b)|hand(?:ed|s|ing)?\s+over"),
    # "the NEV market size will reach", "the nation's car market shrank 9%"
    ("sales", r"sales|(?<=market )size|sold|sells?|selling|changed\s+hands"  # (used cars that "changed hands")
              # ("Zeta shifted 43,000 units": sold, as British newsrooms write it)
              r"|shifted(?=\s+(?:(?:nearly|almost|about|around|over|more\s+than|some|just|a\s+record|close\s+to)\s+)?\d)"
              r"|(?<=car\s)transactions|(?<=NEV\s)transactions|(?<=,\swith\s)transactions"  # "used NEV transactions"
              r"|(?:(?<=were\s)|(?<=was\s)|(?<=been\s))traded"  # "1.2 million used cars were traded"
              r"|wholesal(?:es?|ed|ing)(?!\s+(?:prices?|inventor\w*|loans?|financing|electricity|market|trade|volume\s+of\s+"
              r"(?:lithium|electricity|batter)))(?:\s+figures)?"  # "wholesale figures came to 61,200 units"
              r"|(?:(?<=car\s)|(?<=NEV\s)|(?<=EV\s)|(?<=auto\s)|(?<=vehicle\s))market(?=(?:\s+in\s+[A-Z][a-z]+)?\s+(?:shr[au]nk|grew|expanded|contracted|rose|fell"
              r"|(?:showed|saw|posted|recorded)\s+(?:a\s+)?growth"
              r"|declined|dropped|jumped|surged|slumped|grows|growth|(?:is|was|are|were)\s+(?:expected|forecast"
              r"|projected|set|likely|estimated|on\s+(?:track|course))\s+to\s+(?:grow|expand|shrink|rise|fall"
              r"|increase|reach|hit|exceed|top|surpass)"  # ("the NEV market is on track to reach 12 million units")
              r"|(?:will|could|may|would|should)\s+(?:grow|expand|shrink|rise|fall|increase|reach|hit|exceed|top"
              r"|surpass))\b)"
              # "the growth rate of the country's EV market": the growth of what the market sells
              r"|(?<!\w)growth\s+(?:rate\s+)?of\s+(?:the\s+)?(?:(?:China|the\s+country|the\s+nation)['\u2019]s\s+)?"
              r"(?=(?:NEV|EV|car|auto|vehicle|passenger\s+car|new[- ]energy\s+vehicle)\s+market\b)"
              r"|(?:consumers|buyers|customers|motorists)\s+(?:have\s+)?(?:bought|purchased)"),
    # "cars made by joint ventures" says whose cars, not how many were made ("were made by" does)
    ("production", r"produc(?:e|ed|es|ing|tion)|output"
                   r"|(?:(?<=were\s)|(?<=was\s)|(?<=been\s)|(?<=are\s)|(?<=is\s))made(?!\s+(?:up|their|its)\b)"
                   # "the auto manufacturing industry" names an industry, not what it made, "China-made cars" where
                   # they were made
                   # (not "made substantial gains", "made progress", "made a profit")
                   # ("cars made in China went abroad", "Chinese made vehicles": where they were made)
                   r"|(?<!-)(?<!cars\s)(?<!vehicles\s)(?<!autos\s)(?<!EVs\s)(?<!Chinese\s)(?<!China\s)made(?!\s+(?:up|their|its|by|(?:[a-z]+\s+)?(?:gains?|progress|headway|strides|inroads"
                   r"|a\s+(?:profit|loss|comeback|debut)|profits?|losses|moves?|changes|efforts|plans)\b))|(?<!-)manufactur(?:e|ed|ing)(?!\s+(?:industr(?:y|ies)|sectors?"
                   r"|enterprises|firms|companies|bases?|hubs?|PMI)\b)"
                   r"|built|assembled|roll(?:ed|s)?\s+off\s+(?:the\s+)?(?:production|assembly)\s+lines?"),
]
_MEASURE_RE = re.compile(r"(?i)\b(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _MEASURES) + r")\b")
# Measures counted for a kind of vehicle: "NEV exports" is nev_exports; revenue is a company's, not a vehicle's.
SERIES = frozenset({"sales", "retail_sales", "exports", "imports", "production", "deliveries", "output_value",
                     "added_value", "throughput", "investment", "overseas_sales", "registrations", "ownership",
                     "promoted", "capacity", "installed_capacity", "shipments", "transshipment",
                     "international_transshipment"})
# Batteries by their chemistry or use, as installed capacity counts them; a power battery unless one is named.
_BATTERY_RE = re.compile(
    r"(?i)(?P<lithium_iron_phosphate_battery>\blithium[- ]iron[- ]phosphate\s+(?:\([A-Za-z0-9]+\)\s+)?batter(?:y|ies)\b"
    r"|\bLFP\s+batter(?:y|ies)\b)|(?P<ternary_battery>\bternary(?:[\s-]+lithium)?\s+batter(?:y|ies)\b"
    r"|\b(?:NCM|NMC)\s+batter(?:y|ies)\b)"
    # "power and other batteries", "total battery sales": all of them; "other batteries": those not for power
    r"|(?P<battery>\bpower\s+and\s+other\s+batter(?:y|ies)\b|\btotal\s+battery\b)"
    r"|(?P<other_battery>\bother\s+batter(?:y|ies)\b)"
    r"|(?P<power_battery>\b(?:power|traction|EV)\s+batter(?:y|ies)\b)"
    r"|(?P<lithium_battery>\blithium(?:-ion)?\s+batter(?:y|ies)\b)")


def battery_in(text: str, start: int, end: int) -> str:
    """The first kind of battery named between start and end, or ""."""
    found = _BATTERY_RE.search(text, start, end)
    return (found.lastgroup or "") if found else ""


def batteries_in(text: str, start: int, end: int) -> list[str]:
    """Every kind of battery named between start and end, in order."""
    return [found.lastgroup or "" for found in _BATTERY_RE.finditer(text, start, end)]

_WHAT_RE = re.compile(
    # batteries made for vehicles, named by the vehicles ("new energy vehicle batteries", "EV batteries") or by
    # their chemistry, before the vehicles themselves
    # ("cells made to power NEVs", "power batteries for EVs": named by what they power)
    r"(?i)(?P<power_battery>(?:\b(?:power|traction|(?:new[- ]energy|electric)(?:\s+vehicle)?|NEV|EV)\s+"
    r"batter(?:y|ies)(?![\w-])|\b(?:storage\s+)?batter(?:y|ies)(?=\s+(?:were\s+(?:produced|made|installed)\s+)?"
    # ("57.4 GWh of batteries were made for the electric car sector")
    r"(?:to\s+power|powering|for|used\s+in)\s+(?:new[- ]energy\s+vehicles|NEVs|electric\s+vehicles|EVs"
    r"|the\s+electric[- ]car\s+sector)\b))"
    r"(?:\s+(?:to\s+power|powering|for|used\s+in)\s+(?:new[- ]energy\s+vehicles|NEVs|electric\s+vehicles|EVs)\b)?)"
    r"|(?P<lithium_iron_phosphate_battery>\blithium[- ]iron[- ]phosphate\s+(?:\([A-Za-z0-9]+\)\s+)?batter(?:y|ies)\b"
    r"|\bLFP\s+batter(?:y|ies)\b)|(?P<ternary_battery>\bternary(?:[\s-]+lithium(?:-ion)?)?\s+batter(?:y|ies)\b)"
    r"|(?P<nev_passenger_car>\b(?:new[- ]energy|NEV|electric)\s+passenger\s+(?:cars?|vehicles?)"
    # ("passenger plug-in car sales", "passenger electrified models", "passenger new energy vehicles")
    r"|\bpassenger\s+N?EVs?\b|\bpassenger\s+(?:electric|electrified|plug-in(?:\s+electric)?|new[- ]energy)\s+"
    r"(?:cars?|vehicles?|models?|EVs?)\b)"  # ("passenger plug-in EVs")
    r"|(?P<bev_passenger_car>\b(?:pure|battery)[- ]electric\s+passenger\s+(?:cars?|vehicles?)"
    r"|\bbattery\s+passenger\s+electric\s+(?:cars?|vehicles?)|\bpassenger\s+BEVs?\b)"  # ("sold 300,114 passenger BEVs")
    r"|(?P<phev_passenger_car>\bpassenger\s+(?:PHEVs?|plug-in\s+hybrids?)\b)"
    r"|(?P<bev>\b(?:pure|purely|fully|battery|battery-powered|all)[- ]electric(?:al(?=\s+(?:vehicles?|cars?)))?"
    r"(?:\s+(?:vehicles?|cars?|automobiles?))?\b"  # ("pure electrical vehicles")
    r"|\bbattery[- ]only\s+(?:vehicles?|cars?|models?|EVs?)\b"
    r"|\bBEVs?\b"
    r"|\bbattery\s+EVs?\b|\bbattery[- ]powered\s+(?:vehicles?|cars?|automobiles?|models?|EVs?\b)\b"
    # "1.01 million EVs and 187,000 PHEVs": EVs beside plug-in hybrids are the pure electric ones
    r"|\bEVs?\b(?=\s+and\s+(?:[\d.,]+\s+(?:million\s+|thousand\s+)?)?PHEVs?\b))"
    # "range-extended electric vehicles (EREVs)", "extended-range EVs", "range extenders"
    r"|(?P<erev>\b(?-i:E?REEVs?|EREVs?)\b|\b(?:range[- ]extend(?:ed|ers?|ing)|extended[- ]range)(?:\s+electric)?"
    r"(?:\s+(?:vehicles?|cars?|EVs?|models?|hybrids?))?\b)"
    r"|(?P<phev>\bPHEVs?\b|\bplug[- ]in\s+hybrids?(?:\s+(?:electric\s+)?(?:vehicles?|cars?|EVs?\b))?)"
    r"|(?P<fcv>\b(?:hydrogen\s+)?fuel[- ]cell(?:\s+electric)?\s+(?:vehicles?|cars?|EVs?\b)|\bFCE?Vs?\b"
    # (not "electric and hydrogen vehicles": kinds listed)
    r"|(?<!\band\s)(?<!\bor\s)(?<!,\s)\bhydrogen(?:[- ]powered|[- ]fuel(?:l?ed)?)?\s+(?:vehicles?|cars?)\b"
    r"|\b(?:installed|equipped|fitted|powered)\s+(?:with|by)\s+(?:hydrogen\s+)?fuel[- ]cells?\b)"
    r"|(?P<nev>\b(?:NEVs?|new[- ]energy(?:\s+vehicles?)?|electric[\s-]+(?:vehicles?|cars?|automobiles?)|EVs?|e-cars?"
    r"|(?:pure[- ])?electric(?=[\s-]+bus(?:es)?\b)"
    r"|(?:green|clean)(?:\s+energy)?\s+(?:vehicles?|cars?)|plug-in(?:\s+electric)?\s+(?:vehicles?|cars?)"
    r"|alternative(?:[- ]energy)?\s+(?:vehicles?|cars?))\b)"
    r"|(?P<new_three>\bnew\s+[\"\u201c]?three\b)"
    r"|(?P<vehicle_and_auto_parts>\b(?:autos?|automobiles?|vehicles?|cars?)\s+and\s+(?:auto\s+)?parts\b)"
    r"|(?P<auto_parts>\bauto(?:mobile|motive)?\s+parts\b)"
    r"|(?P<lithium_battery>\blithium(?:-ion)?\s+batter(?:y|ies)\b)"
    r"|(?P<solar_cell>\bsolar\s+(?:cells?|batter(?:y|ies)|panels?|modules?)\b)"
    r"|(?P<light_commercial_vehicle>\blight\s+commercial\s+vehicles?\b|\bLCVs?\b)"
    r"|(?P<passenger_car>\bpassenger[\s-]+(?:cars?|vehicles?|units|autos?)\b"  # "total passenger-car sales"
    # "the PV (passenger vehicle) segment", "PVs accounted for 90%" (not solar PV)
    r"|(?<!solar\s)(?-i:\bPVs?\b)(?!\s+(?:panels?|modules?|cells?|power|plants?|installations?|capacity)\b))"
    r"|(?P<commercial_vehicle>\b(?:commercial|business)\s+(?:vehicles?|cars?|autos?)\b|(?-i:\bCVs?\b))"
    r"|(?P<light_vehicle>\blight\s+vehicles?\b|(?-i:\bLVs?\b))"
    # "gasoline-powered cars", "traditional fuel-powered vehicles", "internal combustion engine cars"
    # (not "methanol fuel", "alternative fuel" or "clean fuel" vehicles)
    r"|(?P<gasoline_powered_vehicle>(?<![\w-])(?<!methanol\s)(?<!alternative\s)(?<!hydrogen\s)(?<!clean\s)"
    r"(?<!ethanol\s)(?<!new\s)(?:(?:traditional|conventional)\s+)?(?:gasoline|petrol|fuel|oil-fuell?ed)"
    r"(?:[- ](?:powered|run|driven))?\s+(?:vehicles?|cars?|models?)\b"  # ("fuel-run vehicles")
    r"|\binternal[- ]combustion(?:[- ]engines?)?(?:\s+\(ICEs?\))?\s+(?:vehicles?|cars?)\b"
    # ("trucks powered by an internal combustion engine")
    r"|\b(?:vehicles?|cars?)\s+(?:with|powered\s+by)\s+(?:an\s+)?internal[- ]combustion\s+engines?\b"
    r"|\bICE\s+(?:vehicles?|cars?)\b)"
    r"|(?P<used_nev>\b(?:used|second[- ]hand)\s+(?:NEVs?|new[- ]energy\s+(?:vehicles?|cars?)|EVs?|electric\s+(?:cars?"
    r"|vehicles?))\b)"
    r"|(?P<used_vehicle>\bused[- ](?:cars?|vehicles?|autos?|automobiles?)\b|\bsecond[- ]hand\s+(?:cars?|vehicles?)\b)"
    # "China's bus exports", "90 new energy buses" (not a bus stop, lane or route)
    r"|(?P<bus>\b(?:e-)?bus(?:es)?\b(?!\s+(?:stops?|lanes?|routes?|stations?|terminals?|shelters?)\b))"
    r"|(?P<vehicle>\b(?:vehicles?|cars?|automobiles?|autos?|auto\s+industry|automotive)\b)"
    # body types: "8,321 sedans, 11,934 SUVs and 913 MPVs"
    r"|(?P<sedan>\bsedans?\b(?!\s+brand))|(?P<suv>\bSUVs?\b|\bsports?[\s-]+utility\s+vehicles?\b)"
    r"|(?P<mpv>\bMPVs?\b|\bmulti-purpose\s+vehicles?\b)|(?P<pickup_truck>\bpick-?up\s+trucks?\b|\bpick-?ups\b(?!\s+in\b))"
    r"|(?P<heavy_truck>\bheavy(?:[- ]duty)?\s+trucks?\b)|(?P<medium_truck>\bmedium(?:[- ]duty)?\s+trucks?\b)"
    r"|(?P<light_truck>\blight(?:[- ]duty)?\s+trucks?\b)"
    # "6,000 buses and 40,000 trucks", "truck sales" (not "its truck subsidiary")
    r"|(?P<truck>\btrucks\b|\btruck(?=\s+(?:sales|exports|output|production|deliveries|market)\b))"
    # "the output value of industrial enterprises above designated size": all industry, when no vehicle is named
    # ("industrial added value of the industry": that industry's, not all industry's)
    r"|(?P<industrial>\bindustrial\s+(?:output|enterprises|firms|production|added\s+value)\b"
    r"(?!\s+of\s+(?:the|this|its)\s+(?:sector|industry)))"
)
# Kinds of vehicle, most specific first; other goods ("auto parts", "lithium-ion batteries") count when no
# vehicle is named, the first named first.
VEHICLE_KINDS = ("bev_passenger_car", "phev_passenger_car", "bev", "used_nev", "nev", "phev", "erev", "fcv",
                 "passenger_car", "light_commercial_vehicle", "commercial_vehicle", "bus", "gasoline_powered_vehicle",
                 "used_vehicle", "light_vehicle", "vehicle")
# The name of an organisation says nothing of what a figure counts: "China Association of Automobile
# Manufacturers", "China Passenger Car Association", "the Ministry of Commerce".
_ORGANISATION = re.compile(
    r"\b(?:[A-Z][\w&'-]*\s+){0,5}(?:Association|Federation|Council|Commission|Bureau|Administration|Ministry"
    r"|Institute|Exchange|Customs)\b(?:\s+(?:of|for|on)(?:\s+(?:the\s+)?[A-Z][\w&'-]*)+)?")
# "Sales of Northvale-made vehicles, including exports, slipped": what the measure counts in, not the measure
_COUNTED_IN = re.compile(r"(?i)\b(?:including|excluding|not\s+including|plus)\s+(?:exports|imports)\b")
# "the wholesale count of passenger cars and commercial vehicles": every vehicle, neither kind alone
_BOTH_CLASSES = re.compile(r"(?i)\bpassenger\s+(?:cars?|vehicles?)\s+and\s+commercial\s+vehicles?\b")
# What a number continues rather than names: "Among them, NEVs ...", "Of the total, passenger car sales ...".
CONTINUES = re.compile(r"(?i)\b(?:among\s+them|of\s+the\s+total|of\s+them|of\s+which|those)\b")
# A share of a whole: "accounted for 46.8 percent", "made up 38 percent", "penetration rate reached 52.3 percent".
SHARE_BEFORE = re.compile(
    r"(?i)(?:\baccount(?:ed|ing|s)?\s+for|\bma(?:de|ke|kes|king)\s+up|\btook(?:\s+up)?|\btaking(?:\s+up)?|\btakes?\s+up"
    r"|\brepresent\w*|\bconstitut\w+"
    r"|\bcontribut(?:ed|ing|es)|\bcaptur(?:ed|ing|es)"
    r"|\b(?:penetration(?:\s+rate)?(?:,?\s+[\w'()-]+){0,20}|share(?:\s+(?:[\w'-]+|\([\w\s-]{1,40}\))){0,13}"
    r"|proportion(?:,?\s+[\w'-]+){0,13}|(?<=NEV\s)rates?(?:\s+[\w'-]+){0,6})"  # ("its NEV rate hit 41 percent")
    r"(?:\s+[\d.]+\s+percentage\s+points?(?:\s+[\w'-]+){0,4})?|\bof\s+which)"  # ("rose 2.1 percentage points to")
    r"\s+(?:about|around|nearly|over|more\s+than|an\s+estimated|some|almost|roughly|(?:a\s+)?mere|only|just)?\s*$"
)
# ("took over half \u2014 52.3 per cent \u2014 of all car sales": the share set off by dashes)
SHARE_AFTER = re.compile(r"(?i)(?:\s*[\u2013\u2014])?\s+of\s+(?:all|total|the|them|its|their|new)\b"
                         # "at a record 6.2% market share", "marketshare"
                         r"|\s+(?:market\s*|retail\s+(?:market\s+)?|sales\s+|global\s+|world\s+)share\b"
                         # "a 12 percent share of China's NEV market" (not "of its revenue")
                         r"|\s+share\s+(?:of|in)\s+(?!(?:its|the\s+company['\u2019]s)\s)"
                         r"|\s+of\s+(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['\u2019]s\s"  # "of China's NEV sales"
                         r"|\s+share\s*\)"  # "power battery shipments were 9.1 GWh (58% share)"
                         r"|\s+share(?=\s*[,;]\s*(?:down|up)\b)"  # "held a 3.9% share, down 0.6 points"
                         # "reaching 41% of annual sales" (the year's sales, not a growth)
                         r"|\s+of\s+(?:annual|yearly|monthly|quarterly|overall)\s+(?:[\w-]+\s+)?"
                         r"(?:sales|deliveries|registrations|exports|output|production)\b")
OF_WHOLE = re.compile(r"(?i)\s+of\s+(?P<whole>[^,.;:()]{0,60})")
PENETRATION = re.compile(r"(?i)\bpenetration\b")
_GROWTH = re.compile(
    r"(?i)\byear[- ](?:on|over|to)[- ]year\b|\by-o-y\b|\b(?:a|one)\s+year\s+(?:earlier|ago|before)\b"
    r"|\b(?:more|less|higher|lower)\s+than\b|\bincrease\b|\bdecrease\b|\bgrowth\b|\bdecline\b|\bgr[eo]w\b"
)
MONTH_BASE = re.compile(
    rf"(?i)^\s*(?:(?:last|this|the\s+previous)\s+month\s+)?"  # "slid 18 percent last month from April"
    rf"(?:in\s+(?-i:{MONTH})\s+(?=from|compared|than))?"  # ("dropped 35% in May compared with the prior month")
    rf"(?:(?:year[- ]on[- ]year|from\s+a\s+year\s+earlier)\s+(?:and|but)\s+[^,.;\d]*?)?"
    # "a 20% fall from June sales"
    rf"(?:(?:drop|fall|decline|decrease|slump|slide|dip|plunge|rise|increase|jump|gain|growth|surge|climb)\s+)?"
    # ("56% M/M", "9 per cent lower month on month")
    rf"(?:(?:(?:higher|lower|more|less|up|down)\s+)?month[- ](?:on|over|to)[- ]month|on\s+a\s+monthly\s+basis"
    rf"|(?-i:M/M|m/m|MoM|MOM|mom)\b|m-o-m\b"
    # "a 30% monthly decline", "an 8.7% monthly boost"
    rf"|monthly\s+(?:drop|fall|decline|decrease|slump|slide|dip|rise|increase|gain|growth|boost|jump|surge|leap)\b"
    rf"|(?:from|than|compared\s+(?:with|to))\s+a\s+month\s+(?:ago|earlier|before)\b"  # "compared with a month ago"
    rf"|(?:(?:more|less|higher|lower)\s+)?(?:from|than)\s+(?:that\s+of\s+)?"
    rf"(?:the\s+previous|a|last|the\s+prior)"
    rf"\s+month"
    # "6.4 percent above the month before", "3% below the previous month", "more than the same period last month"
    rf"|(?:above|below|(?:more|less|higher|lower)\s+than|from|over|compared\s+(?:with|to))\s+"
    rf"(?:the\s+(?:month\s+before|previous\s+month|prior\s+month|preceding\s+month)"
    rf"|the\s+same\s+period\s+(?:of\s+|in\s+)?(?:last|the\s+previous)\s+month)\b"
    rf"|(?:(?:more|less|higher|lower)\s+)?(?:from|than(?:\s+in)?|over|below|above|compared\s+(?:with|to))\s+"
    rf"(?-i:{MONTH})"  # ("1.12 percentage points below March's share")
    rf"(?!\s+(?:of\s+)?(?:last|a|the\s+previous)\s+year|\s+(?:19|20)\d\d)"  # "from April last year": a year earlier
    rf"|(?:surge|rise|increase|jump|drop|fall|decline|decrease|gain)\s+(?:compared\s+(?:with|to)|from|over)\s+(?-i:{MONTH})"
    rf"(?!\s+(?:last|a)\s+year|\s+(?:19|20)\d\d)"  # "a 17% surge compared to February"
    rf"|from\s+[\d.,]+(?:\s+(?:million|thousand|billion))?(?:\s+[\w.]+){{0,2}}\s+in\s+(?-i:{MONTH}))"
)
YEAR_BASE = re.compile(
    rf"(?i)^\s*(?:(?:increase|surge|rise|jump|growth|gain|drop|decline|fall|decrease|up|down)\s+)?"  # "a 70 percent
    rf"(?:over|from|than(?:\s+in)?|compared\s+(?:with|to))\s+(?:the\s+same\s+period\s+(?:of|in)\s+)?"  # surge from
    rf"(?P<year>{YEAR})"
)
VEHICLE_NOUNS = frozenset(
    "units vehicles cars nevs evs bevs phevs fcvs fcevs hybrids automobiles autos buses trucks suvs sedans mpvs e_cars"
    .split())
STOP_WORDS = frozenset(
    "and or of for from in into at to by with on than per the a an its their that which who were was are is has"
    " have had taking took take showing from this last next across through during under over about among including"
    " within between belonging set as worldwide nationwide globally will would could might can should must"
    " after before since until while despite amid versus vs"
    # verbs that tell what a figure comes to: "The 44.6 GWh corresponds to a rise of 68 per cent"
    " corresponds represents equals amounts".split()
)


@dataclass(frozen=True)
class Read:
    what: str = ""
    measure: str = ""


def share_phrases(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end())
            for m in re.finditer(r"(?i)percent\s+of\s+[^,.;:()]*", text[start:end])]


def masked_shares(text: str, start: int, end: int, mention: Mention) -> list[tuple[int, int]]:
    """The share phrases of a region ("percent of all vehicle exports") that are not the mention's own."""
    return [(a, b) for a, b in share_phrases(text, start, end) if not (a - 2 <= mention.end <= b
                                                                         or a <= mention.start < b)]


# "electric car maker Leapmotor": a description of the company, not what its figures count.
MAKER = re.compile(r"(?i)\b(?:(?:battery|pure|all)[- ])?(?:electric[\s-]+(?:car|vehicle)|EV|NEV"
                    r"|new[- ]energy\s+vehicle|passenger\s+(?:car|vehicle)|commercial\s+vehicle|car|auto)\s+"
                    r"(?:\([A-Z]+\)\s+)?(?:makers?|manufacturers?|start-?ups?|company|companies|brand|giants?"
                    # "the electric vehicle leader Zeta", "the EV titan": the company, by what it makes
                    r"|leaders?|titans?|champions?|pioneers?|heavyweights?|powerhouses?|behemoths?|producers?"
                    r"|automakers?|carmakers?)\b")
# A company described by what it makes ("Zeta's car joint venture", "its NEV arm"): in a sentence before a
# figure, the description names no kind for it
COMPANY_DESCRIBED = re.compile(r"(?i)\b(?:passenger\s+(?:car|vehicle)|commercial\s+vehicle|NEV|EV|car|auto)\s+"
                               r"(?:joint\s+venture|unit(?!\s+(?:sales|shipments|deliveries|exports|output))|arm"
                               r"|subsidiary)\b")

# "in the world's largest car market", "China, the biggest auto market in the world,": an epithet for a place,
# which says where, not what is counted ("the world's largest NEV market" does say what).
# "as rivalry in China's electric car market heats up": where rivals meet, no kind of what is counted
_ARENA = re.compile(r"(?i)\b(?:competition|rivalry|price\s+wars?|players?|rivals|competitors)\s+(?:in|on)\s+"
                    r"(?:the\s+|[A-Z]\w+['\u2019]s\s+)?(?:[\w-]+\s+){0,3}?(?:market|sector|industry)\b")
_MARKET_EPITHET = re.compile(r"(?i)\b(?:the\s+)?(?:(?:world|globe|country|nation)['\u2019]s\s+|global\s+)?"
                             r"(?:(?:second|third)[- ])?(?:largest|biggest|leading|top|fastest[- ]growing)\s+"
                             r"(?:(?:single|passenger)\s+)?(?:auto|car|vehicle|automobile|automotive)\s+markets?\b"
                             r"(?:\s+(?:in|of)\s+the\s+world\b)?")


# Kinds listed only to say what a kind includes: "NEVs, including all-electrics and plug-in hybrids," names NEVs.
# (a list of them too: "new energy buses, including all-electric, range-extended and fuel cell models, rose ...")
# (or spelt out in brackets: "New-energy car sales (NEVs: BEVs, PHEVs, FCEVs) rose 22.2%")
_INCLUDES = re.compile(r"(?i)(?:,|\(|\u2014)\s*(?:including|which\s+include[sd]?|such\s+as|i\.e\."
                       r"|(?<=\()(?-i:N?EVs):)\s+"
                       r"(?:(?:[^,.;()\d]{2,40},\s+){1,4}(?:(?:and|or)\s+[^,.;()\d]{2,40}?"
                       r"|[^,.;()\d]{2,40}?\s(?:and|or)\s+[^,.;()\d]{2,40}?|[^,.;()\d]{2,40}?(?=\)))|[^,.;()]{3,60}?)"
                       # (a comma that ends them, not one inside a number: "to 48,500 units")
                       r"(?:,(?!\d{3})|\)|\u2014|(?=\s+(?:rose|grew|increased|jumped|fell|were|was|reached|totaled|totalled"
                       r"|hit)\b))")
POWERS = ("nev", "bev", "phev", "erev", "fcv")
# "pure electric and hybrid electric cars", "electric and plug-in hybrid cars", "pure EVs, plug-in hybrids",
# "electric and gasoline-electric hybrids": NEVs, all kinds together
_HYBRID_KIND = r"(?:plug-in\s+|(?:gasoline|petrol)[- ]electric\s+)?"
_PURE_AND_HYBRID = re.compile(rf"(?i)\b(?:(?:pure|all)[- ])?electric\s+and\s+{_HYBRID_KIND}hybrid(?:\s+electric)?\s+"
                              r"(?P<passenger>passenger\s+)?(?:vehicles|cars)\b"
                              r"|\bpure\s+EVs?,?\s+(?:and\s+)?plug-in\s+hybrids?\b"
                              rf"|\belectric\s+and\s+{_HYBRID_KIND}hybrids\b")
_FUEL = (r"(?:petrol|gasoline|fuel(?![- ]cells?)|combustion[- ]engine)(?:[- ](?:based|powered|driven))?"
         r"(?:\s+(?:cars|vehicles|models))?")
_ELECTRIC = r"(?:EVs|NEVs|electric(?:\s+(?:cars|vehicles|models))?|new[- ]energy(?:\s+(?:cars|vehicles|models))?)"
_FUEL_AND_ELECTRIC = re.compile(rf"(?i)\b(?:both\s+)?(?:{_FUEL}\s+(?:and|or)\s+{_ELECTRIC}|{_ELECTRIC}\s+(?:and|or)\s+"
                                rf"{_FUEL})\b")
CLASSES = ("passenger_car", "commercial_vehicle", "bus", "heavy_truck", "medium_truck", "light_truck", "truck")
_BODY = r"(?:SUVs|sedans|MPVs|mini[- ]?vans|crossovers)"
# ("SUVs and sedans sold 900,000 and 800,000 units", "... respectively": each its own number)
_EACH_ITS_NUMBER = re.compile(r"(?i)\brespectively\b|\d[\d,.]*(?:\s+(?:million|thousand))?(?:\s+units)?\s+and\s+\d")
_PASSENGER_BODIES = re.compile(rf"(?i)\b{_BODY}(?:,\s+{_BODY})*,?\s+and\s+{_BODY}\b")


def _composed(matches: list[re.Match[str]], text: str) -> str:
    """A kind of power and a class named together: "plug-in hybrid passenger cars" -> phev_passenger_car, "pure
    electric and plug-in hybrid commercial vehicles" -> nev_commercial_vehicle; "" when none is."""
    for first, second in zip(matches, matches[1:], strict=False):
        if (first.lastgroup in POWERS and second.lastgroup in CLASSES
                and not text[first.end() : second.start()].strip()):
            powers = [m.lastgroup for m in matches[: matches.index(first) + 1] if m.lastgroup in POWERS]
            power = "nev" if {"bev", "phev"} <= set(powers[-2:]) else first.lastgroup
            return "" if power == "bev" and second.lastgroup == "passenger_car" else f"{power}_{second.lastgroup}"
    return ""


def includes_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where kinds are listed only as what a kind named just before includes."""
    return [(m.start(), m.end()) for m in _INCLUDES.finditer(text, max(0, start - 80), end)
            if m.end() > start and _WHAT_RE.search(text, max(0, m.start() - 40), m.start())]


_ABBREVIATION = re.compile(r"\s*\([A-Za-z0-9-]{2,8}\)")


def name_end(text: str, start: int, end: int, limit: int) -> int:
    """`end`, or later, up to `limit`, when a kind's name starts before `end` and runs past it: a window cut at
    "64,000 new energy passenger veh" still reads "new energy passenger vehicles"."""
    for match in _WHAT_RE.finditer(text, start, limit):
        if match.start() < end < match.end() and not any(
                word.lower() in STOP_WORDS for word in re.findall(r"[\w-]+", text[start : match.start()])):
            return match.end()  # (the name right after the number: not "2.8 million cars as a Chinese EV maker")
    return end


# "Such cars sold over 900,000 units": the kind named before, not all vehicles
_SUCH_VEHICLES = re.compile(r"\b(?:[Ss]uch|[Tt]hese|[Tt]hose)\s+(?:vehicles?|cars?|autos?)\b")


def what_in(text: str, start: int, end: int, masked: Sequence[tuple[int, int]] = ()) -> str:
    masked = [*masked, *((m.start(), m.end()) for pattern in (MAKER, _ORGANISATION, _MARKET_EPITHET, _BOTH_CLASSES,
                                                               _ARENA, _SUCH_VEHICLES)
                         for m in pattern.finditer(text, start, end)), *includes_spans(text, start, end)]
    matches = [m for m in _WHAT_RE.finditer(text, start, end) if not any(a <= m.start() < b for a, b in masked)]
    # "cells made for electric vehicles (EVs)": an abbreviation in brackets restates the name before it
    restated = [(b.start(), b.end()) for m in matches if (b := _ABBREVIATION.match(text, m.end()))]
    matches = [m for m in matches if not any(a <= m.start() < e for a, e in restated)]
    named = [m.lastgroup or "" for m in matches]
    found = set(named)
    both = _PURE_AND_HYBRID.search(text, start, end)
    if both:  # "pure electric and hybrid electric cars": NEVs ("... hybrid passenger vehicles": NEV passenger cars)
        return "nev_passenger_car" if both["passenger"] else "nev"
    if _FUEL_AND_ELECTRIC.search(text, start, end):
        return "vehicle"  # "sales of all cars, petrol-based and EVs both", "petrol and electric cars": all of them
    bodies = _PASSENGER_BODIES.search(text, start, end)
    if bodies and not _EACH_ITS_NUMBER.search(text, start, end):
        # "sales of SUVs, sedans and minivans rose to 1.7 million": passenger cars, together (of a power a word before
        # them names: "new energy SUVs and sedans" -> nev_passenger_car)
        power = next((m.lastgroup for m in _WHAT_RE.finditer(text, max(start, bodies.start() - 25), bodies.start())
                      if m.lastgroup in POWERS and m.end() >= bodies.start() - 1), "") or (
            "nev" if re.search(r"(?i)\belectric\s+\Z", text[max(start, bodies.start() - 10) : bodies.start()]) else "")
        return f"{power}_passenger_car" if power else "passenger_car"
    composed = _composed(matches, text)
    if composed and "nev_passenger_car" not in found:
        return composed
    if "new_three" in found or ({"lithium_battery", "solar_cell"} <= found and any(
            name.split("_")[0] in ("nev", "bev") for name in found)):  # (or "electric passenger vehicles")
        return "new_three"  # electric vehicles, lithium-ion batteries and solar cells: the "new three"
    if "nev_passenger_car" in found or ("nev" in found and "passenger_car" in found):
        return "nev_passenger_car"
    if {"bev", "phev"} <= found:  # "pure electric and plug-in hybrid vehicles": NEVs
        return "nev"
    if "passenger_car" in found and found & {"pickup_truck", "commercial_vehicle"}:
        return "vehicle"  # "64,000 passenger cars and pickup trucks": all its vehicles
    bodies_named = found & {"sedan", "suv", "mpv", "pickup_truck"}
    if len(bodies_named) == 1 and found - bodies_named <= {"vehicle"}:
        return bodies_named.pop()  # "SUVs did best of all car segments, 40,100 of them sold": SUVs
    for kind in VEHICLE_KINDS:
        if kind in found:
            return kind
    return named[0] if named else ""


_SPACE, _JOINED = re.compile(r"\s*"), re.compile(r"\s+(?:and|or)\s+")


def other_measures_whats(text: str, start: int, end: int, measure: str) -> list[tuple[int, int]]:
    """The kinds that name another measure than the clause's own: in "with NEV sales rising 20 percent and exports
    increasing 12 percent", "NEV" says what the sales count, not the exports."""
    spans = []
    for match in _WHAT_RE.finditer(text, start, end):
        gap = _SPACE.match(text, match.end())
        after = _MEASURE_RE.match(text, gap.end()) if gap else None
        joined = _JOINED.match(text, after.end()) if after else None
        also = _MEASURE_RE.match(text, joined.end()) if joined else None
        if after and after.lastgroup != measure and after.lastgroup in SERIES and not (
                also and also.lastgroup == measure):  # "NEV output and sales": the kind of both
            spans.append((match.start(), match.end()))
    return spans


# "shipments—kits for assembly overseas included, cars made in plants abroad left out—came to": an aside of
# three words or more, with no number, says what is counted, not the measure
_ASIDE = re.compile(r"\((?=(?:[^()\s]+\s+){2})[^()\d]{3,150}\)|[\u2014\u2013](?=(?:[^\u2014\u2013\s]+\s+){2})"
                    r"[^\u2014\u2013\d.;]{3,150}[\u2014\u2013]")


# "Its May volumes, which also cover shipments abroad, slipped": what a measure takes in, said in passing
_TAKES_IN = re.compile(r"(?i),\s+(?:which|that)\s+(?:also\s+)?(?:include[sd]?|cover(?:s|ed)?)\s+[^,.;()\d]{2,40},")


def measures_in(text: str, start: int, end: int, masked: Sequence[tuple[int, int]] = ()) -> list[re.Match[str]]:
    masked = [*masked, *((m.start(), m.end()) for pattern in (_ORGANISATION, _COUNTED_IN)
                         for m in pattern.finditer(text, start, end)),
              # (an aside that opens before the span: a clause may begin inside it)
              *((m.start(), m.end()) for pattern in (_ASIDE, _TAKES_IN)
                for m in pattern.finditer(text, max(0, start - 160), min(len(text), end + 160)))]
    return [m for m in _MEASURE_RE.finditer(text, start, end) if not any(a <= m.start() < b for a, b in masked)]


def whats_in(text: str, start: int, end: int) -> list[str]:
    """Every kind of thing counted that text[start:end] names, in order, each once ("nev", "passenger_car")."""
    return list(dict.fromkeys(m.lastgroup for m in _WHAT_RE.finditer(text, start, end) if m.lastgroup))


def distance(match: re.Match[str], mention: Mention) -> int:
    return max(match.start() - mention.end, mention.start - match.end(), 0)


# "for the 12th consecutive year": an ordinal is not a number of the pair
_NUMBER = re.compile(r"(?<![\d,.])\d(?:[\d,.]*\d)?(?!\d|(?:st|nd|rd|th)\b)(?:\s+(?:million|billion|thousand))?"
                     r"(?:\s*(?:percent|%))?")


def is_year_number(number: str) -> bool:
    """Whether a number a pattern found is a year ("in 2018," says when, not how many)."""
    return bool(re.fullmatch(r"(?:19|20)\d\d", number.rstrip(",.")))


def paired_measure(text: str, mention: Mention, spans: Spans) -> str:
    """"output and sales hit 2.68 million units and 2.69 million units, up 4 percent and 9.9 percent": the n-th
    number of a kind takes the n-th measure of the pair its sentence names."""
    sentence = text[spans.sentence[0] : spans.sentence[1]]
    pair = re.search(r"(?i)\b(output|production|sales|exports?|imports?)\s+and\s+(output|production|sales|exports?"
                     r"|imports?)\b(?!\s+(?:port|hub|terminal|base|trade|compan\w+|routes?))", sentence)
    if not pair:
        return _verb_pair(text, mention, spans)
    if {pair.group(1).lower().rstrip("s"), pair.group(2).lower().rstrip("s")} == {"export", "import"} and not re.search(
            r"(?i)\brespectively\b", sentence):
        return ""  # "the province's imports and exports totaled 288 billion yuan": its trade, one figure
    after = spans.sentence[0] + pair.end()
    if mention.start < after:
        return ""
    kind = "growth" if mention.unit in ("percent", "times") else "level"
    # "...; and such figures for PHEVs were 10,087 units and 10,891 units": each part after a semicolon pairs
    # its own numbers with the measures named before
    # ("..., rising 17 percent and 19 percent, while NEVs made up 52 percent of all sales": the clause after "while"
    # is another's)
    breaks = re.finditer(r";|,\s+(?:while|whereas)\b", text[after : spans.sentence[1]])
    cuts = [after, *(after + m.end() for m in breaks), spans.sentence[1]]
    start = max(c for c in cuts[:-1] if c <= mention.start)
    end = min(c for c in cuts[1:] if c > mention.start)
    numbers = [m for m in _NUMBER.finditer(text[start:end]) if not is_year_number(m.group())
               and not _YEARS_RUN.match(text, start + m.end())]  # ("... for 10 straight years": no figure of the pair)
    same = [start + m.start() for m in numbers
            if ("growth" if re.search(r"percent|%|times", text[start + m.start() : start + m.end() + 7])
                else "level") == kind]
    prior = [start + m.end() for m in numbers if start + m.end() <= mention.start]
    if start > after and measures_in(text, prior[-1] if prior else start, mention.start):
        return ""  # "..., while NEV sales climbed 21.4% and production rose 17%": each number names its own
    both = re.search(r"(?i)\bboth\s+$", sentence[: pair.start()])
    if not [at for at in same if at != mention.start] and end == spans.sentence[1] and start == after:
        word = pair.group(1).lower()  # "output and sales will decrease by around four percent": one number for
        return _PAIR_WORDS.get(word, word)  # the pair, read as its first measure
    if both and kind == "level" and same[:1] == [mention.start]:
        word = pair.group(1).lower()  # "with both output and sales above 28 million units": the first
        return _PAIR_WORDS.get(word, word)
    if len(same) < 2 or len(same) % 2 or mention.start not in same:
        return ""
    # "down 21.8 percent and 14.2 percent year on year, while down 33.3 percent and 19.0 percent month on
    # month": each pair of numbers follows the pair of measures
    word = pair.group(1 + same.index(mention.start) % 2).lower()
    return _PAIR_WORDS.get(word, word)


# ("... for 10 straight years", "than over the first 11 months": a span counted, no figure of the pair)
_YEARS_RUN = re.compile(r"(?i)\s+(?:(?:straight|consecutive|successive)\s+)?years\b(?!\s+(?:earlier|ago|before))"
                        r"|\s+(?:months|quarters|weeks)\b(?!\s+(?:earlier|ago|before))")
_PAIR_WORDS = {"output": "production", "export": "exports", "import": "imports"}


_MEASURE_VERB = re.compile(r"(?i)\b(produced|made|manufactured|sold|exported|delivered)\b")
_VERB_MEASURE = {"produced": "production", "made": "production", "manufactured": "production", "sold": "sales",
                 "exported": "exports", "delivered": "deliveries"}


def _verb_pair(text: str, mention: Mention, spans: Spans) -> str:
    """"makers produced 167,000 NEVs and sold 160,000 units, increasing 69.7% and 104.5% respectively": the
    n-th growth after two levels told by their verbs (or, failing verbs, their measures' names) is the n-th's."""
    start, end = spans.sentence
    if mention.unit in ("count", "vehicles"):
        return _verbs_then_levels(text, mention, spans)
    if mention.unit not in ("percent", "times"):
        return ""
    growths = [start + m.start()
               for m in re.finditer(r"(?<![\d.,])\d[\d.]*\s*(?:percent|per\s+cent|%)", text[start:end])]
    if len(growths) != 2 or mention.start not in growths:
        return ""
    if not re.search(r"(?i)\brespectively\b", text[start:end]):
        return ""
    verbs = [_VERB_MEASURE[m.group(1).lower()] for m in _MEASURE_VERB.finditer(text, start, growths[0])]
    if len(verbs) != 2 or verbs[0] == verbs[1]:
        # "NEV production came to 2.1 million units, while sales reached 2.05 million units, marking growth of
        # 21.4 percent and 19.8 percent, respectively": the measures the sentence names before them, in order
        verbs = list(dict.fromkeys(m.lastgroup or "" for m in measures_in(text, start, growths[0])))
    if len(verbs) != 2 or verbs[0] == verbs[1]:
        return ""
    return verbs[growths.index(mention.start)]


def _verbs_then_levels(text: str, mention: Mention, spans: Spans) -> str:
    """"China produced and sold 21.5 million and 21.7 million vehicles, respectively": the n-th level after two
    verbs is the n-th verb's."""
    start, end = spans.sentence
    if not re.search(r"(?i)\brespectively\b", text[start:end]):
        return ""
    levels = [start + m.start() for m in _NUMBER.finditer(text[start:end])
              if not is_year_number(m.group()) and not re.search(r"percent|%", m.group())]
    if len(levels) != 2 or mention.start not in levels:
        return ""
    verbs = re.search(r"(?i)\b(produced|made|manufactured|sold|exported|delivered)\s+and\s+(produced|made"
                      r"|manufactured|sold|exported|delivered)\s+(?:a\s+total\s+of\s+|about\s+|some\s+)?$",
                      text[start : levels[0]])
    if not verbs or verbs.group(1).lower() == verbs.group(2).lower():
        return ""
    return _VERB_MEASURE[verbs.group(1 + levels.index(mention.start)).lower()]


_ELECTRIC_AND_HYBRID = re.compile(r"(?i)\belectric\s+and\s+plug-in\s+hybrid\b")
# Buses by size, as bus makers report them: "large-, medium- and light buses", "large, medium and small buses"
_BUS_SIZES = re.compile(r"(?i)\b(?P<sizes>(?:(?:large|medium|light|small|mini)(?:-sized)?-?"
                        r"(?:,\s*|\s+and\s+|,\s+and\s+)){1,3}(?:large|medium|light|small|mini)(?:-sized)?)[- ]"
                        r"(?:buses|coaches)\b")


def paired_what(text: str, mention: Mention, spans: Spans) -> str:
    """"Exports of lithium-ion batteries and solar cells grew 40 percent and 12 percent ... to 20 billion
    yuan and 9 billion yuan, respectively": the n-th number of a kind counts the n-th of the goods listed
    before the first number."""
    start, end = spans.sentence
    # "The former consisted of 402,000 EVs ..., while the latter consisted of 390,000 EVs ...": each half alone
    cuts = [m.end() for m in re.finditer(r"(?i)\b(?:while|whereas)\b", text[start:end])]
    start = start + max([c for c in cuts if start + c <= mention.start], default=0)
    end = min([spans.sentence[0] + c for c in cuts if spans.sentence[0] + c > mention.end], default=end)
    if not re.search(r"(?i)\brespectively\b", text[start:end]):
        return ""
    numbers = [m for m in _NUMBER.finditer(text[start:end]) if not is_year_number(m.group())]
    if not numbers:
        return ""
    first = start + numbers[0].start()
    kind = "percent" if mention.unit == "percent" else "level"
    same = [start + m.start() for m in numbers
            if ("percent" if re.search(r"percent|%", m.group()) else "level") == kind]
    sizes = _BUS_SIZES.search(text, start, first)
    if sizes:  # "sales of large-, medium- and light buses stood at 812 units, 655 units and 341 units respectively"
        listed = [f"{size.lower()}_bus" for size in re.findall(r"(?i)\b(large|medium|light|small|mini)\b",
                                                               sizes["sizes"])]
        return listed[same.index(mention.start)] if len(same) == len(listed) and mention.start in same else ""
    listed = [m.lastgroup or "" for m in _WHAT_RE.finditer(text, start, first)
              if not any(a <= m.start() < b for a, b in ((o.start(), o.end())
                                                          for pattern in (_ORGANISATION, _MARKET_EPITHET)
                                                          for o in pattern.finditer(text, start, first)))
              and text.rfind("(", start, m.start()) <= text.rfind(")", start, m.start())]  # not "(SUVs)"
    if "bev" not in listed and _ELECTRIC_AND_HYBRID.search(text, start, first):
        # "Sales of electric and plug-in hybrid cars reached 520,000 and 330,000, respectively": electric beside
        # plug-in hybrid is pure electric, each number its own kind
        at = listed.index("phev") if "phev" in listed else len(listed)
        listed = [*listed[:at], "bev", *listed[at:]]
    kinds = list(dict.fromkeys(listed))
    if len(kinds) > 2 and kinds[-1] in CLASSES and all(k in POWERS for k in kinds[:-1]):
        # "pure electric and plug-in hybrid commercial vehicles ... 500 percent and 61 percent, respectively"
        listed = kinds = [f"{k}_{kinds[-1]}" for k in kinds[:-1]]
    if not listed and kind == "percent":
        # "The output consisted of 141,000 EVs and 26,000 PHEVs, growing 72.4% and 56.7% respectively": the
        # kinds the levels name; EVs listed beside plug-in hybrids are the pure electric ones
        levels = [start + m.end() for m in numbers if not re.search(r"percent|%", m.group())]
        named = [_WHAT_RE.match(text, at + len(text[at : at + 8]) - len(text[at : at + 8].lstrip())) for at in levels]
        kinds = [(m.lastgroup or "") for m in named if m]
        if "phev" in kinds:
            kinds = ["bev" if k == "nev" else k for k in kinds]
        if len(named) != len(kinds) or len(set(kinds)) != len(kinds):
            return ""
        listed = kinds
    if not listed and kind == "level":
        return listed_after(text, mention, spans)
    if len(kinds) < 2 or len(kinds) != len(listed):
        return ""
    if len(same) != len(kinds) or mention.start not in same:
        return ""
    return kinds[same.index(mention.start)]


# "sold 31,200, 48,900 and 2,150 sedans, SUVs and MPVs, respectively": a list of numbers, then what each counts
_NUMBER_LIST = re.compile(r"(?i)(?:\d[\d,.]*(?:\s+(?:million|thousand))?(?:,\s*|\s+and\s+|,\s+and\s+)){1,5}"
                          r"\d[\d,.]*(?:\s+(?:million|thousand))?(?P<items>(?:\s+[\w-]+){1,3}(?:(?:,\s*|\s+and\s+|,\s+and\s+)"
                          r"[\w-]+(?:\s+[\w-]+){0,2}){1,5}),?\s+respectively\b")
_BODY_TYPES = ("sedan", "suv", "mpv", "pickup_truck")


def listed_after(text: str, mention: Mention, spans: Spans) -> str:
    """The kind the n-th number of a list counts, where the kinds are listed after the last number and before
    "respectively"; "cars" listed beside body types are sedans, and a thing no kind names is its own words
    ("utility vehicles" -> utility_vehicle)."""
    for found in _NUMBER_LIST.finditer(text, *spans.sentence):
        if not found.start() <= mention.start < found.start("items"):
            continue
        numbers = [m.start() for m in re.finditer(r"\d[\d,.]*", text[found.start() : found.start("items")])
                   if not re.fullmatch(r"[,.]", m.group())]
        items = [i.strip() for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", found["items"]) if i.strip()]
        if len(items) != len(numbers) or found.start() + numbers[0] > mention.start:
            return ""
        kinds = []
        for item in items:
            what = _WHAT_RE.fullmatch(item)
            if not what and not re.fullmatch(r"[a-z-]+(?:\s+[a-z-]+)?", item) or re.search(
                    r"\b(?:in|at|to|from|of|for|on)\b", item):
                return ""  # "in Anhui and Hubei, respectively": places, read as such
            kinds.append(what.lastgroup or "" if what else
                         re.sub(r"(?<=[a-z])s$", "", "_".join(item.lower().replace("-", " ").split())))
        if any(k in _BODY_TYPES for k in kinds):
            kinds = ["sedan" if k == "vehicle" else k for k in kinds]
        at = [found.start() + n for n in numbers]
        return kinds[at.index(mention.start)] if mention.start in at else ""
    return ""


_THEN_VERB = re.compile(r"\s+(?:in|at|by)\s+[^,.;]{1,40}?\s+(?:were|was)\s+(exported|sold|delivered)\b")


_ABROAD_AFTER = re.compile(r"(?i)\s+(?:abroad|overseas|in\s+(?:overseas|foreign)\s+markets"
                           r"|outside\s+(?:of\s+)?(?:China|the\s+country|(?:the\s+)?Chinese\s+mainland))\b")


def direct_measure(text: str, mention: Mention, clause_start: int = 0) -> str:
    """A participle right after the number and its noun: "2.11 million units produced", "131,000 vehicles for
    export", "70,000 new cars registered"; "sold 500,000 vehicles overseas" are sales abroad, "shipped 500,000
    vehicles overseas" exports."""
    after = re.match(r"(?i)\s+(?:new\s+energy\s+|new\s+)?(?:units|vehicles|cars|NEVs)\s+(?:(?:were|was)\s+)?"
                     r"(produced|sold|exported|delivered|registered|for\s+export|abroad|overseas)\b"
                     r"|\s+(?:were|was)\s+(produced|sold|exported|delivered)\b",  # "... and 415,000 were sold"
                     text[mention.end : mention.end + 40])  # "901,000 units were sold"
    if not after:
        return ""
    word = (after.group(1) or after.group(2)).lower()
    then = _THEN_VERB.match(text, mention.end + after.end())
    if word == "produced" and then:  # "41,000 cars built in the city were sold abroad"
        word = then.group(1)
    if word in ("abroad", "overseas") and re.search(r"(?i)\b(?:sold|sells?|selling)\b(?:\s+\S+){0,3}\s*$",
                                                      text[clause_start : mention.start]):
        return "overseas_sales"
    if word == "sold" and _ABROAD_AFTER.match(text, mention.end + after.end()):
        return "overseas_sales"  # "some 60,000 were sold abroad"
    return {"produced": "production", "sold": "sales", "delivered": "deliveries",
            "registered": "registrations"}.get(word, "exports")


_NEWLY_AFTER = re.compile(r"(?i)\s*(?:\([^()]{1,30}\)\s*)?(?:(?:were|was|have\s+been|had\s+been)\s+)?newly\s+"
                          r"(?P<done>built|added|installed|deployed|constructed|opened|registered)\b")
_BUILT_AFTER = re.compile(r"(?i)\s*(?:were|was|have\s+been|had\s+been)\s+"
                          r"(?P<done>built|added|installed|deployed|constructed|opened)\b")
_PER = {"daily": "daily", "each day": "daily", "every day": "daily", "weekly": "weekly", "monthly": "monthly"}
_PER_DAY = re.compile(r"\s+([a-z]+ing\s+(?:daily|weekly|monthly|each\s+day|every\s+day))\b")


# "added 1.9mn EV charging points": things newly added, as "were newly built" are newly built
_SO_FAR_BEFORE = re.compile(r"(?i)\b(?:has|have|had|as\s+of|so\s+far|to\s+date)\b[^.;]*$")
_IN_PERIOD_AFTER = re.compile(rf"(?i)[^.;]{{0,60}}?\b(?:in|during)\s+(?:(?:19|20)\d\d|(?:last|this)\s+year|{MONTH})")
_ADDED_LIST = re.compile(r"(?i)\b(?:will|to)\s+(?P<done>add)\s+"
                         r"(?:[\d.,]+\s+(?:[a-z-]+\s+){0,5}?[a-z-]+,?\s+(?:and\s+)?)+[\d.,]+$")
_ADDED_BEFORE = re.compile(r"(?i)\b(?:(?P<done>added|built|installed|constructed|deployed)|the\s+addition\s+of"
                           r"|(?:will|to)\s+add)\s+"  # "the city will add 8,000 public charging piles in 2025"
                           r"(?:about\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|a\s+record\s+)?"
                           r"[\d.,]+(?:\s*(?:mn|million|thousand|bn|billion))?$")


# Things counted abroad, said after their noun: "users outside China", "stores outside the mainland"
_OUTSIDE_HOME = re.compile(r"(?i)\s+(?:outside\s+(?:of\s+)?(?:China|the\s+(?:Chinese\s+)?mainland|mainland\s+China"
                           r"|the\s+country|its\s+home\s+market)|abroad|overseas)\b")


_BUILT_IN_PERIOD = re.compile(r"(?i)(?:\s+(?:nationwide|across\s+the\s+country|in\s+China))?\s+(?:in|during)\s+"
                              rf"(?:{MONTH}|the\s+(?:first|second|third|fourth)\s+quarter|the\s+first\s+half\b)")
_PART_BEFORE = re.compile(r"(?i)\b(?:included|including|includes|of\s+which|among\s+them)\b")
_FOR_KIND = re.compile(r"(?i)\s+for\s+(?P<kind>new[- ]energy\s+vehicles|NEVs|electric\s+vehicles|EVs)\b")
# "12,000 pre-orders for its Q9 SUV": the model the things counted are for
_FOR_MODEL = re.compile(r"\s+for\s+(?:its|the|their)\s+(?:new\s+)?"
                        r"(?P<model>Model\s+[0-9A-Z]|[A-Z][A-Za-z]{0,3}\d{1,2}[A-Za-z]?)(?![\w-])")
# "holding 4,200 patents granted, while ...": a participle after the things counted, closing its clause, is theirs
_PARTICIPLE_CLOSES = re.compile(r"\s+(?P<done>granted|approved|registered|issued|licensed|certified)(?=\s*[,.;]|\s*$)")


def noun_phrase(text: str, end: int) -> str:
    """The words naming what a count counts: "500 auto parts makers and ..." -> auto_parts_makers."""
    words: list[str] = []
    lowered = False
    plus = re.match(r"-plus\b|\+(?!\d)", text[end : end + 6])  # "90-plus countries", "1,300+ stations"
    end = at = end + (plus.end() if plus else 0)
    # "10 new energy vehicle (NEV) models", 'three "ro-ro" (roll-on/roll-off) vessels'
    # "two 100,000-ton berths": a size in digits joined to its unit is a modifier
    # ("640 battery - swap stations": a hyphen spaced as some translations write it)
    for match in re.finditer(r"\s*(?:-\s+(?=[a-z]))?(\([^()]{1,24}\)|[\"\u201c]?[A-Za-z][\w&-]*[\"\u201d]?"
                             r"|\d[\d,]*-[a-z]+(?=\s))",
                             text[end : end + 90]):
        if end + match.start() != at:
            break
        at = end + match.end()
        word = match.group(1).strip("\"\u201c\u201d")
        if word.startswith("("):
            continue  # "10 new energy vehicle (NEV) models"
        # lower-case words and short acronyms ("new private EV charging piles") name the thing; a capitalised
        # word after them begins another name, but a name in title case may lead ("1,200 Power Swap stations")
        if word.lower() in STOP_WORDS or (lowered and not re.fullmatch(r"[a-z][\w-]*|[A-Z]{2,4}s?|\d[\d,]*-[a-z]+",
                                                                       word)):
            break
        if words and words[-1].endswith("s") and re.fullmatch(r"[a-z]+ed", word):
            break  # "used cars changed hands": a verb after the things counted
        lowered = lowered or bool(re.fullmatch(r"[a-z][\w-]*", word))
        words.append(word.lower())
        if len(words) == 5:
            break
        rest = text[end + match.end() : end + match.end() + 1]
        if rest and rest not in " ":
            break
    while len(words) > 1 and words[0] in ("such", "these", "those", "this", "that"):
        words.pop(0)  # "three such hydrogen stations" -> hydrogen_stations: the word points back, names nothing
    after = [w for w in words if w in ("overseas", "abroad")]
    words = ["overseas"] * bool(after) + [w for w in words if w not in ("overseas", "abroad")]
    while words and not words[-1].endswith("s"):
        words.pop()
    last = re.search(rf"(?i)\b{re.escape(words[-1])}\b", text[end : end + 90]) if words else None
    if last and words[0] != "overseas" and _OUTSIDE_HOME.match(text, end + last.end()):
        words.insert(0, "overseas")  # "600,000 users outside China" -> overseas_users
    served = _FOR_KIND.match(text, end + last.end()) if last and words and words[0] not in ("nev", "ev") and not (
        _PART_BEFORE.search(text, max(0, end - 40), end)) else None  # (a part is named from its whole)
    if served:  # "612,000 chargers for NEVs" -> nev_chargers
        # ("public chargers for EVs" -> public_ev_chargers: after who may use them)
        words = [part for w in words for part in (w.split("-", 1) if w.startswith(("public-", "private-")) else [w])]
        at = next((i for i, w in enumerate(words) if w not in ("public", "private", "new", "shared", "dedicated")),
                  0)
        words.insert(at, "ev" if served["kind"].lower().startswith(("ev", "electric")) else "nev")
        bracket = re.match(r"\s*\([A-Za-z]{2,5}\)", text[served.end() :])
        tail = served.end() + (bracket.end() if bracket else 0)
    else:
        tail = end + last.end() if last else end
    if last and words[-1] == "countries" and re.match(r"\s+and\s+regions\b", text[end + last.end() :]):
        words.append("regions")  # "87 countries and regions" -> countries_regions (as exhibitor_countries_regions)
    granted = _PARTICIPLE_CLOSES.match(text, end + last.end()) if last else None
    if granted:  # "holding 4,200 patents granted," -> patents_granted
        words.append(granted["done"].lower())
    for_model = _FOR_MODEL.match(text, end + last.end()) if last and not served else None
    if for_model:  # "12,000 pre-orders for its Q9 SUV" -> q9_pre_orders
        words.insert(0, for_model["model"].lower().replace(" ", "_"))
    rate = _PER_DAY.match(text, end + last.end()) if last else None
    if rate:  # "vessels departing daily": a count per day, a rate (data/DICTIONARY.md, `_daily_average`)
        verb, often = rate.group(1).lower().split(maxsplit=1)
        words += [verb, f"{_PER.get(often, often)}_average"]
    newly = _NEWLY_AFTER.match(text, tail) if last else None
    if newly and words[:1] != ["newly"]:  # "542,000 EV charging piles (+172.2% YoY) were newly built"
        words = ["newly", newly["done"].lower(), *words]
    built = _BUILT_AFTER.match(text, tail) if last and words[:1] != ["newly"] else None
    if built and (words[:1] == ["new"] or built["done"].lower() == "added" or _BUILT_IN_PERIOD.match(
            text, built.end())):  # ("31,000 chargers were installed across the country in March")
        # "42,000 new charging piles were built": newly built, as "were newly built" is; "27,500 public
        # chargers were added": things added are new
        words = ["newly", built["done"].lower(), *(w for w in words if w != "new")]
    done = _ADDED_BEFORE.search(text, max(0, end - 50), end) if words and words[0] != "newly" else None
    if not done and words and words[0] != "newly":  # "will add 8,000 piles, 12 taxi stations and 9 communities"
        done = _ADDED_LIST.search(text, max(0, end - 200), end)
    if done and re.match(r"(?i)(?:will|to)\s+add\b", done.group()) and words[-1] in ("vehicles", "cars", "automobiles"):
        done = None  # ("plans to add 18,000 new energy vehicles": vehicles put into use, a measure of their own)
    if done and (done["done"] or "added").lower() not in ("added", "add") and (
            _SO_FAR_BEFORE.search(text, max(0, done.start() - 60), done.start())
            and not _IN_PERIOD_AFTER.match(text, end + (last.end() if last else 0))):
        done = None  # "has so far built 12,000 stations", "As of May, it has installed 16,400 piles": a stock
    if done:  # "The country added 1.9mn EV charging points", "the city has built some 6,300 charging stations in
        # 2022", "It built 1,000 stations in 2021": things newly made in a period
        verb = (done["done"] or "added").lower()
        words = ["newly", "added" if verb == "add" else verb, *(w for w in words if w != "new")]
    # "three R&D centers overseas" -> overseas_rd_centers; "14 new energy vehicle models" -> nev_models;
    # "566,000 public electric vehicle chargers" -> public_ev_chargers
    name = short_kinds("_".join(words).replace("-", "_").replace("&", "").replace(",", ""))
    # "740 supercharging sites and 1,210 fast-charging locations": charging stations, as the data names them
    return re.sub(r"(?<=charging)_(?:sites|locations)$", "_stations", name)


def short_kinds(name: str) -> str:
    """A name with its kinds of vehicle written short: "public_electric_vehicle_chargers" -> public_ev_chargers,
    "new_energy_vehicle_models" -> nev_models, "intelligent_connected_vehicle_projects" -> icv_projects."""
    name = re.sub(r"(?:^|(?<=_))intelligent_connected_vehicles?(?=_[a-z])", "icv", name)  # "ICV projects"
    name = re.sub(r"(?:^|(?<=_))electric_vehicles?(?=_[a-z])", "ev", name)
    return re.sub(r"^new_energy(?:_vehicles?)?(?=_[a-z])", "nev", name)


def _content_words(text: str) -> set[str]:
    words = set()
    text = text.lower().replace("automobile", "auto").replace("space", "area").replace("hall", "area")
    # what Chinese newsrooms call autonomous cars: "intelligent connected vehicles", "self-driving cars"
    text = re.sub(r"\bintelligent(?:\s+and)?\s+connected\b|\bself-driving\b|\bdriverless\b", "autonomous", text)
    text = re.sub(r"\btesting\b", "test", text)
    for word in re.findall(r"[a-z]+", text):
        if word not in STOP_WORDS and len(word) > 2:
            words.add(word[:-1] if word.endswith("s") and not word.endswith("ss") else word)
    return words


def known_by_label(sentence: str, noun: str, labels: dict[str, str]) -> str:
    """A known metric whose reader's name the sentence says in full, with the number's own noun in it
    ("launched 438 new products, technologies and services" -> new_product_debuts)."""
    if noun.rsplit("_", 1)[-1] == "halls":
        return ""  # "filling 11 exhibition halls": halls counted, not the area they cover
    have = _content_words(sentence)
    head = _content_words(noun.rsplit("_", 1)[-1])  # the counted noun itself: "test roads" are not test vehicles
    best = ""
    for metric, label in labels.items():
        wanted = _content_words(label)
        main = _content_words(re.split(r"(?i)\s(?:in|of|for|with|from|at|on)\s", label)[0])  # not "in road tests"
        if len(wanted) >= 2 and wanted <= have and head & main and len(wanted) > len(_content_words(
                labels.get(best, ""))):
            best = metric
    return best


_LABEL_WORDS = {"nev": "NEV", "rd": "R&D", "yoy": "", "mom": "", "wow": "", "pct": "", "pp": "", "cny": "", "usd": "",
                "target": "goal", "vs": ""}


def metric_label(metric: str) -> str:
    """A reader's name for a new metric: nev_production_yoy_pct -> "NEV production, growth on a year earlier"."""
    base = re.sub(r"_(?:yoy|mom|wow|vs_\d{4})_(?:pct|pp)$|_(?:pct|cny|usd)$", "", metric)
    words = [_LABEL_WORDS.get(word, word) for word in base.split("_")]
    label = " ".join(word for word in words if word).replace("NEV share of", "NEV share of").replace(
        "new vehicle sales", "new-vehicle sales")
    label = label[:1].upper() + label[1:]
    since = re.search(r"_vs_(\d{4})_pct$", metric)
    if metric.endswith("_yoy_pct"):
        label += ", growth on a year earlier"
    elif metric.endswith("_mom_pct"):
        label += ", growth on the month before"
    elif metric.endswith("_wow_pct"):
        label += ", growth on the week before"
    elif since:
        label += f", growth on {since[1]}"
    elif metric.endswith("_yoy_pp"):
        label += ", change on a year earlier in percentage points"
    elif metric.endswith("_mom_pp"):
        label += ", change on the month before in percentage points"
    elif metric.endswith("_pct"):
        label += ", percent"
    elif metric.endswith("_cny"):
        label += ", yuan"
    elif metric.endswith("_usd"):
        label += ", US dollars"
    return label


def metric_topic(metric: str, entity: str) -> str:
    """The chapter a new metric most likely belongs to (data/metrics.csv's topic)."""
    if "export" in metric or "import" in metric:
        return "exports"
    if entity.startswith("CIIE"):
        return "ciie"
    if entity in ("Jiading", "Yangtze River Delta"):
        return "jiading"
    if entity in ("Shanghai", "Lin-gang Special Area", "Hongqiao"):
        return "shanghai"
    return "market"
