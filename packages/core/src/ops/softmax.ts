// Filled in by the softmax family.
