"""Stage 3, indicators: formulas on honest intervals, the catalogue that names them, and their evaluation."""
