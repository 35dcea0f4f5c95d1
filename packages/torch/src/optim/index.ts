/**
 * `torch.optim`: optimizers and learning-rate schedulers.
 *
 * @example
 * import { optim } from '@tandem/torch';
 * const opt = new optim.Adam(model.parameters(), { lr: 1e-3 });
 * const sched = new optim.lrScheduler.StepLR(opt, 10, { gamma: 0.5 });
 */
export {
  Optimizer,
  type OptimizerStateDict,
  type ParamGroup,
  type ParamGroupInput,
  type ParamState,
  type Params,
  type Closure,
} from './optimizer.js';
export { SGD, type SGDOptions } from './sgd.js';
export { Adam, type AdamOptions } from './adam.js';
export { AdamW } from './adamw.js';
export { RMSprop, type RMSpropOptions } from './rmsprop.js';
export { Adagrad, type AdagradOptions } from './adagrad.js';
export * as lrScheduler from './lr-schedulers.js';
