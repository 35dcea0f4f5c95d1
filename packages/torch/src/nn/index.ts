/**
 * torch.nn: modules, layers, losses, init and functional, with PyTorch's names (camelCase) and
 * state-dict keys. Call a module with `m.call(x)` (runs hooks) or `m.forward(x)`.
 * @example
 * import { nn } from '@tandem/torch';
 * const net = new nn.Sequential(new nn.Linear(4, 8), new nn.ReLU(), new nn.Linear(8, 2));
 * const loss = new nn.CrossEntropyLoss().call(net.call(x), labels);
 */
export {
  Module,
  Parameter,
  type StateDict,
  type LoadResult,
  type RemovableHandle,
} from './module.js';
export { Sequential, ModuleList, ModuleDict } from './containers.js';
export { Identity, Linear, Bilinear, Flatten } from './linear.js';
export { Conv1d, Conv2d, ConvTranspose2d } from './conv.js';
export { MaxPool1d, MaxPool2d, AvgPool1d, AvgPool2d, AdaptiveAvgPool2d } from './pooling.js';
export {
  BatchNorm1d,
  BatchNorm2d,
  LayerNorm,
  GroupNorm,
  type BatchNormOptions,
} from './normalization.js';
export {
  ReLU,
  LeakyReLU,
  GELU,
  SiLU,
  ELU,
  Sigmoid,
  Tanh,
  Softmax,
  LogSoftmax,
} from './activation.js';
export { Dropout } from './dropout.js';
export { Embedding } from './embedding.js';
export { MultiheadAttention, TransformerEncoderLayer, TransformerEncoder } from './transformer.js';
export { LSTM, GRU } from './rnn.js';
export {
  MSELoss,
  L1Loss,
  SmoothL1Loss,
  HuberLoss,
  CrossEntropyLoss,
  NLLLoss,
  BCELoss,
  BCEWithLogitsLoss,
  KLDivLoss,
} from './loss.js';
export * as functional from './functional/index.js';
export * as init from './init.js';
export { deepCopy } from './factory.js';
export * as utils from './utils/clip-grad.js';
