// Filled in by the reductions family.
