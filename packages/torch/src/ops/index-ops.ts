// Indexing: gather/scatter, indexSelect, maskedFill, where, tril/triu, nonzero.
import { ShapeError, shapeStr } from '@tandem/core';
import { Tensor } from '../tensor.js';
import { type TensorLike, asTensor, cast, normDim, promoted, scalarTensor } from './promote.js';
import { apply1 as run1 } from '../dispatch.js';
import { expand, narrow } from './view.js';

function checkIndex(op: string, index: Tensor): Tensor {
  if (index.dtype !== 'int64' && index.dtype !== 'int32') {
    throw new TypeError(`${op}(): expected dtype int64 for index (got ${index.dtype})`);
  }
  return cast(index, 'int64');
}

/** out[i][j] = x[index[i][j]][j] for dim 0 (and so on): PyTorch's gather. */
export function gather(x: Tensor, dim: number, index: Tensor): Tensor {
  if (index.ndim !== x.ndim) {
    throw new ShapeError(
      `gather: index ${shapeStr(index.shape)} must have as many dims as the input ${shapeStr(x.shape)}`,
    );
  }
  return run1('GatherElements', [x, checkIndex('gather', index)], {
    axis: normDim(dim, x.ndim, 'gather'),
  });
}

export interface ScatterOptions {
  /** Combine with the existing value instead of replacing it. */
  reduce?: 'add' | 'multiply';
}

/** src cut (or a scalar broadcast) to the index's shape, as PyTorch lets src be larger. */
function updatesFor(x: Tensor, index: Tensor, src: TensorLike): Tensor {
  if (!(src instanceof Tensor)) return expand(scalarTensor(src as number, x.dtype), index.shape);
  let u = cast(src, x.dtype);
  if (u.ndim !== index.ndim) {
    throw new ShapeError(
      `scatter: src ${shapeStr(u.shape)} and index ${shapeStr(index.shape)} ` +
        'must have the same number of dims',
    );
  }
  index.shape.forEach((n, d) => {
    if (n > u.shape[d])
      throw new ShapeError(
        `scatter: index ${shapeStr(index.shape)} is larger than src ${shapeStr(src.shape)} at dim ${d}`,
      );
    if (n < u.shape[d]) u = narrow(u, d, 0, n);
  });
  return u;
}

/** A copy of x with src (or a value) written at the indices along dim (PyTorch's scatter). */
export function scatter(
  x: Tensor,
  dim: number,
  index: Tensor,
  src: TensorLike,
  opts: ScatterOptions = {},
): Tensor {
  const reduction = opts.reduce === 'add' ? 'add' : opts.reduce === 'multiply' ? 'mul' : 'none';
  const idx = checkIndex('scatter', index);
  return run1('ScatterElements', [x, idx, updatesFor(x, idx, src)], {
    axis: normDim(dim, x.ndim, 'scatter'),
    reduction,
  });
}

/** scatter with summation of duplicates. */
export function scatterAdd(x: Tensor, dim: number, index: Tensor, src: Tensor): Tensor {
  return scatter(x, dim, index, src, { reduce: 'add' });
}

/** The entries of x at the (1-D) index along dim. */
export function indexSelect(x: Tensor, dim: number, index: Tensor): Tensor {
  if (index.ndim > 1)
    throw new ShapeError(`indexSelect: index must be 0-d or 1-d (got ${shapeStr(index.shape)})`);
  const idx = index.ndim === 0 ? run1('Reshape', [index, asTensor(1n, 'int64')]) : index;
  return run1('Gather', [x, checkIndex('indexSelect', idx)], {
    axis: normDim(dim, x.ndim, 'indexSelect'),
  });
}

/** x with `value` where mask is true (mask broadcasts). */
export function maskedFill(x: Tensor, mask: Tensor, value: TensorLike): Tensor {
  if (mask.dtype !== 'bool')
    throw new TypeError(`maskedFill: expected a bool mask (got ${mask.dtype})`);
  if (value instanceof Tensor && value.ndim !== 0) {
    throw new ShapeError(
      `maskedFill: only supports a 0-dimensional value tensor (got ${shapeStr(value.shape)})`,
    );
  }
  return run1('Where', [mask, asTensor(value, x.dtype), x]);
}

/** Elementwise choice: a where cond is true, else b (broadcasting, promoting a and b). */
export function where(cond: Tensor, a: TensorLike, b: TensorLike): Tensor {
  return run1('Where', [cast(cond, 'bool'), ...promoted([a, b])]);
}

function trilu(x: Tensor, k: number, upper: boolean): Tensor {
  if (x.ndim < 2)
    throw new ShapeError(
      `${upper ? 'triu' : 'tril'}: input tensor must have at least 2 dimensions (got ${shapeStr(x.shape)})`,
    );
  return run1('Trilu', [x, scalarTensor(k, 'int64')], { upper: upper ? 1 : 0 });
}

/** The lower triangle (elements with j - i <= k); the rest zero. */
export function tril(x: Tensor, k = 0): Tensor {
  return trilu(x, k, false);
}

export function triu(x: Tensor, k = 0): Tensor {
  return trilu(x, k, true);
}

/** Indices of non-zero elements, shape [count, ndim] (PyTorch's layout). */
export function nonzero(x: Tensor): Tensor {
  return run1('Transpose', [run1('NonZero', [x])], { perm: [1, 0] });
}
