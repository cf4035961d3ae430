"""Stage 4, story: what a chapter notebook shows (prose, charts, tables, appendix) for one edition."""
