import { describe, expect, it } from 'vitest';
import { Tensor, execute, gradcheck, randomTensor } from '../src/index.js';
import { graphGradient } from './fixtures/graph-builder.js';
import { inferOp } from './fixtures/infer.js';
import { caseNames, runCase } from './fixtures/onnx-cases.js';

const f32 = (v: number[]) => Tensor.from(v, 'float32', [v.length]);
const i64 = (v: number[]) => Tensor.from(v, 'int64', [v.length]);

describe('ONNX backend cases (Resize)', () => {
  for (const name of caseNames('Resize')) it(name, () => runCase(name, { rtol: 1e-4, atol: 1e-4 }));
});

describe('Resize', () => {
  it('upsamples 2-D bilinearly (half_pixel) and keeps identity axes exact', () => {
    const x = Tensor.from([
      [
        [
          [1, 2],
          [3, 4],
        ],
      ],
    ]);
    const [y] = execute('Resize', [x, undefined, f32([1, 1, 2, 2])], { mode: 'linear' });
    expect(y.toArray()).toEqual([
      [
        [
          [1, 1.25, 1.75, 2],
          [1.5, 1.75, 2.25, 2.5],
          [2.5, 2.75, 3.25, 3.5],
          [3, 3.25, 3.75, 4],
        ],
      ],
    ]);
  });
  it('supports opset 11 tf_half_pixel_for_nn (ONNX case, multi-node model)', () => {
    const x = Tensor.from([
      [
        [
          [1, 2, 3, 4],
          [5, 6, 7, 8],
          [9, 10, 11, 12],
          [13, 14, 15, 16],
        ],
      ],
    ]);
    const empty = new Tensor('float32', [0]);
    const attrs = { coordinate_transformation_mode: 'tf_half_pixel_for_nn' };
    const [y] = execute('Resize', [x, empty, empty, i64([1, 1, 3, 2])], attrs);
    expect(y.toArray()).toEqual([
      [
        [
          [6, 8],
          [10, 12],
          [14, 16],
        ],
      ],
    ]);
  });
  it('resizes 3-D and 5-D inputs (N-d)', () => {
    const x = randomTensor([2, 3, 4], 1);
    const [y] = execute('Resize', [x, undefined, undefined, i64([2, 6, 2])], { mode: 'linear' });
    expect(y.shape).toEqual([2, 6, 2]);
    const [z] = execute(
      'Resize',
      [randomTensor([1, 1, 2, 2, 2], 2), undefined, f32([1, 1, 2, 2, 2])],
      {
        mode: 'nearest',
      },
    );
    expect(z.shape).toEqual([1, 1, 4, 4, 4]);
  });
  it('infers symbolic batch dims and rejects bad arguments', () => {
    const info = { dtype: 'float32' as const, shape: ['N', 3, 8, 8] };
    const scales = { dtype: 'float32' as const, shape: [4], value: f32([1, 1, 0.5, 2]) };
    expect(inferOp('Resize', [info, undefined, scales])[0].shape).toEqual(['N', 3, 4, 16]);
    const x = new Tensor('float32', [1, 1, 2, 2]);
    expect(() => execute('Resize', [x, undefined, f32([1, 1, 2])])).toThrow(
      /Resize: scales has 3 values for rank 4/,
    );
    expect(() => execute('Resize', [x, undefined, f32([1, 1, 2, 2])], { mode: 'area' })).toThrow(
      /Resize: mode must be/,
    );
    expect(() => execute('Resize', [x])).toThrow(/Resize: one of scales or sizes must be given/);
  });
  it('gradchecks nearest, linear and cubic in float64', () => {
    const x = randomTensor([1, 2, 3, 4], 3);
    const cases = [
      { mode: 'nearest' },
      { mode: 'linear' },
      { mode: 'linear', coordinate_transformation_mode: 'align_corners' },
      { mode: 'cubic', exclude_outside: 1 },
      {
        mode: 'linear',
        coordinate_transformation_mode: 'tf_crop_and_resize',
        extrapolation_value: 0.5,
      },
    ];
    const roi = Tensor.from([0, 0, -0.2, 0.1, 1, 1, 0.9, 1.3], 'float64', [8]);
    for (const attrs of cases) {
      const r = gradcheck('Resize', [x, roi, Tensor.from([1, 1, 1.5, 0.75], 'float32', [4])], {
        attrs,
        wrt: [0],
      });
      expect(r.ok, `${JSON.stringify(attrs)}: ${r.message}`).toBe(true);
    }
    const s = gradcheck('Resize', [x, undefined, undefined, i64([1, 2, 5, 7])], {
      attrs: { mode: 'linear' },
      wrt: [0],
    });
    expect(s.ok, s.message).toBe(true);
  });
});

describe('Resize gradient as a static graph', () => {
  it('matches the eager gradient with a symbolic batch', () => {
    const x = randomTensor([2, 1, 3, 3], 1);
    const scales = Tensor.from([1, 1, 2, 1.5], 'float32', [4]);
    const attrs = { mode: 'linear' };
    const [y] = execute('Resize', [x, undefined, scales], attrs);
    const gy = randomTensor([...y.shape], 2);
    const [dx] = graphGradient(
      'Resize',
      [x, undefined, scales],
      [['N', 1, 3, 3], 'const', 'const'],
      gy,
      attrs,
    );
    const [ref] = execute(
      'ResizeGrad',
      [gy, Tensor.from([2, 1, 3, 3], 'int64', [4]), undefined, scales],
      attrs,
    );
    expect(dx.toNumbers()).toEqual(ref.toNumbers());
  });
});
