// Filled in by the activations family.
