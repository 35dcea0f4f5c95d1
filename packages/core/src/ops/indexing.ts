// Filled in by the indexing family.
