"""The Streamlit app: ``main`` routes to the pages (the map, "Add an article"). Streamlit is
imported here and nowhere else in mapapp but ``mapapp.map.resources``."""
