"""The event itself: its schema (types, precision codes, ids, titles), the validated
:class:`~mapapp.core.model.Event`, queries over events, messages and errors. No I/O, no
geocoding: every other part of mapapp builds on this one."""
