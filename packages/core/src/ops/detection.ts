// Data-dependent selection ops: Unique and NonMaxSuppression. Their output sizes depend on the
// values, so inference leaves those dims unknown; both are small host-side loops over the data.
import { ArgumentError, ShapeError } from '../errors.js';
import { normAxis, shapeStr } from '../shape.js';
import { Tensor } from '../tensor.js';
import { defineOp } from './registry.js';
import type { Dim } from './types.js';

defineOp({
  name: 'Unique',
  doc: 'Unique elements (or slices along axis), sorted or in order of first occurrence, with indices.',
  inputs: [{ name: 'X' }],
  outputs: [
    { name: 'Y' },
    { name: 'indices', optional: true },
    { name: 'inverse_indices', optional: true },
    { name: 'counts', optional: true },
  ],
  attrs: { axis: { type: 'int' }, sorted: { type: 'int', default: 1 } },
  traits: ['nondifferentiable'],
  infer: (ctx) => {
    const x = ctx.input(0);
    let shape: Dim[] | null = [null];
    if (ctx.attrs.has('axis') && x.shape) {
      const axis = normAxis(ctx.attrs.int('axis'), x.shape.length, 'Unique');
      shape = x.shape.map((d, i) => (i === axis ? null : d));
    } else if (ctx.attrs.has('axis')) shape = null;
    const inv =
      ctx.attrs.has('axis') && x.shape
        ? [x.shape[normAxis(ctx.attrs.int('axis'), x.shape.length, 'Unique')]]
        : [null];
    return [
      { dtype: x.dtype ?? 'float32', shape },
      { dtype: 'int64', shape: [null] },
      { dtype: 'int64', shape: inv },
      { dtype: 'int64', shape: [null] },
    ];
  },
  kernel: (ctx) => {
    let x = ctx.input(0).contiguous();
    const hasAxis = ctx.attrs.has('axis');
    if (!hasAxis) x = x.view([x.size], [1]);
    const axis = hasAxis ? normAxis(ctx.attrs.int('axis'), x.rank, 'Unique') : 0;
    const n = x.shape[axis];
    const outer = x.shape.slice(0, axis).reduce((a, b) => a * b, 1);
    const inner = x.shape.slice(axis + 1).reduce((a, b) => a * b, 1);
    const data = x.data();
    // Slice k as a list of values, for comparing and ordering.
    const slice = (k: number) => {
      const v: (number | bigint)[] = [];
      for (let o = 0; o < outer; o++)
        for (let i = 0; i < inner; i++) v.push(data[(o * n + k) * inner + i] as number | bigint);
      return v;
    };
    const slices = Array.from({ length: n }, (_, k) => slice(k));
    const keyOf = (v: (number | bigint)[]) => v.map(String).join(',');
    const first = new Map<string, number>();
    const counts = new Map<string, number>();
    for (let k = 0; k < n; k++) {
      const key = keyOf(slices[k]);
      if (!first.has(key)) first.set(key, k);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const order = [...first.values()];
    if (ctx.attrs.int('sorted')) {
      order.sort((a, b) => {
        const sa = slices[a];
        const sb = slices[b];
        for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i] < sb[i] ? -1 : 1;
        return 0;
      });
    }
    const pos = new Map(order.map((k, i) => [keyOf(slices[k]), i]));
    const shape = [...x.shape];
    shape[axis] = order.length;
    const y = ctx.alloc(x.dtype, shape);
    const out = y.data();
    order.forEach((k, j) => {
      for (let o = 0; o < outer; o++) {
        for (let i = 0; i < inner; i++)
          out[(o * order.length + j) * inner + i] = data[(o * n + k) * inner + i];
      }
    });
    const i64 = (v: number[]) =>
      Tensor.from(
        v.map((e) => BigInt(e)),
        'int64',
        [v.length],
      );
    return [
      y,
      i64(order),
      i64(slices.map((s) => pos.get(keyOf(s))!)),
      i64(order.map((k) => counts.get(keyOf(slices[k]))!)),
    ];
  },
});

