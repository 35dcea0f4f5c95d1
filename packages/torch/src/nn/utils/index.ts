/** `torch.nn.utils`: gradient clipping. @example nn.utils.clipGradNorm_(model.parameters(), 1.0) */
export { clipGradNorm_, clipGradValue_ } from './clip-grad.js';
