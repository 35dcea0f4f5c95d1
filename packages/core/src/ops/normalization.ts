// Filled in by the normalization family.
