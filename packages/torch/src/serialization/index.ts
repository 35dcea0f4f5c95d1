/**
 * Checkpoints: `save`/`load` (safetensors, atomic writes) and reading PyTorch's zip checkpoints.
 *
 * @example
 * import * as torch from '@tandem/torch';
 * torch.save(model.stateDict(), 'model.safetensors');
 * model.loadStateDict(torch.load('model.safetensors') as Record<string, torch.Tensor>);
 * model.loadStateDict(torch.load('from-pytorch.pt') as Record<string, torch.Tensor>);
 */
export { save, load, loadBytes } from './save-load.js';
export { encodeSafetensors, decodeSafetensors, type SafetensorsContents } from './safetensors.js';
export { loadPyTorch } from './pytorch-zip.js';
export { UnsafePickleError } from './unpickler.js';
