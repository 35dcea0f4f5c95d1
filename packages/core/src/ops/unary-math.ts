// Filled in by the unary-math family.
