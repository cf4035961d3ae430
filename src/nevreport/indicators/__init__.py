"""Stage 3, indicators: every indicator of the catalogue evaluated on what was published by an as-of date, its
verdict, and indicators.csv."""
