/**
 * torch.nn.functional, in camelCase: each function is a mapping onto core ops through apply().
 * @example
 * import { nn } from '@tandem/torch';
 * const F = nn.functional;
 * const y = F.relu(F.linear(x, w, b));
 */
export * from './activation.js';
export * from './attention.js';
export * from './conv.js';
export * from './dropout.js';
export * from './embedding.js';
export * from './linear.js';
export * from './loss.js';
export * from './normalization.js';
export * from './pooling.js';
