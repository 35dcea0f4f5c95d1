// Filled in by the losses family.
