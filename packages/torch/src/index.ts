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
export { Tensor } from './tensor.js';
export { apply, apply1, torchBuilder } from './dispatch.js';
export { noGrad, enableGrad, isGradEnabled, setGradEnabled } from './autograd/grad-mode.js';
export * as autograd from './autograd/index.js';
export { setNumThreads, getNumThreads } from '@tandem/core';
