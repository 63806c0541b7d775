"""From an article to candidate events: sentences and place mentions with offsets, dates,
event words and attribution (``pipeline``), and the reviewer's edits (``review``)."""
