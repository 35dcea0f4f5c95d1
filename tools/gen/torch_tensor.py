#!/usr/bin/env python3
"""Writes packages/torch/test/fixtures/tensor/*.json: PyTorch's forward values and gradients for
a sample of Tensor methods (arithmetic with broadcasting, reductions, views, indexing, in-place ops
on views, higher-order gradients). Each case's loss is sum_i (out_i * w_i).sum() with fixed random
weights w_i, so the gradients of every input are checked. Inputs are float32 values; PyTorch
computes in float64. Run: python3 tools/gen/torch_tensor.py"""
import json
import os

import torch

torch.manual_seed(1234)
OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'packages', 'torch', 'test', 'fixtures', 'tensor')


def randn(*shape):
    return torch.randn(list(shape), dtype=torch.float32).double()


def enc(t):
    if t.dtype == torch.bool:
        return {'shape': list(t.shape), 'dtype': 'bool', 'data': [bool(v) for v in t.flatten().tolist()]}
    if t.dtype in (torch.int64, torch.int32):
        return {'shape': list(t.shape), 'dtype': 'int64', 'data': t.flatten().tolist()}
    return {'shape': list(t.shape), 'dtype': 'float', 'data': t.detach().flatten().tolist()}


CASES = []


def case(name, inputs, fn):
    CASES.append((name, inputs, fn))


def idx(rows):
    return torch.tensor(rows, dtype=torch.int64)


# Arithmetic and broadcasting.
case('add_bcast', {'a': randn(2, 3), 'b': randn(3)}, lambda a, b: a + b)
case('add_alpha', {'a': randn(2, 3), 'b': randn(2, 1)}, lambda a, b: torch.add(a, b, alpha=2.5))
case('sub_scalar', {'a': randn(2, 3)}, lambda a: (a - 1.5, 2 - a))
case('mul_bcast', {'a': randn(2, 1, 3), 'b': randn(4, 1)}, lambda a, b: a * b)
case('div', {'a': randn(2, 3), 'b': randn(2, 3)},
     lambda a, b: (a / (b.abs() + 0.5), a / 4, 3 / (b.abs() + 1)))
case('pow', {'a': randn(2, 3), 'b': randn(2, 3)},
     lambda a, b: ((a.abs() + 0.1) ** 2.5, (a.abs() + 0.5) ** b, a ** 2))
case('unary', {'a': randn(3, 4)}, lambda a: (
    a.exp(), (a.abs() + 0.1).log(), (a.abs() + 0.1).sqrt(), (a.abs() + 0.1).rsqrt(), a.sin(), a.cos(),
    a.tanh(), a.sigmoid(), a.relu(), a.abs(), -a, (a.abs() + 0.5).reciprocal(), a.square(), a.erf()))
case('rounding', {'a': randn(3, 4) * 3}, lambda a: (a.floor(), a.ceil(), a.round(), a.sign(), a.trunc()))
case('clamp', {'a': randn(3, 4)}, lambda a: (a.clamp(-0.5, 0.5), a.clamp(min=0.1), a.clamp(max=0.2)))
case('maximum', {'a': randn(3, 4), 'b': randn(4)}, lambda a, b: (torch.maximum(a, b), torch.minimum(a, b)))
case('remainder', {'a': randn(3, 4) * 4}, lambda a: (torch.remainder(a, 1.5), torch.fmod(a, 1.5)))

# Matrix products.
case('matmul_2d', {'a': randn(3, 4), 'b': randn(4, 5)}, lambda a, b: a @ b)
case('matmul_bcast', {'a': randn(2, 3, 4), 'b': randn(4, 2)}, lambda a, b: torch.matmul(a, b))
case('matmul_1d', {'v': randn(4), 'm': randn(4, 3)}, lambda v, m: (v @ m, m.t() @ v, v @ v))
case('bmm', {'a': randn(2, 3, 4), 'b': randn(2, 4, 5)}, lambda a, b: torch.bmm(a, b))

