/** `torch.utils`: for now, `utils.data` (datasets, samplers, DataLoader, randomSplit). */
export * as data from './data/index.js';
