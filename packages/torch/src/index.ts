/**
 * @tandem/torch — not built yet: the frontend is tracked by its own issue. This package exists so the
 * workspace, the dependency rule and the install graph are in place from the start.
 */
export {};