defineOp({
  name: 'NonMaxSuppression',
  doc: 'Greedy per-class box selection by score, dropping boxes whose IoU with a kept one is too high.',
  inputs: [
    { name: 'boxes' },
    { name: 'scores' },
    { name: 'max_output_boxes_per_class', optional: true },
    { name: 'iou_threshold', optional: true },
    { name: 'score_threshold', optional: true },
  ],
  outputs: [{ name: 'selected_indices' }],
  attrs: { center_point_box: { type: 'int', default: 0 } },
  dtypes: ['float32', 'float64'],
  traits: ['nondifferentiable'],
  infer: () => [{ dtype: 'int64', shape: [null, 3] }],
  kernel: (ctx) => {
    const boxes = ctx.input(0);
    const scores = ctx.input(1);
    if (
      boxes.rank !== 3 ||
      boxes.shape[2] !== 4 ||
      scores.rank !== 3 ||
      scores.shape[0] !== boxes.shape[0] ||
      scores.shape[2] !== boxes.shape[1]
    ) {
      throw new ShapeError(
        `NonMaxSuppression: boxes ${shapeStr(boxes.shape)} must be [B, N, 4] ` +
          `and scores ${shapeStr(scores.shape)} [B, C, N]`,
      );
    }
    const scalar = (i: number, def: number) =>
      ctx.inputs[i] && ctx.inputs[i]!.size ? ctx.inputs[i]!.toNumbers()[0] : def;
    const maxOut = scalar(2, 0);
    const iouTh = scalar(3, 0);
    const scoreTh = ctx.inputs[4] && ctx.inputs[4].size ? ctx.inputs[4].toNumbers()[0] : -Infinity;
    const center = ctx.attrs.int('center_point_box');
    if (center !== 0 && center !== 1)
      throw new ArgumentError(`NonMaxSuppression: center_point_box must be 0 or 1, got ${center}`);
    const [B, N] = boxes.shape;
    const C = scores.shape[1];
    const bx = boxes.toNumbers();
    const sc = scores.toNumbers();
    // Corners as [ymin, xmin, ymax, xmax] whatever the input order.
    const corner = (b: number, i: number) => {
      const o = (b * N + i) * 4;
      if (center) {
        const [xc, yc, w, h] = bx.slice(o, o + 4);
        return [yc - h / 2, xc - w / 2, yc + h / 2, xc + w / 2];
      }
      const [y1, x1, y2, x2] = bx.slice(o, o + 4);
      return [Math.min(y1, y2), Math.min(x1, x2), Math.max(y1, y2), Math.max(x1, x2)];
    };
    const iou = (a: number[], b: number[]) => {
      const ih = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));
      const iw = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
      const inter = ih * iw;
      const areaA = (a[2] - a[0]) * (a[3] - a[1]);
      const areaB = (b[2] - b[0]) * (b[3] - b[1]);
      if (areaA <= 0 || areaB <= 0) return 0;
      return inter / (areaA + areaB - inter);
    };
    const selected: bigint[] = [];
    for (let b = 0; b < B; b++) {
      for (let c = 0; c < C; c++) {
        if (maxOut <= 0) continue;
        const cand = [];
        for (let i = 0; i < N; i++) {
          const s = sc[(b * C + c) * N + i];
          if (s > scoreTh) cand.push({ i, s });
        }
        cand.sort((p, q) => q.s - p.s || p.i - q.i);
        const kept: number[][] = [];
        for (const { i } of cand) {
          if (kept.length >= maxOut) break;
          const box = corner(b, i);
          if (kept.some((k) => iou(k, box) > iouTh)) continue;
          kept.push(box);
          selected.push(BigInt(b), BigInt(c), BigInt(i));
        }
      }
    }
    return [Tensor.from(BigInt64Array.from(selected), 'int64', [selected.length / 3, 3])];
  },
});
