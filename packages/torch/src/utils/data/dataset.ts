// Datasets: indexable collections of samples.
import { ArgumentError, ShapeError, shapeStr } from '@tandem/core';
import { select } from '../../ops/view.js';
import type { Tensor } from '../../tensor.js';

/**
 * A map-style dataset (PyTorch's `Dataset`): `getItem(i)` for 0 <= i < `length`.
 *
 * @example
 * class Squares extends Dataset<[number, number]> {
 *   get length() { return 10; }
 *   getItem(i: number): [number, number] { return [i, i * i]; }
 * }
 */
export abstract class Dataset<T = unknown> {
  abstract getItem(index: number): T;
  abstract get length(): number;
}

/**
 * Samples are the i-th slices (along dim 0) of equally long tensors.
 *
 * @example
 * const ds = new TensorDataset(x, y);
 * const [xi, yi] = ds.getItem(0);
 */
export class TensorDataset extends Dataset<Tensor[]> {
  readonly tensors: readonly Tensor[];

  constructor(...tensors: Tensor[]) {
    super();
    if (tensors.length === 0) throw new ArgumentError('TensorDataset: needs at least one tensor');
    const n = tensors[0].shape[0];
    for (const t of tensors) {
      if (t.ndim === 0 || t.shape[0] !== n) {
        throw new ShapeError(
          `Size mismatch between tensors: TensorDataset needs equal first dims, got ` +
            tensors.map((x) => shapeStr(x.shape)).join(' and '),
        );
      }
    }
    this.tensors = tensors;
  }

  get length(): number {
    return this.tensors[0].shape[0];
  }

  getItem(index: number): Tensor[] {
    return this.tensors.map((t) => select(t, 0, index));
  }
}

/**
 * The samples of `dataset` at `indices`.
 *
 * @example
 * const firstTen = new Subset(ds, [...Array(10).keys()]);
 */
export class Subset<T = unknown> extends Dataset<T> {
  constructor(
    readonly dataset: Dataset<T>,
    readonly indices: readonly number[],
  ) {
    super();
  }

  get length(): number {
    return this.indices.length;
  }

  getItem(index: number): T {
    checkIndex(index, this.length, 'Subset');
    return this.dataset.getItem(this.indices[index]);
  }
}

/** Several datasets one after another. */
export class ConcatDataset<T = unknown> extends Dataset<T> {
  private readonly ends: number[] = [];

  constructor(readonly datasets: readonly Dataset<T>[]) {
    super();
    let total = 0;
    for (const d of datasets) this.ends.push((total += d.length));
  }

  get length(): number {
    return this.ends.length ? this.ends[this.ends.length - 1] : 0;
  }

  getItem(index: number): T {
    checkIndex(index, this.length, 'ConcatDataset');
    const k = this.ends.findIndex((e) => index < e);
    return this.datasets[k].getItem(index - (k === 0 ? 0 : this.ends[k - 1]));
  }
}

function checkIndex(i: number, n: number, what: string): void {
  if (!Number.isInteger(i) || i < 0 || i >= n)
    throw new RangeError(`${what}: index ${i} out of range for length ${n}`);
}
