// Optimizer builders, as Caffe2's optimizer.py: an iteration counter, a LearningRate op and one
// update op per trainable parameter, appended to model.net after addGradientOperators.
import { ArgumentError } from '@tandem/core';
import type { ModelHelper } from './model-helper.js';
import type { ArgInput } from './ops/args.js';

/** The shared iteration counter blob (Caffe2's `ITER`), int64 [1], created in paramInitNet. */
export const ITER = 'optimizer_iteration';

export interface LearningRateOptions {
  /** LearningRate policy: fixed (default), step, exp, inv, poly, multistep. */
  policy?: string;
  gamma?: number;
  stepsize?: number;
  power?: number;
  max_iter?: number;
  stepsizes?: readonly number[];
}

export interface SgdOptions extends LearningRateOptions {
  momentum?: number;
  nesterov?: boolean;
  /** L2 weight decay on parameters tagged 'weight' (Caffe2's AddWeightDecay). */
  weightDecay?: number;
}

export interface AdamOptions extends LearningRateOptions {
  beta1?: number;
  beta2?: number;
  epsilon?: number;
}

function hasOp(model: ModelHelper, type: string, output: string, initNet = false): boolean {
  const net = initNet ? model.paramInitNet : model.net;
  return net.ops.some((o) => o.type === type && (o.output ?? [])[0] === output);
}

/**
 * The iteration counter (ConstantFill int64 0 in paramInitNet, Iter in net; shared by every
 * optimizer of the model) and a LearningRate blob `lr = baseLr * policy(iter)`.
 */
function buildLr(
  model: ModelHelper,
  baseLr: number,
  opts: LearningRateOptions,
  blob: string,
): string {
  if (!hasOp(model, 'ConstantFill', ITER, true)) {
    model.paramInitNet.op('ConstantFill', [], [ITER], { shape: [1], value: 0, dtype: 'INT64' });
  }
  if (!hasOp(model, 'Iter', ITER)) model.net.op('Iter', [ITER], [ITER]);
  const args: Record<string, ArgInput | undefined> = {
    base_lr: baseLr,
    policy: opts.policy ?? 'fixed',
    gamma: opts.gamma,
    stepsize: opts.stepsize,
    power: opts.power,
    max_iter: opts.max_iter,
    stepsizes: opts.stepsizes,
  };
  return model.net.op('LearningRate', [ITER], [blob], args)[0];
}

function gradOf(model: ModelHelper, param: string, who: string): string {
  const g = model.paramToGrad[param];
  if (!g) {
    throw new ArgumentError(
      `${who}: parameter '${param}' has no gradient (call model.addGradientOperators([loss]) first; ` +
        'a parameter that does not influence the loss gets none)',
    );
  }
  return g;
}

function trainable(model: ModelHelper, who: string): string[] {
  const params = model.getParams().filter((p) => model.paramToGrad[p]);
  if (!params.length) {
    throw new ArgumentError(
      `${who}: no parameter has a gradient (call model.addGradientOperators first)`,
    );
  }
  return params;
}

/** A [1] float constant in paramInitNet, shared by name. */
function constantBlob(model: ModelHelper, name: string, value: number): string {
  if (!hasOp(model, 'ConstantFill', name, true)) {
    model.paramInitNet.op('ConstantFill', [], [name], { shape: [1], value });
  }
  return name;
}

/**
 * SGD, as Caffe2's build_sgd. Without momentum: LearningRate with base_lr = -lr and
 * `WeightedSum([param, ONE, grad, lr], param)`. With momentum: base_lr = +lr, a zero momentum
 * blob `<param>_momentum` per parameter and
 * `MomentumSGDUpdate([grad, momentum, lr, param], [grad, momentum, param])`, i.e.
 * m = lr g + mu m; p -= m (nesterov: p -= (1 + mu) m_new - mu m_old). For a fixed lr this is
 * PyTorch's SGD with dampening 0 (there m = mu m + g; p -= lr m): Caffe2's moment is lr times
 * PyTorch's buffer.
 *
 * @example
 * model.addGradientOperators(['loss']);
 * buildSgd(model, 0.1, { momentum: 0.9 });
 */
export function buildSgd(
  model: ModelHelper,
  baseLearningRate: number,
  opts: SgdOptions = {},
): void {
  const who = 'buildSgd';
  const momentum = opts.momentum ?? 0;
  if (!(momentum >= 0)) throw new ArgumentError(`${who}: momentum must be >= 0, got ${momentum}`);
  const params = trainable(model, who);
  applyWeightDecay(model, params, opts.weightDecay ?? 0, who);
  const lrSign = momentum > 0 ? 1 : -1;
  const lr = buildLr(model, lrSign * baseLearningRate, opts, uniqueBlob(model, 'SgdOptimizer_lr'));
  const one = momentum > 0 ? '' : constantBlob(model, 'ONE_1_0', 1);
  for (const p of params) {
    const g = gradOf(model, p, who);
    if (momentum > 0) {
      const m = `${p}_momentum`;
      model.paramInitNet.op('ConstantFill', [p], [m], { value: 0 });
      const args = { momentum, nesterov: opts.nesterov ? 1 : 0 };
      model.net.op('MomentumSGDUpdate', [g, m, lr, p], [g, m, p], args);
    } else {
      model.net.op('WeightedSum', [p, one, g, lr], [p]);
    }
  }
}

/**
 * Adam, as Caffe2's build_adam: moments `<param>_first_moment`, `<param>_second_moment` (zeros
 * in paramInitNet), LearningRate with base_lr = -lr, and
 * `Adam([param, m1, m2, grad, lr, iter], [param, m1, m2])` per parameter.
 */
export function buildAdam(
  model: ModelHelper,
  baseLearningRate: number,
  opts: AdamOptions = {},
): void {
  const who = 'buildAdam';
  const params = trainable(model, who);
  const lr = buildLr(model, -baseLearningRate, opts, uniqueBlob(model, 'AdamOptimizer_lr'));
  const args = {
    beta1: opts.beta1 ?? 0.9,
    beta2: opts.beta2 ?? 0.999,
    epsilon: opts.epsilon ?? 1e-5,
  };
  for (const p of params) {
    const g = gradOf(model, p, who);
    const m1 = `${p}_first_moment`;
    const m2 = `${p}_second_moment`;
    model.paramInitNet.op('ConstantFill', [p], [m1], { value: 0 });
    model.paramInitNet.op('ConstantFill', [p], [m2], { value: 0 });
    model.net.op('Adam', [p, m1, m2, g, lr, ITER], [p, m1, m2], args);
  }
}

/** grad += decay * param for weights (Caffe2's AddWeightDecay), before the update. */
function applyWeightDecay(model: ModelHelper, params: string[], decay: number, who: string): void {
  if (!decay) return;
  if (!(decay > 0)) throw new ArgumentError(`${who}: weightDecay must be >= 0, got ${decay}`);
  const one = constantBlob(model, 'ONE_1_0', 1);
  const wd = constantBlob(model, `wd_${decay}`, decay);
  const weights = new Set(model.getWeights());
  for (const p of params) {
    if (!weights.has(p)) continue;
    const g = gradOf(model, p, who);
    model.net.op('WeightedSum', [g, one, p, wd], [g]);
  }
}

function uniqueBlob(model: ModelHelper, hint: string): string {
  const used = new Set<string>();
  for (const o of [...model.net.ops, ...model.paramInitNet.ops]) {
    for (const b of [...(o.input ?? []), ...(o.output ?? [])]) used.add(b);
  }
  let name = hint;
  for (let i = 1; used.has(name); i++) name = `${hint}_${i}`;
  return name;
}
