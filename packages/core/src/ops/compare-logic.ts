// Filled in by the compare-logic family.
