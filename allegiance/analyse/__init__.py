"""Stage 'analyse' of the walk (... -> store -> derive -> analyse -> serve): questions answered from the
record, as plain data that the CLI, the web and the demo format.

- `coalition`: seat arithmetic and power indices (pure functions);
- `overview`: the main job's summary of a record;
- `views`: what the dashboard and the API show (persons, parties, flows, coalitions, evidence excerpts);
- `export`: JSONL, CSV, Popolo and GraphML exports;
- `evaluate`: scoring events against gold by the guideline's matching.
"""
