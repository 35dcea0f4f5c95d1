// ModelHelper: Caffe2's model_helper.ModelHelper — a predict/train net, its param init net, and
// the parameters the brew helpers created (trainable ones and computed ones such as BN statistics).
import { ArgumentError } from '@tandem/core';
import { type GradientMap, type GradientOptions, addGradientOperators } from './gradients.js';
import { Net } from './net.js';
import type { ArgInput } from './ops/args.js';
import { caffe2Op } from './ops/index.js';

/** A parameter initializer as in Caffe2's brew: `['XavierFill', {}]`, `['ConstantFill', {value: 0}]`. */
export type Initializer = readonly [type: string, args?: Readonly<Record<string, ArgInput>>];

/** ParameterTags of Caffe2: what a parameter is for. */
export type ParamTag = 'weight' | 'bias' | 'computed';

export interface ParamInfo {
  name: string;
  shape: number[];
  init: Initializer;
  /** Updated by optimizers (false for computed params such as SpatialBN's running statistics). */
  trainable: boolean;
  tags: ParamTag[];
}

export interface ModelHelperOptions {
  name?: string;
  /**
   * Default arguments for every brew helper, applied to operators that read them (Caffe2's
   * arg_scope), for example `{ order: 'NHWC' }`. Default: `{ order: 'NCHW' }`.
   */
  argScope?: Readonly<Record<string, ArgInput>>;
}

/**
 * Caffe2's ModelHelper: `net` (the forward, later training, net), `paramInitNet` (fills for the
 * parameters) and the parameter lists.
 *
 * @example
 * const model = new ModelHelper({ name: 'mlp' });
 * const h = brew.fc(model, 'data', 'fc1', 4, 8);
 * brew.relu(model, h, h);
 * const ws = new Workspace();
 * ws.runNetOnce(model.paramInitNet);
 * model.getParams(); // ['fc1_w', 'fc1_b']
 */
export class ModelHelper {
  readonly name: string;
  readonly net: Net;
  readonly paramInitNet: Net;
  readonly argScope: Readonly<Record<string, ArgInput>>;
  /** Trainable parameters, in creation order (Caffe2's `model.params`). */
  readonly params: string[] = [];
  /** Computed parameters (running statistics), in creation order. */
  readonly computedParams: string[] = [];
  readonly paramInfo = new Map<string, ParamInfo>();
  /** Parameter -> its gradient blob, after addGradientOperators. */
  paramToGrad: GradientMap = {};

  constructor(opts: ModelHelperOptions = {}) {
    this.name = opts.name ?? 'model';
    this.net = new Net(this.name);
    this.paramInitNet = new Net(`${this.name}_init`);
    this.argScope = { order: 'NCHW', ...opts.argScope };
  }

  /** Trainable parameters (Caffe2's `GetParams`). */
  getParams(): string[] {
    return [...this.params];
  }

  getComputedParams(): string[] {
    return [...this.computedParams];
  }

  /** Trainable and computed parameters. */
  getAllParams(): string[] {
    return [...this.params, ...this.computedParams];
  }

  /** Parameters tagged 'weight' (what weight decay applies to). */
  getWeights(): string[] {
    return this.params.filter((p) => this.paramInfo.get(p)?.tags.includes('weight'));
  }

  getBiases(): string[] {
    return this.params.filter((p) => this.paramInfo.get(p)?.tags.includes('bias'));
  }

  /**
   * Creates a parameter: adds its fill to paramInitNet and records it. Returns its blob name.
   * A fill type may be any Caffe2 fill (XavierFill, MSRAFill, GaussianFill, UniformFill,
   * ConstantFill, GivenTensorFill with `values`).
   */
  createParam(
    name: string,
    shape: readonly number[],
    init: Initializer,
    tags: ParamTag[] = [],
  ): string {
    if (this.paramInfo.has(name)) {
      throw new ArgumentError(`model '${this.name}': parameter '${name}' already exists`);
    }
    const [type, args = {}] = init;
    if (!caffe2Op(type) || !/Fill$/.test(type)) {
      throw new ArgumentError(
        `model '${this.name}': parameter '${name}': '${type}' is not a Caffe2 fill operator`,
      );
    }
    this.paramInitNet.op(type, [], [name], { shape: [...shape], ...args });
    const trainable = !tags.includes('computed');
    this.paramInfo.set(name, { name, shape: [...shape], init, trainable, tags });
    (trainable ? this.params : this.computedParams).push(name);
    return name;
  }

  /**
   * The arguments of an operator: `args` over the argScope defaults the operator reads (Caffe2
   * ignores unread arguments; they are left out here to keep nets clean).
   */
  scoped(
    type: string,
    args: Readonly<Record<string, ArgInput | undefined>>,
  ): Record<string, ArgInput> {
    const specs = caffe2Op(type)?.args ?? {};
    const out: Record<string, ArgInput> = {};
    for (const [k, v] of Object.entries(this.argScope)) if (k in specs) out[k] = v;
    for (const [k, v] of Object.entries(args)) if (v !== undefined) out[k] = v;
    return out;
  }

  /**
   * Appends gradient operators for `losses` to `net` (Caffe2's `AddGradientOperators`); parameter
   * shapes come from paramInitNet. Only trainable parameters and the blobs they feed get gradients
   * (data inputs do not). Returns parameter -> gradient blob.
   */
  addGradientOperators(
    losses: string | readonly string[],
    opts: GradientOptions = {},
  ): GradientMap {
    const list = typeof losses === 'string' ? [losses] : losses;
    const params = new Set(this.params);
    const readFirst = new Set<string>();
    const written = new Set<string>();
    for (const o of this.net.ops) {
      for (const b of o.input ?? []) if (b && !written.has(b)) readFirst.add(b);
      for (const b of o.output ?? []) if (b) written.add(b);
    }
    const noGradient = [
      ...(opts.noGradient ?? []),
      ...[...readFirst].filter((b) => !params.has(b)),
    ];
    const grads = addGradientOperators(this.net, list, {
      initNet: this.paramInitNet,
      ...opts,
      noGradient,
    });
    this.paramToGrad = {};
    for (const p of this.params) if (grads[p]) this.paramToGrad[p] = grads[p];
    return { ...this.paramToGrad };
  }
}
