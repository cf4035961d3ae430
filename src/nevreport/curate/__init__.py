"""Stage 2, curate: the reviewed tables (figures, supplementary figures, sources, metrics) and the indicator
catalogue, declared and checked."""
