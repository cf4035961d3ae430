"""Stage 5, publish: build every parameter set into reports/ (HTML, PDF, CSV) and the index of editions."""
