// AdamW lives beside Adam (adam.ts), whose update it shares; this module re-exports it.
export { AdamW } from './adam.js';
