// Forward values and gradients of Tensor methods against PyTorch (fixtures/tensor/ops.json from
// tools/gen/torch_tensor.py: loss = sum_i (out_i * w_i).sum(), gradients of every float input).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as torch from '../src/index.js';
import { Tensor } from '../src/index.js';
import { Tensor as CoreTensor } from '@tandem/core';

interface Fix {
  shape: number[];
  dtype: 'float' | 'int64' | 'bool';
  data: (number | boolean)[];
}

/** A fixture tensor as float32 (floats), int64 or bool. */
function fromFix(f: Fix): Tensor {
  const dtype = f.dtype === 'float' ? 'float32' : f.dtype;
  return new Tensor(CoreTensor.from(f.data as number[], dtype, f.shape));
}

/** Elementwise |a - e| <= atol + rtol |e| (NaN matches NaN), with a message naming the case. */
function expectClose(actual: Tensor, expected: Fix, what: string, rtol = 1e-4, atol = 1e-5): void {
  expect(actual.shape, `${what}: shape`).toEqual(expected.shape);
  const a = actual._value.toNumbers();
  const e = expected.data.map(Number);
  const bad = a.findIndex(
    (v, i) =>
      !(Number.isNaN(v) && Number.isNaN(e[i])) &&
      !(Math.abs(v - e[i]) <= atol + rtol * Math.abs(e[i])),
  );
  if (bad >= 0) {
    expect.fail(
      `${what}: element ${bad} is ${a[bad]}, PyTorch gives ${e[bad]}\n` +
        ` actual ${a.slice(0, 12)}\n expected ${e.slice(0, 12)}`,
    );
  }
}

interface Case {
  name: string;
  inputs: Record<string, Fix>;
  outputs: Fix[];
  weights: (Fix | null)[];
  grads: Record<string, Fix>;
}

const fixtures = JSON.parse(
  readFileSync(new URL('./fixtures/tensor/ops.json', import.meta.url), 'utf8'),
) as {
  cases: Case[];
};

type Fn = (...xs: Tensor[]) => Tensor | Tensor[];
const idx = (rows: number[][] | number[]) => torch.tensor(rows, { dtype: 'int64' });

// The same expressions as the generator's, in this API.
const CASES: Record<string, Fn> = {
  add_bcast: (a, b) => a.add(b),
  add_alpha: (a, b) => torch.add(a, b, { alpha: 2.5 }),
  sub_scalar: (a) => [a.sub(1.5), torch.sub(2, a)],
  mul_bcast: (a, b) => a.mul(b),
  div: (a, b) => [a.div(b.abs().add(0.5)), a.div(4), torch.div(3, b.abs().add(1))],
  pow: (a, b) => [a.abs().add(0.1).pow(2.5), a.abs().add(0.5).pow(b), a.pow(2)],
  unary: (a) => {
    const p = a.abs().add(0.1);
    return [
      a.exp(),
      p.log(),
      p.sqrt(),
      p.rsqrt(),
      a.sin(),
      a.cos(),
      a.tanh(),
      a.sigmoid(),
      a.relu(),
      a.abs(),
      a.neg(),
      a.abs().add(0.5).reciprocal(),
      a.square(),
      a.erf(),
    ];
  },
  rounding: (a) => [a.floor(), a.ceil(), a.round(), a.sign(), a.trunc()],
  clamp: (a) => [a.clamp(-0.5, 0.5), a.clamp(0.1), a.clamp(null, 0.2)],
  maximum: (a, b) => [torch.maximum(a, b), torch.minimum(a, b)],
  remainder: (a) => [torch.remainder(a, 1.5), torch.fmod(a, 1.5)],
  matmul_2d: (a, b) => a.matmul(b),
  matmul_bcast: (a, b) => torch.matmul(a, b),
  matmul_1d: (v, m) => [v.matmul(m), m.t().matmul(v), v.matmul(v)],
  bmm: (a, b) => torch.bmm(a, b),
  sum: (x) => [x.sum(), x.sum(1, true), x.sum([0, 2]), x.sum(-1)],
  mean_prod: (x) => [x.mean(), x.mean([0, 2]), x.mean(1, true), x.prod(1)],
  max_min: (x) => [x.max(), x.min(), x.max(1).values, x.min(0, true).values, x.amax(1)],
  arg_indices: (x) => [
    x.max(1).indices,
    x.min(0, true).indices,
    x.argmax(),
    x.argmin(1),
    x.topk(2, 1).indices,
    x.sort(0).indices,
  ],
  compare: (x, y) => [
    x.gt(y),
    x.le(0.1),
    x.eq(x),
    x.ne(y),
    x.gt(0).logicalAnd(y.lt(0)),
    x.gt(0).all(1),
    x.gt(1).any(0),
    x.isnan(),
  ],
  var_std: (x) => [
    x.var(),
    x.var(1),
    x.var(1, { unbiased: false, keepdim: true }),
    x.std(0),
    torch.var(x, 1, { correction: 2 }),
    x.std(),
  ],
  logsumexp: (x) => [x.logsumexp(1), torch.logsumexp(x, [0, 1])],
  norm: (x) => [x.norm(), x.norm(1, 1), x.norm(Infinity, 0), x.norm(3, 1, true)],
  softmax: (x) => [x.softmax(1), x.logSoftmax(-1), torch.softmax(x, 0)],
  cumsum: (x) => x.cumsum(1),
  permute_reshape: (x) => [x.permute(2, 0, 1).reshape(4, 6), x.transpose(0, 2)],
  t_matmul: (x, y) => x.t().matmul(y),
  expand: (v) => [v.expand(3, 4), v.expand(2, 3, 5)],
  narrow_select: (x) => [
    x.narrow(1, 1, 2),
    x.select(0, 1),
    x.slice(1, 0, undefined, 2),
    x.slice(0, 1, 3).slice(1, -2),
  ],
  squeeze: (x) => [
    x.squeeze(),
    x.squeeze(1),
    x.squeeze(0),
    x.unsqueeze(0),
    x.unsqueeze(-1),
    x.flatten(),
    x.flatten(1),
    x.view(6),
  ],
  unflatten: (x) => x.unflatten(1, [3, 4]),
  split_chunk: (x) => [...x.split(2), ...x.chunk(2, 1), ...x.unbind(1)],
  repeat: (x) => x.repeat(2, 1, 3),
  cat_stack: (a, b, c) => [
    torch.cat([a, b], 1),
    torch.stack([a, c], 0),
    torch.stack([a, c], 2),
    torch.cat([a, c]),
  ],
  flip: (x) => x.flip(1),
  gather: (x, i) => [x.gather(1, i), x.gather(0, idx([[0, 1, 2, 0]]))],
  scatter: (x, s, i) => [x.scatter(1, i, s), x.scatter(1, i, 0.5)],
  scatter_add: (x, s, i) => x.scatterAdd(1, i, s),
  index_select: (x, i) => [x.indexSelect(0, i), x.indexSelect(1, idx([2, 0]))],
  masked_where: (x, y) => [
    x.maskedFill(x.gt(0.2), 0.5),
    torch.where(x.gt(y), x, y),
    torch.where(x.gt(0), x, 0.0),
  ],
  trilu: (x) => [x.tril(), x.triu(1), x.tril(-1)],
  topk_sort: (x) => [x.topk(2, 1).values, x.sort(1).values, x.sort(0, true).values],
  inplace_chain: (x, b, c) => {
    const y = x.mul(1);
    y.add_(b, { alpha: 0.5 });
    y.mul_(c);
    y.sigmoid_();
    return y;
  },
  inplace_view: (x, w) => {
    const y = x.mul(1);
    y.select(0, 1).mul_(w);
    return y;
  },
  inplace_slice: (x) => {
    const y = x.mul(2);
    y.slice(1, 1, 3).add_(1).exp_();
    return y;
  },
  copy_into: (w) => {
    const y = torch.zeros(3, 4);
    y.select(0, 0).copy_(w);
    y.select(0, 2).slice(0, 1).fill_(3);
    return y.mul(2);
  },
  inplace_saved_ok: (x) => {
    const a = x.mul(1);
    const b = a.add(2);
    a.mul_(3);
    return a.mul(b);
  },
  clamp_: (x) => x.mul(1).clamp_(-0.3, 0.3).mul(2),
};

