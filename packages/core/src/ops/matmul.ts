// Filled in by the matmul family.
