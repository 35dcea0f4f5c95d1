// Filled in by the generators family.
