"""The benchmark: the tracker at 10,000 facilities and 100,000 entries.

`python -m bench.generate` writes a synthetic dataset; `python -m bench.run` (`make bench`)
measures the tracker and two peers (naive Leaflet, folium's Timeline) and prints a table.
"""
