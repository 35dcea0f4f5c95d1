// Filled in by the conv-pool family.
