// The `optim.lrScheduler` namespace.
export {
  CosineAnnealingLR,
  ExponentialLR,
  LRScheduler,
  LinearLR,
  MultiStepLR,
  StepLR,
} from './lr-scheduler.js';
export { OneCycleLR, type OneCycleLROptions } from './one-cycle-lr.js';
export { ReduceLROnPlateau, type ReduceLROnPlateauOptions } from './reduce-lr-on-plateau.js';
