"""Dictionary look-ups for the popup: undoing inflections, then finding entries."""
