"""The web layer: pages (`pages`, `editor_pages`), the JSON API (`api_read`, `api_write`),
sign-in (`auth`), forms, the folium maps and their data, and the shared answers (`responses`).

Views never touch storage: they ask the app's store (`responses.store()`) for a snapshot.
"""
