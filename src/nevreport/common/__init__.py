"""Shared helpers with no knowledge of NEVs: paths, errors, safe reading, tables, dates, numbers, vocabularies,
honest intervals and the formulas on them."""