# Reductions.
case('sum', {'x': randn(2, 3, 4)}, lambda x: (x.sum(), x.sum(1, keepdim=True), x.sum((0, 2)), x.sum(-1)))
case('mean_prod', {'x': randn(2, 3, 4)},
     lambda x: (x.mean(), x.mean((0, 2)), x.mean(1, keepdim=True), x.prod(1)))
case('max_min', {'x': randn(3, 5)}, lambda x: (
    x.max(), x.min(), x.max(1).values, x.min(0, keepdim=True).values, x.amax(1)))
case('arg_indices', {'x': randn(3, 5)}, lambda x: (
    x.max(1).indices, x.min(0, keepdim=True).indices, x.argmax(), x.argmin(1), x.topk(2, 1).indices,
    x.sort(0).indices))
case('compare', {'x': randn(3, 4), 'y': randn(4)}, lambda x, y: (
    x > y, x <= 0.1, x.eq(x), x.ne(y), (x > 0).logical_and(y < 0), (x > 0).all(1), (x > 1).any(0), x.isnan()))
case('var_std', {'x': randn(3, 5)}, lambda x: (
    x.var(), x.var(1), x.var(1, unbiased=False, keepdim=True), x.std(0), torch.var(x, 1, correction=2),
    x.std()))
case('logsumexp', {'x': randn(3, 5) * 20}, lambda x: (x.logsumexp(1), torch.logsumexp(x, (0, 1))))
case('norm', {'x': randn(3, 4)}, lambda x: (
    x.norm(), x.norm(1, dim=1), x.norm(float('inf'), dim=0), x.norm(3, dim=1, keepdim=True)))
case('softmax', {'x': randn(3, 4)}, lambda x: (x.softmax(1), x.log_softmax(-1), torch.softmax(x, 0)))
case('cumsum', {'x': randn(3, 4)}, lambda x: x.cumsum(1))

# Views and joins.
case('permute_reshape', {'x': randn(2, 3, 4)},
     lambda x: (x.permute(2, 0, 1).reshape(4, 6), x.transpose(0, 2)))
case('t_matmul', {'x': randn(4, 3), 'y': randn(4, 2)}, lambda x, y: x.t() @ y)
case('expand', {'v': randn(3, 1)}, lambda v: (v.expand(3, 4), v.expand(2, 3, 5)))
case('narrow_select', {'x': randn(4, 5)},
     lambda x: (x.narrow(1, 1, 2), x.select(0, 1), x[:, ::2], x[1:3, -2:]))
case('squeeze', {'x': randn(2, 1, 3, 1)}, lambda x: (
    x.squeeze(), x.squeeze(1), x.squeeze(0), x.unsqueeze(0), x.unsqueeze(-1), x.flatten(), x.flatten(1),
    x.view(6)))
case('unflatten', {'x': randn(2, 12)}, lambda x: x.unflatten(1, (3, 4)))
case('split_chunk', {'x': randn(5, 4)}, lambda x: (*x.split(2), *x.chunk(2, 1), *x.unbind(1)))
case('repeat', {'x': randn(2, 3)}, lambda x: x.repeat(2, 1, 3))
case('cat_stack', {'a': randn(2, 3), 'b': randn(2, 2), 'c': randn(2, 3)}, lambda a, b, c: (
    torch.cat([a, b], 1), torch.stack([a, c], 0), torch.stack([a, c], 2), torch.cat([a, c])))
case('flip', {'x': randn(3, 4)}, lambda x: x.flip(1))

# Indexing.
case('gather', {'x': randn(3, 4), 'i': idx([[0, 3], [1, 1], [2, 0]])},
     lambda x, i: (x.gather(1, i), x.gather(0, idx([[0, 1, 2, 0]]))))
case('scatter', {'x': randn(3, 5), 's': randn(3, 2), 'i': idx([[0, 4], [1, 2], [3, 0]])}, lambda x, s, i: (
    x.scatter(1, i, s), x.scatter(1, i, 0.5)))
case('scatter_add', {'x': randn(3, 5), 's': randn(3, 3), 'i': idx([[0, 0, 4], [1, 2, 1], [3, 3, 3]])},
     lambda x, s, i: x.scatter_add(1, i, s))
