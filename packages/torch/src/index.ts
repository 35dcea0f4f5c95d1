/**
 * @tandem/torch — the eager research frontend: PyTorch's programming model in TypeScript.
 *
 * @example
 * import * as torch from '@tandem/torch';
 * const x = torch.tensor([1, 2, 3], { requiresGrad: true });
 * const y = x.mul(x).sum();
 * y.backward();
 * x.grad!.tolist(); // [2, 4, 6]
 */
import './methods.js';

export { Tensor } from './tensor.js';
export { apply, apply1, torchBuilder } from './dispatch.js';
export { noGrad, enableGrad, isGradEnabled, setGradEnabled } from './autograd/grad-mode.js';
export * as autograd from './autograd/index.js';
export { setNumThreads, getNumThreads } from '@tandem/core';
export type { DType } from '@tandem/core';
export type { TensorMethods } from './methods.js';
export {
  tensor,
  zeros,
  ones,
  empty,
  full,
  arange,
  linspace,
  eye,
  zerosLike,
  onesLike,
  emptyLike,
  fullLike,
  type TensorOptions,
} from './creation.js';
export {
  Generator,
  defaultGenerator,
  manualSeed,
  initialSeed,
  seed,
  getRngState,
  setRngState,
  rand,
  randn,
  randint,
  randperm,
  normal,
  bernoulli,
  randLike,
  randnLike,
  randintLike,
  type RandomOptions,
} from './random.js';
export * from './functional-tensor.js';
export * as nn from './nn/index.js';
export * as optim from './optim/index.js';
export * as utils from './utils/index.js';
export { save, load } from './serialization/index.js';
