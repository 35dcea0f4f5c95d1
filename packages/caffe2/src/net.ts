// The NetDef builder: `new Net('name')`, `net.Conv([...], [...], {kernel: 3})`, `net.proto()`.
import { ArgumentError } from '@tandem/core';
import { caffe2 } from '@tandem/proto';
import { type ArgInput, encodeArg } from './ops/args.js';
import { CAFFE2_OPS, type Caffe2OpArgs, type Caffe2OpType, caffe2Op } from './ops/index.js';

export type Blobs = string | readonly string[];

export interface OpOptions {
  /** Operator name (optional in Caffe2; errors use it when set). */
  name?: string;
  engine?: string;
  deviceOption?: caffe2.IDeviceOption;
  /** Marks an operator of a gradient net. */
  isGradientOp?: boolean;
}

/** One typed method per supported operator type: `net.Relu('X', 'Y')`. */
export type NetOperatorMethods = {
  [K in Caffe2OpType]: (
    inputs: Blobs,
    outputs: Blobs,
    args?: Caffe2OpArgs[K],
    opts?: OpOptions,
  ) => string[];
};

const list = (b: Blobs): string[] => (typeof b === 'string' ? [b] : [...b]);

type Msg = Record<string, unknown>;

// Copies a message's own fields, arrays included; Float32Array argument values (init-net weights,
// possibly hundreds of MB) are shared, not copied. Nested messages other than ops/args are shared.
function copyFields<T>(
  m: object,
  Ctor: { create(): T },
  nested: Record<string, (x: object) => unknown> = {},
): T {
  const c = Ctor.create() as Msg;
  for (const [k, v] of Object.entries(m)) {
    if (nested[k] && Array.isArray(v)) c[k] = v.map((x) => nested[k](x as object));
    else if (Array.isArray(v)) c[k] = v.slice();
    else c[k] = v;
  }
  return c as T;
}

const copyArg = (a: object) => copyFields(a, caffe2.Argument);
const copyOp = (o: object) => copyFields(o, caffe2.OperatorDef, { arg: copyArg });

function copyNet(p: caffe2.INetDef): caffe2.NetDef {
  return copyFields(p, caffe2.NetDef, { op: copyOp });
}

// Declaration merging gives the class the typed methods that the prototype loop below installs.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface Net extends NetOperatorMethods {}

/**
 * A Caffe2 net under construction: a NetDef plus convenience methods.
 *
 * @example
 * const net = new Net('mlp');
 * net.addExternalInput('X', 'W', 'b');
 * net.FC(['X', 'W', 'b'], 'Y');
 * net.Relu('Y', 'Y');            // in place, as in Caffe2
 * net.addExternalOutput('Y');
 * const proto = net.proto();     // a caffe2.NetDef
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Net {
  private readonly def: caffe2.NetDef;

  constructor(name: string | caffe2.INetDef = 'net') {
    this.def = typeof name === 'string' ? caffe2.NetDef.create({ name }) : copyNet(name);
  }

  /** A Net holding a copy of `proto`. */
  static fromProto(proto: caffe2.INetDef): Net {
    return new Net(proto);
  }

  get name(): string {
    return this.def.name;
  }

  /** The operators so far (read-only views of the NetDef's OperatorDefs). */
  get ops(): readonly caffe2.OperatorDef[] {
    return this.def.op;
  }

  get externalInputs(): readonly string[] {
    return this.def.externalInput;
  }

  get externalOutputs(): readonly string[] {
    return this.def.externalOutput;
  }

  /**
   * Appends an operator of any type (Caffe2 names, or core op names for identity mapping).
   * Returns the output blob names.
   */
  op(
    type: string,
    inputs: Blobs,
    outputs: Blobs,
    args: Record<string, ArgInput | undefined> = {},
    opts: OpOptions = {},
  ): string[] {
    if (!type) throw new ArgumentError(`net '${this.name}': an operator needs a type`);
    const entry = caffe2Op(type);
    const outs = list(outputs);
    const o = caffe2.OperatorDef.create({ type, input: list(inputs), output: outs });
    for (const [k, v] of Object.entries(args)) {
      if (v === undefined) continue;
      try {
        o.arg.push(encodeArg(k, v, entry?.args[k]));
      } catch (e) {
        throw new ArgumentError(
          `net '${this.name}' ${type}: argument '${k}': ${(e as Error).message}`,
        );
      }
    }
    if (opts.name) o.name = opts.name;
    if (opts.engine) o.engine = opts.engine;
    if (opts.deviceOption) o.deviceOption = caffe2.DeviceOption.create(opts.deviceOption);
    if (opts.isGradientOp) o.isGradientOp = true;
    this.def.op.push(o);
    return outs;
  }

  /** Appends a ready OperatorDef (copied). */
  addOp(opDef: caffe2.IOperatorDef): void {
    this.def.op.push(copyOp(opDef));
  }

  addExternalInput(...names: string[]): this {
    for (const n of names) if (!this.def.externalInput.includes(n)) this.def.externalInput.push(n);
    return this;
  }

  addExternalOutput(...names: string[]): this {
    for (const n of names)
      if (!this.def.externalOutput.includes(n)) this.def.externalOutput.push(n);
    return this;
  }

  /** A copy of the NetDef built so far (large Float32Array argument values are shared). */
  proto(): caffe2.NetDef {
    return copyNet(this.def);
  }

  /** The NetDef itself, without copying: for readers that do not modify it (Workspace, Predictor). */
  protoView(): Readonly<caffe2.NetDef> {
    return this.def;
  }

  /** A copy of this net under a new name (Caffe2's `Net.Clone`). */
  clone(name: string): Net {
    const copy = new Net(this.def);
    copy.def.name = name;
    return copy;
  }
}

for (const type of Object.keys(CAFFE2_OPS)) {
  Object.defineProperty(Net.prototype, type, {
    value: function (
      this: Net,
      inputs: Blobs,
      outputs: Blobs,
      args?: Record<string, ArgInput>,
      opts?: OpOptions,
    ) {
      return this.op(type, inputs, outputs, args, opts);
    },
    writable: true,
    configurable: true,
  });
}
