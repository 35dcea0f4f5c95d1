/**
 * `torch.utils.data`: datasets, samplers, DataLoader, randomSplit.
 *
 * @example
 * import { utils } from '@tandem/torch';
 * const loader = new utils.data.DataLoader(new utils.data.TensorDataset(x, y), { batchSize: 32 });
 */
export { Dataset, TensorDataset, Subset, ConcatDataset } from './dataset.js';
export { DataLoader, type DataLoaderOptions } from './dataloader.js';
export { defaultCollate } from './collate.js';
export { randomSplit } from './random-split.js';
export {
  BatchSampler,
  RandomSampler,
  SequentialSampler,
  SubsetRandomSampler,
  randperm,
  type DataGenerator,
  type RandomSamplerOptions,
  type Sampler,
} from './sampler.js';
