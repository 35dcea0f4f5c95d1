import { it, expect } from 'vitest';
import { Tensor, execute } from '../src/index.js';
it('smoke', () => {
  const x = Tensor.from([[1, 2, 3], [4, 5, 6]]);
  const i64 = (v: number[]) => Tensor.from(v, 'int64', [v.length]);
  console.log(execute('Shape', [x])[0].toArray());
  console.log(execute('Reshape', [x, i64([3, -1])])[0].toArray());
  console.log(execute('Transpose', [x])[0].toArray());
  console.log(execute('Expand', [Tensor.from([1, 2]), i64([2, 2])])[0].toArray());
  console.log(execute('Concat', [x, x], { axis: 1 })[0].toArray());
  console.log(execute('Split', [x, i64([1, 2])], { axis: 1 }).map((t) => t.toArray()));
  console.log(execute('Slice', [x, i64([0, 2]), i64([9e18, -9e18]), i64([0, 1]), i64([1, -1])])[0].toArray());
  console.log(execute('Tile', [x, i64([2, 2])])[0].toArray());
  console.log(execute('ConstantOfShape', [i64([2, 2])])[0].toArray());
  console.log(execute('Range', [Tensor.scalar(1, 'int64'), Tensor.scalar(7, 'int64'), Tensor.scalar(2, 'int64')])[0].toArray());
  console.log(execute('RandomNormal', [], { shape: [3], seed: 1 })[0].toArray(), execute('RandomNormal', [], { shape: [3], seed: 1 })[0].toArray());
  console.log(execute('EyeLike', [x], { k: 1 })[0].toArray());
});
