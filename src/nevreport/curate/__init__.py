"""Stage 2, curate: the reviewed tables (figures, supplementary figures, sources, metrics) declared and checked."""
