"""Where a place name is: the offline gazetteer index (GeoNames plus ``geodata/``), the
article-aware resolver that chooses among namesakes, and putting an event at its place."""
