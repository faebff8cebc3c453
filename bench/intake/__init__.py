"""The intake evaluation: `python -m bench.intake` (see bench/intake/__main__.py)."""