describe('Tensor methods against PyTorch', () => {
  it('covers every fixture case', () => {
    expect(fixtures.cases.map((c) => c.name).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const c of fixtures.cases) {
    it(c.name, () => {
      const inputs = Object.fromEntries(
        Object.entries(c.inputs).map(([k, f]) => {
          const t = fromFix(f);
          if (t.dtype === 'float32') t.requiresGrad = true;
          return [k, t];
        }),
      );
      const out = CASES[c.name](...Object.values(inputs));
      const outs = Array.isArray(out) ? out : [out];
      expect(outs.length).toBe(c.outputs.length);
      outs.forEach((o, i) => expectClose(o, c.outputs[i], `${c.name} output ${i}`));
      const terms = outs
        .map((o, i) =>
          c.weights[i] && o.requiresGrad ? o.mul(fromFix(c.weights[i]!)).sum() : null,
        )
        .filter((t): t is Tensor => t !== null);
      const names = Object.keys(c.grads);
      if (!names.length) return;
      const loss = terms.reduce((a, b) => a.add(b));
      const grads = torch.autograd.grad(
        loss,
        names.map((k) => inputs[k]),
        { allowUnused: true },
      );
      names.forEach((k, i) => {
        const g = grads[i] ?? torch.zerosLike(inputs[k]);
        expectClose(g, c.grads[k], `${c.name} d/d${k}`);
      });
    });
  }
});

describe('higher-order gradients', () => {
  it('differentiates a gradient (createGraph) as PyTorch', () => {
    const f = JSON.parse(
      readFileSync(new URL('./fixtures/tensor/higher-order.json', import.meta.url), 'utf8'),
    ) as Record<string, Fix>;
    const x = fromFix(f.x).requiresGrad_();
    const w = fromFix(f.w).requiresGrad_();
    const y = x.pow(3).mul(w).sum().add(x.tanh().mul(x).sum());
    const [g] = torch.autograd.grad(y, x, { createGraph: true });
    expectClose(g!, f.g, 'g');
    const [hx, hw] = torch.autograd.grad(g!.mul(g!).sum(), [x, w]);
    expectClose(hx!, f.hx, 'hx', 1e-4, 1e-4);
    expectClose(hw!, f.hw, 'hw', 1e-4, 1e-4);
  });
});
