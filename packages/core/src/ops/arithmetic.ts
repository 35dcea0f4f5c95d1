// Add Sub Mul Div: broadcasting arithmetic, gradients reduce back to each input's shape.
import { defineBinary, unbroadcast } from './elementwise-helpers.js';

defineBinary('Add', {
  grad: ({ b, inputs, gradOutputs: [g], needsGrad }) => {
    if (!g) return [];
    return [needsGrad(0) ? unbroadcast(b, g, inputs[0]!) : undefined, needsGrad(1) ? unbroadcast(b, g, inputs[1]!) : undefined];
  },
  saves: { inputs: [0, 1] },
});

defineBinary('Sub', {
  grad: ({ b, inputs, gradOutputs: [g], needsGrad }) => {
    if (!g) return [];
    return [
      needsGrad(0) ? unbroadcast(b, g, inputs[0]!) : undefined,
      needsGrad(1) ? unbroadcast(b, b.apply('Neg', [g])[0], inputs[1]!) : undefined,
    ];
  },
  saves: { inputs: [0, 1] },
});

defineBinary('Mul', {
  grad: ({ b, inputs: [x, y], gradOutputs: [g], needsGrad }) => {
    if (!g) return [];
    return [
      needsGrad(0) ? unbroadcast(b, b.apply('Mul', [g, y])[0], x!) : undefined,
      needsGrad(1) ? unbroadcast(b, b.apply('Mul', [g, x])[0], y!) : undefined,
    ];
  },
  saves: { inputs: [0, 1] },
});

defineBinary('Div', {
  grad: ({ b, inputs: [x, y], outputs: [z], gradOutputs: [g], needsGrad }) => {
    if (!g) return [];
    const gx = b.apply('Div', [g, y])[0];
    return [
      needsGrad(0) ? unbroadcast(b, gx, x!) : undefined,
      // d(x/y)/dy = -z/y
      needsGrad(1) ? unbroadcast(b, b.apply('Neg', [b.apply('Mul', [gx, z])[0]])[0], y!) : undefined,
    ];
  },
  saves: { inputs: [0, 1], outputs: [0] },
});
