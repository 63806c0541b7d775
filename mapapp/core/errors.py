"""The exceptions mapapp raises.

Every class also inherits the built-in exception a caller would naturally catch, so code that
does not know mapapp can still handle them (``except ValueError``, ``except OSError``).
"""

from __future__ import annotations


class MapappError(Exception):
    """Base class of every error raised by mapapp."""


class EventValidationError(MapappError, ValueError):
    """An event feature does not follow the mapapp event schema."""


class EventsFileError(MapappError, OSError):
    """An events file cannot be read as a GeoJSON FeatureCollection."""


class GazetteerError(MapappError, OSError):
    """The gazetteer index is missing or unreadable."""


class ArticleError(MapappError, ValueError):
    """An article file cannot be read as text (missing, binary, not UTF-8, empty)."""


class AssetsError(MapappError, OSError):
    """The map's browser assets (Leaflet and its plugins) have not been fetched."""
