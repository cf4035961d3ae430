"""Stage 1, ingest: read the articles, find every number in them, draft figure rows, prove nothing is missed."""
