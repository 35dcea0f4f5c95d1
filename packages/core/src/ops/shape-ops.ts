// Filled in by the shape-ops family.
