// Global grad mode: whether new ops are recorded for autograd (PyTorch's no_grad / enable_grad).
let enabled = true;

export function isGradEnabled(): boolean {
  return enabled;
}

export function setGradEnabled(on: boolean): void {
  enabled = on;
}

function withMode<T>(on: boolean, fn: () => T): T {
  const prev = enabled;
  enabled = on;
  try {
    const r = fn();
    if (r instanceof Promise) {
      throw new TypeError('noGrad/enableGrad take a synchronous function; await outside of it');
    }
    return r;
  } finally {
    enabled = prev;
  }
}

/** Runs `fn` without recording gradients, like `with torch.no_grad():`. */
export function noGrad<T>(fn: () => T): T {
  return withMode(false, fn);
}

/** Runs `fn` with gradient recording on, even inside noGrad. */
export function enableGrad<T>(fn: () => T): T {
  return withMode(true, fn);
}