case('index_select', {'x': randn(4, 3), 'i': idx([3, 0, 3])},
     lambda x, i: (x.index_select(0, i), x.index_select(1, idx([2, 0]))))
case('masked_where', {'x': randn(3, 4), 'y': randn(3, 4)}, lambda x, y: (
    x.masked_fill(x > 0.2, 0.5), torch.where(x > y, x, y), torch.where(x > 0, x, 0.0)))
case('trilu', {'x': randn(4, 4)}, lambda x: (x.tril(), x.triu(1), x.tril(-1)))
case('topk_sort', {'x': randn(3, 6)},
     lambda x: (x.topk(2, 1).values, x.sort(1).values, x.sort(0, descending=True).values))


# In-place ops (the tensors written to are non-leaves; x is the leaf).
def inplace_chain(x, b, c):
    y = x * 1
    y.add_(b, alpha=0.5)
    y.mul_(c)
    y.sigmoid_()
    return y


def inplace_view(x, w):
    y = x * 1
    y[1].mul_(w)
    return y


def inplace_slice(x):
    y = x * 2
    y[:, 1:3].add_(1).exp_()
    return y


def copy_into(w):
    y = torch.zeros(3, 4, dtype=torch.float64)
    y[0].copy_(w)
    y[2, 1:].fill_(3)
    return y * 2


def inplace_saved_ok(x):
    a = x * 1
    b = a + 2  # Add saves only shapes: a later in-place write on a is fine
    a.mul_(3)
    return a * b


case('inplace_chain', {'x': randn(2, 3), 'b': randn(3), 'c': randn(2, 3)}, inplace_chain)
case('inplace_view', {'x': randn(3, 4), 'w': randn(4)}, inplace_view)
case('inplace_slice', {'x': randn(3, 4)}, inplace_slice)
case('copy_into', {'w': randn(4)}, copy_into)
case('inplace_saved_ok', {'x': randn(2, 3)}, inplace_saved_ok)
case('clamp_', {'x': randn(2, 3)}, lambda x: (x * 1).clamp_(-0.3, 0.3) * 2)


def run_case(name, inputs, fn):
    ins = {k: (v.clone().requires_grad_(True) if v.is_floating_point() else v) for k, v in inputs.items()}
    outs = fn(*ins.values())
    outs = list(outs) if isinstance(outs, tuple) else [outs]
    weights = [randn(*o.shape) if o.is_floating_point() else None for o in outs]
    loss = sum((o * w).sum() for o, w in zip(outs, weights) if w is not None and o.requires_grad)
    grads = {}
    float_ins = [k for k, v in ins.items() if v.is_floating_point()]
    if torch.is_tensor(loss):
        gs = torch.autograd.grad(loss, [ins[k] for k in float_ins], allow_unused=True)
        for k, g in zip(float_ins, gs):
            grads[k] = enc(g if g is not None else torch.zeros_like(ins[k]))
    return {
        'name': name,
        'inputs': {k: enc(v) for k, v in inputs.items()},
        'outputs': [enc(o) for o in outs],
        'weights': [enc(w) if w is not None else None for w in weights],
        'grads': grads,
    }


def higher_order():
    """d/dx and d2/dx2 through autograd.grad(createGraph)."""
    x = randn(5).requires_grad_(True)
    w = randn(5).requires_grad_(True)
    f = ((x ** 3) * w).sum() + (x.tanh() * x).sum()
    (g,) = torch.autograd.grad(f, x, create_graph=True)
    hx, hw = torch.autograd.grad((g * g).sum(), [x, w])
    return {'x': enc(x), 'w': enc(w), 'g': enc(g), 'hx': enc(hx), 'hw': enc(hw)}


def main():
    os.makedirs(OUT, exist_ok=True)
    cases = [run_case(*c) for c in CASES]
    with open(os.path.join(OUT, 'ops.json'), 'w') as f:
        json.dump({'generator': 'tools/gen/torch_tensor.py', 'torch': torch.__version__, 'cases': cases}, f)
    with open(os.path.join(OUT, 'higher-order.json'), 'w') as f:
        json.dump(higher_order(), f)


if __name__ == '__main__':
    main()
