"""Exports: the posture and histories as GeoJSON (`geojson`), flat tables (`tables`) and files (`formats`)."""
