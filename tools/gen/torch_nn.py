#!/usr/bin/env python3
"""Fixtures for @tandem/torch nn: every layer and loss, forward values and gradients.

Writes packages/torch/test/fixtures/nn/<group>.json with real PyTorch 1.13 (Debian python3-torch).
Each case names a Tandem module (`cls`, positional `args`, camelCase `opts`), PyTorch's initial
state_dict (keys in order, dtypes, values), the inputs, the call options, the outputs, and the
gradients of sum(out_i * gradOut_i) w.r.t. the float inputs and every parameter. Modules run in
float32, as PyTorch's defaults; tests compare with rtol 1e-4 / atol 1e-5 (looser where noted).
Tensors are {"shape", "dtype", "data"} objects; in args/opts they are tagged {"__tensor__": ...}.
"""
import json
import math
import os

import torch
import torch.nn as nn

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'packages', 'torch', 'test', 'fixtures', 'nn')
DT = {torch.float32: 'float32', torch.float64: 'float64', torch.int64: 'int64', torch.bool: 'bool'}


def snake(k):
    return ''.join('_' + c.lower() if c.isupper() else c for c in k)


def enc(t):
    if t is None:
        return None
    t = t.detach()
    data = t.reshape(-1).tolist()
    if t.dtype == torch.bool:
        data = [bool(v) for v in data]
    elif t.dtype == torch.float32:
        data = [float(f'{v:.9g}') for v in data]  # 9 digits round-trip float32 exactly
    if t.is_floating_point():
        data = [v if math.isfinite(v) else str(v).replace('inf', 'Infinity').replace('nan', 'NaN') for v in data]
    return {'shape': list(t.shape), 'dtype': DT[t.dtype], 'data': data}


def tag(v):
    """Args/opts for JSON: tensors tagged, tuples as lists."""
    if isinstance(v, torch.Tensor):
        return {'__tensor__': enc(v)}
    if isinstance(v, (list, tuple)):
        return [tag(x) for x in v]
    if isinstance(v, dict):
        return {k: tag(x) for k, x in v.items()}
    return v


def flatten_out(o):
    if isinstance(o, torch.Tensor):
        return [o]
    if o is None:
        return [None]
    out = []
    for x in o:
        out += flatten_out(x)
    return out


def torch_ctor(cls, args, opts):
    kw = {snake(k): v for k, v in opts.items()}
    return getattr(nn, cls)(*args, **kw)


def run_case(name, cls, args, opts, inputs, call=None, train=True, module=None, grad_inputs=True,
             tol=None, seed=0, no_grad=()):
    """inputs: list of tensors (or lists of tensors for tuple arguments like LSTM's (h0, c0))."""
    torch.manual_seed(seed)
    m = module if module is not None else torch_ctor(cls, args, opts)
    m.train(train)
    sd = m.state_dict()
    state = {k: enc(v) for k, v in sd.items()}

    def leaf(t, i):
        t = t.clone()
        if grad_inputs and t.is_floating_point() and i not in no_grad:
            t.requires_grad_(True)
        return t

    ins = [[leaf(t, i) for t in x] if isinstance(x, (list, tuple)) else leaf(x, i) for i, x in enumerate(inputs)]
    call_kw = {snake(k): v for k, v in (call or {}).items()}
    out = m(*[tuple(x) if isinstance(x, list) else x for x in ins], **call_kw)
    outs = flatten_out(out)
    torch.manual_seed(1000 + seed)
    gouts = [torch.randn_like(o) if o is not None and o.is_floating_point() else None for o in outs]
    loss = sum((o * g).sum() for o, g in zip(outs, gouts) if g is not None and o.requires_grad)
    flat_ins = [t for x in ins for t in (x if isinstance(x, list) else [x])]
    if isinstance(loss, torch.Tensor):
        loss.backward()
    case = {
        'name': name,
        'cls': cls,
        'args': tag(args),
        'opts': tag(opts),
        'train': train,
        'state': state,
        'keys': list(sd.keys()),
        'inputs': tag([[t.detach() for t in x] if isinstance(x, list) else x.detach() for x in ins]),
        'call': tag(call or {}),
        'outputs': [enc(o) for o in outs],
        'gradOutputs': [enc(g) for g in gouts],
        'inputGrads': [enc(t.grad) for t in flat_ins],
        'paramGrads': {k: enc(p.grad) for k, p in m.named_parameters()},
    }
    if tol:
        case['tol'] = tol
    return case


def rn(*shape):
    return torch.randn(*shape)


def idx(high, *shape):
    return torch.randint(0, high, shape)


def linear_cases():
    torch.manual_seed(1)
    return [
        run_case('Linear', 'Linear', [5, 3], {}, [rn(4, 5)]),
        run_case('Linear nobias 3d', 'Linear', [5, 3], {'bias': False}, [rn(2, 4, 5)]),
        run_case('Linear 1d input', 'Linear', [5, 2], {}, [rn(5)]),
        run_case('Bilinear', 'Bilinear', [3, 4, 2], {}, [rn(5, 3), rn(5, 4)]),
        run_case('Bilinear nobias 3d', 'Bilinear', [2, 3, 4], {'bias': False}, [rn(2, 3, 2), rn(2, 3, 3)]),
        run_case('Identity', 'Identity', [], {}, [rn(2, 3)]),
        run_case('Flatten', 'Flatten', [], {}, [rn(2, 3, 4, 2)]),
        run_case('Flatten 0..1', 'Flatten', [0, 1], {}, [rn(2, 3, 4)]),
        run_case('Embedding', 'Embedding', [7, 3], {}, [idx(7, 2, 4)]),
        run_case('Embedding paddingIdx', 'Embedding', [6, 4], {'paddingIdx': 2},
                 [torch.tensor([[0, 2, 5], [2, 1, 1]])]),
    ]


def conv_cases():
    torch.manual_seed(2)
    return [
        run_case('Conv1d', 'Conv1d', [3, 4, 3], {}, [rn(2, 3, 9)]),
        run_case('Conv1d stride dilation pad', 'Conv1d', [2, 4, 3],
                 {'stride': 2, 'padding': 2, 'dilation': 2}, [rn(2, 2, 11)]),
        run_case('Conv1d same groups', 'Conv1d', [4, 6, 4], {'padding': 'same', 'groups': 2}, [rn(1, 4, 8)]),
        run_case('Conv1d reflect', 'Conv1d', [2, 3, 3], {'padding': 1, 'paddingMode': 'reflect'}, [rn(2, 2, 6)]),
        run_case('Conv2d', 'Conv2d', [3, 4, 3], {}, [rn(2, 3, 7, 6)]),
        run_case('Conv2d stride pad tuple', 'Conv2d', [2, 3, [3, 2]],
                 {'stride': [2, 1], 'padding': [1, 0]}, [rn(2, 2, 7, 6)]),
        run_case('Conv2d same dilation', 'Conv2d', [2, 2, 3], {'padding': 'same', 'dilation': 2}, [rn(1, 2, 7, 7)]),
        run_case('Conv2d valid nobias', 'Conv2d', [3, 2, 2], {'padding': 'valid', 'bias': False}, [rn(1, 3, 5, 5)]),
        run_case('Conv2d groups depthwise', 'Conv2d', [4, 8, 3], {'groups': 4, 'padding': 1}, [rn(2, 4, 5, 5)]),
        run_case('Conv2d replicate', 'Conv2d', [2, 2, 3], {'padding': 1, 'paddingMode': 'replicate'},
                 [rn(1, 2, 5, 4)]),
        run_case('Conv2d circular', 'Conv2d', [2, 2, 3], {'padding': 1, 'paddingMode': 'circular'},
                 [rn(1, 2, 5, 4)]),
        run_case('ConvTranspose2d', 'ConvTranspose2d', [3, 2, 3], {}, [rn(2, 3, 4, 5)]),
        run_case('ConvTranspose2d stride pad outpad', 'ConvTranspose2d', [2, 4, 3],
                 {'stride': 2, 'padding': 1, 'outputPadding': 1}, [rn(1, 2, 4, 4)]),
        run_case('ConvTranspose2d groups dilation', 'ConvTranspose2d', [4, 2, [2, 3]],
                 {'groups': 2, 'dilation': [2, 1], 'bias': False}, [rn(1, 4, 3, 3)]),
    ]


def pooling_cases():
    torch.manual_seed(3)
    return [
        run_case('MaxPool1d', 'MaxPool1d', [2], {}, [rn(2, 3, 8)]),
        run_case('MaxPool1d stride pad ceil', 'MaxPool1d', [3], {'stride': 2, 'padding': 1, 'ceilMode': True},
                 [rn(1, 2, 8)]),
        run_case('MaxPool2d', 'MaxPool2d', [2], {}, [rn(2, 2, 6, 6)]),
        run_case('MaxPool2d stride pad dilation', 'MaxPool2d', [3], {'stride': 2, 'padding': 1, 'dilation': 1},
                 [rn(1, 2, 7, 6)]),
        run_case('MaxPool2d ceil', 'MaxPool2d', [[2, 3]], {'stride': 2, 'ceilMode': True}, [rn(1, 2, 7, 8)]),
        run_case('MaxPool2d dilation', 'MaxPool2d', [2], {'stride': 1, 'dilation': 2}, [rn(1, 1, 6, 6)]),
        run_case('MaxPool2d indices', 'MaxPool2d', [2], {'returnIndices': True}, [rn(2, 2, 4, 4)]),
        run_case('AvgPool1d', 'AvgPool1d', [3], {'stride': 2}, [rn(2, 2, 9)]),
        run_case('AvgPool1d pad exclude', 'AvgPool1d', [3], {'stride': 2, 'padding': 1, 'countIncludePad': False},
                 [rn(1, 2, 8)]),
        run_case('AvgPool2d', 'AvgPool2d', [2], {}, [rn(2, 2, 6, 6)]),
        run_case('AvgPool2d pad include', 'AvgPool2d', [3], {'stride': 2, 'padding': 1}, [rn(1, 2, 7, 7)]),
        run_case('AvgPool2d pad exclude ceil', 'AvgPool2d', [3],
                 {'stride': 2, 'padding': 1, 'ceilMode': True, 'countIncludePad': False}, [rn(1, 2, 6, 6)]),
        run_case('AvgPool2d ceil include', 'AvgPool2d', [2], {'stride': 2, 'ceilMode': True}, [rn(1, 1, 5, 5)]),
        run_case('AdaptiveAvgPool2d 1', 'AdaptiveAvgPool2d', [1], {}, [rn(2, 3, 5, 4)]),
        run_case('AdaptiveAvgPool2d divisible', 'AdaptiveAvgPool2d', [[2, 3]], {}, [rn(1, 2, 4, 6)]),
        run_case('AdaptiveAvgPool2d uneven', 'AdaptiveAvgPool2d', [[3, 2]], {}, [rn(1, 2, 7, 5)]),
        run_case('AdaptiveAvgPool2d none 3d', 'AdaptiveAvgPool2d', [[None, 2]], {}, [rn(2, 3, 5)]),
    ]


def norm_cases():
    torch.manual_seed(4)
    cases = [
        run_case('BatchNorm1d train 2d', 'BatchNorm1d', [3], {}, [rn(5, 3)]),
        run_case('BatchNorm1d train 3d', 'BatchNorm1d', [3], {'momentum': 0.3}, [rn(4, 3, 5)]),
        run_case('BatchNorm2d train', 'BatchNorm2d', [2], {}, [rn(3, 2, 4, 4)]),
        run_case('BatchNorm2d no affine', 'BatchNorm2d', [2], {'affine': False}, [rn(2, 2, 3, 3)]),
        run_case('BatchNorm2d no running stats eval', 'BatchNorm2d', [2], {'trackRunningStats': False},
                 [rn(2, 2, 3, 3)], train=False),
        run_case('LayerNorm', 'LayerNorm', [4], {}, [rn(3, 4)]),
        run_case('LayerNorm 2 dims eps', 'LayerNorm', [[3, 4]], {'eps': 1e-3}, [rn(2, 3, 4)]),
        run_case('LayerNorm no affine', 'LayerNorm', [5], {'elementwiseAffine': False}, [rn(2, 2, 5)]),
        run_case('GroupNorm', 'GroupNorm', [2, 4], {}, [rn(2, 4, 3, 3)]),
        run_case('GroupNorm 1d no affine', 'GroupNorm', [3, 6], {'affine': False}, [rn(2, 6, 5)]),
        run_case('GroupNorm instance-like', 'GroupNorm', [4, 4], {'eps': 1e-3}, [rn(3, 4, 4)]),
    ]
    # Eval mode with non-trivial running stats and affine parameters.
    torch.manual_seed(5)
    bn = nn.BatchNorm2d(3)
    with torch.no_grad():
        bn.running_mean.copy_(torch.randn(3))
        bn.running_var.copy_(torch.rand(3) + 0.5)
        bn.weight.copy_(torch.randn(3))
        bn.bias.copy_(torch.randn(3))
    cases.append(run_case('BatchNorm2d eval', 'BatchNorm2d', [3], {}, [rn(2, 3, 4, 4)], train=False, module=bn))
    ln = nn.LayerNorm(6)
    with torch.no_grad():
        ln.weight.copy_(torch.randn(6))
        ln.bias.copy_(torch.randn(6))
    cases.append(run_case('LayerNorm trained affine', 'LayerNorm', [6], {}, [rn(2, 6)], module=ln))
    gn = nn.GroupNorm(2, 4)
    with torch.no_grad():
        gn.weight.copy_(torch.randn(4))
        gn.bias.copy_(torch.randn(4))
    cases.append(run_case('GroupNorm trained affine', 'GroupNorm', [2, 4], {}, [rn(2, 4, 5)], module=gn))
    return cases


def bn_training():
    """Running stats after several training steps (momentum 0.1 and None), then an eval output."""
    out = []
    for name, cls, opts, shape in [
        ('BatchNorm2d momentum 0.1', 'BatchNorm2d', {}, (4, 3, 3, 3)),
        ('BatchNorm1d cumulative', 'BatchNorm1d', {'momentum': None}, (6, 3)),
        ('BatchNorm1d 3d momentum 0.5', 'BatchNorm1d', {'momentum': 0.5}, (3, 3, 4)),
    ]:
        torch.manual_seed(6)
        m = torch_ctor(cls, [3], opts)
        batches = [torch.randn(*shape) * (s + 1) + s for s in range(4)]
        m.train()
        train_outs = [m(b) for b in batches]
        m.eval()
        x = torch.randn(*shape)
        out.append({
            'name': name, 'cls': cls, 'args': [3], 'opts': opts,
            'batches': [enc(b) for b in batches],
            'trainOutputs': [enc(o) for o in train_outs],
            'stateAfter': {k: enc(v) for k, v in m.state_dict().items()},
            'evalInput': enc(x),
            'evalOutput': enc(m(x)),
        })
    return out


def activation_cases():
    torch.manual_seed(7)
    x = lambda: rn(3, 5) * 2  # noqa: E731
    return [
        run_case('ReLU', 'ReLU', [], {}, [x()]),
        run_case('LeakyReLU', 'LeakyReLU', [], {}, [x()]),
        run_case('LeakyReLU 0.2', 'LeakyReLU', [0.2], {}, [x()]),
        run_case('GELU', 'GELU', [], {}, [x()]),
        run_case('GELU tanh', 'GELU', [], {'approximate': 'tanh'}, [x()]),
        run_case('SiLU', 'SiLU', [], {}, [x()]),
        run_case('ELU', 'ELU', [], {}, [x()]),
        run_case('ELU alpha', 'ELU', [0.5], {}, [x()]),
        run_case('Sigmoid', 'Sigmoid', [], {}, [x()]),
        run_case('Tanh', 'Tanh', [], {}, [x()]),
        run_case('Softmax', 'Softmax', [1], {}, [x()]),
        run_case('Softmax dim0 3d', 'Softmax', [0], {}, [rn(3, 2, 4)]),
        run_case('LogSoftmax', 'LogSoftmax', [-1], {}, [rn(2, 3, 4)]),
        run_case('Dropout eval', 'Dropout', [0.5], {}, [x()], train=False),
    ]


def rnn_cases():
    torch.manual_seed(8)
    tol = {'rtol': 1e-4, 'atol': 1e-4}
    c = []
    c.append(run_case('LSTM', 'LSTM', [3, 4], {}, [rn(5, 2, 3)], tol=tol))
    c.append(run_case('LSTM 2 layers batchFirst state', 'LSTM', [3, 4], {'numLayers': 2, 'batchFirst': True},
                      [rn(2, 5, 3), [rn(2, 2, 4), rn(2, 2, 4)]], tol=tol))
    c.append(run_case('LSTM bidirectional 2 layers', 'LSTM', [2, 3], {'numLayers': 2, 'bidirectional': True},
                      [rn(4, 2, 2)], tol=tol))
    c.append(run_case('LSTM nobias unbatched', 'LSTM', [3, 2], {'bias': False}, [rn(4, 3)], tol=tol))
    c.append(run_case('GRU', 'GRU', [3, 4], {}, [rn(5, 2, 3)], tol=tol))
    c.append(run_case('GRU 2 layers batchFirst h0', 'GRU', [3, 4], {'numLayers': 2, 'batchFirst': True},
                      [rn(2, 5, 3), rn(2, 2, 4)], tol=tol))
    c.append(run_case('GRU bidirectional', 'GRU', [2, 3], {'bidirectional': True, 'numLayers': 2},
                      [rn(4, 3, 2)], tol=tol))
    c.append(run_case('GRU unbatched nobias', 'GRU', [3, 2], {'bias': False}, [rn(4, 3)], tol=tol))
    return c


def transformer_cases():
    torch.manual_seed(9)
    tol = {'rtol': 1e-4, 'atol': 1e-4}
    c = []
    E, H = 8, 2
    causal = torch.triu(torch.ones(4, 4, dtype=torch.bool), 1)
    kpm = torch.tensor([[False, False, False, True], [False, False, True, True]])
    # Training mode with dropout 0 keeps PyTorch on its reference (non-fast) path.
    c.append(run_case('MultiheadAttention self', 'MultiheadAttention', [E, H], {}, [x := rn(4, 2, E), x, x], tol=tol))
    c.append(run_case('MultiheadAttention cross batchFirst masks', 'MultiheadAttention', [E, H],
                      {'batchFirst': True},
                      [rn(2, 3, E), rn(2, 4, E), rn(2, 4, E)],
                      call={'keyPaddingMask': kpm, 'averageAttnWeights': False}, tol=tol))
    c.append(run_case('MultiheadAttention causal float mask', 'MultiheadAttention', [E, 4], {'bias': False},
                      [y := rn(4, 1, E), y, y],
                      call={'attnMask': torch.zeros(4, 4).masked_fill(causal, float('-inf'))}, tol=tol))
    c.append(run_case('MultiheadAttention bool mask no weights', 'MultiheadAttention', [E, H], {},
                      [z := rn(4, 2, E), z, z], call={'attnMask': causal, 'needWeights': False}, tol=tol))
    c.append(run_case('MultiheadAttention unbatched', 'MultiheadAttention', [E, H], {},
                      [rn(3, E), rn(5, E), rn(5, E)], tol=tol))
    c.append(run_case('TransformerEncoderLayer', 'TransformerEncoderLayer', [E, H],
                      {'dimFeedforward': 16, 'dropout': 0.0}, [rn(4, 2, E)], tol=tol))
    c.append(run_case('TransformerEncoderLayer normFirst gelu batchFirst mask', 'TransformerEncoderLayer', [E, H],
                      {'dimFeedforward': 12, 'dropout': 0.0, 'normFirst': True, 'activation': 'gelu',
                       'batchFirst': True},
                      [rn(2, 4, E)], call={'srcKeyPaddingMask': kpm, 'srcMask': causal}, tol=tol))
    torch.manual_seed(10)
    layer = nn.TransformerEncoderLayer(E, H, dim_feedforward=16, dropout=0.0)
    enc_ = nn.TransformerEncoder(layer, 2, enable_nested_tensor=False)
    # Distinct weights per layer, so a wrong layer order shows.
    with torch.no_grad():
        for p in enc_.layers[1].parameters():
            p.add_(torch.randn_like(p) * 0.1)
    case = run_case('TransformerEncoder', 'TransformerEncoder', [], {'numLayers': 2,
                    'layer': {'dModel': E, 'nhead': H, 'dimFeedforward': 16, 'dropout': 0.0}},
                    [rn(3, 2, E)], call={'mask': causal[:3, :3]}, module=enc_, tol=tol)
    c.append(case)
    return c


def loss_cases():
    torch.manual_seed(11)
    c = []
    p, t = rn(3, 4), rn(3, 4)
    for red in ['mean', 'sum', 'none']:
        c.append(run_case(f'MSELoss {red}', 'MSELoss', [], {'reduction': red}, [p, t]))
        c.append(run_case(f'L1Loss {red}', 'L1Loss', [], {'reduction': red}, [p, t]))
    c.append(run_case('SmoothL1Loss', 'SmoothL1Loss', [], {}, [p * 2, t]))
    c.append(run_case('SmoothL1Loss beta 0.5 sum', 'SmoothL1Loss', [], {'beta': 0.5, 'reduction': 'sum'}, [p, t]))
    c.append(run_case('SmoothL1Loss beta 0', 'SmoothL1Loss', [], {'beta': 0.0}, [p, t]))
    c.append(run_case('HuberLoss', 'HuberLoss', [], {}, [p * 2, t]))
    c.append(run_case('HuberLoss delta 0.7 none', 'HuberLoss', [], {'delta': 0.7, 'reduction': 'none'}, [p, t]))
    logits, labels = rn(5, 4), torch.tensor([0, 3, 1, 1, 2])
    w = torch.rand(4) + 0.5
    c.append(run_case('CrossEntropyLoss', 'CrossEntropyLoss', [], {}, [logits, labels]))
    for red in ['mean', 'sum', 'none']:
        c.append(run_case(f'CrossEntropyLoss weight ignore {red}', 'CrossEntropyLoss', [],
                          {'weight': w, 'ignoreIndex': 1, 'reduction': red}, [logits, labels]))
        c.append(run_case(f'CrossEntropyLoss smoothing weight ignore {red}', 'CrossEntropyLoss', [],
                          {'weight': w, 'ignoreIndex': 3, 'labelSmoothing': 0.2, 'reduction': red},
                          [logits, labels]))
    c.append(run_case('CrossEntropyLoss smoothing', 'CrossEntropyLoss', [], {'labelSmoothing': 0.1},
                      [logits, labels]))
    c.append(run_case('CrossEntropyLoss Kdim', 'CrossEntropyLoss', [], {}, [rn(2, 3, 4, 2), idx(3, 2, 4, 2)]))
    c.append(run_case('CrossEntropyLoss Kdim smoothing none', 'CrossEntropyLoss', [],
                      {'labelSmoothing': 0.3, 'reduction': 'none'}, [rn(2, 3, 4), idx(3, 2, 4)]))
    c.append(run_case('CrossEntropyLoss unbatched', 'CrossEntropyLoss', [], {}, [rn(4), torch.tensor(2)]))
    probs = torch.softmax(rn(5, 4), 1)
    c.append(run_case('CrossEntropyLoss probs', 'CrossEntropyLoss', [], {}, [logits, probs]))
    c.append(run_case('CrossEntropyLoss probs weight smoothing sum', 'CrossEntropyLoss', [],
                      {'weight': w, 'labelSmoothing': 0.1, 'reduction': 'sum'}, [logits, probs]))
    c.append(run_case('CrossEntropyLoss probs Kdim none', 'CrossEntropyLoss', [], {'reduction': 'none'},
                      [rn(2, 3, 4), torch.softmax(rn(2, 3, 4), 1)]))
    logp = torch.log_softmax(rn(5, 4), 1)
    c.append(run_case('NLLLoss', 'NLLLoss', [], {}, [logp, labels]))
    c.append(run_case('NLLLoss weight ignore', 'NLLLoss', [], {'weight': w, 'ignoreIndex': 0}, [logp, labels]))
    c.append(run_case('NLLLoss Kdim sum', 'NLLLoss', [], {'reduction': 'sum'},
                      [torch.log_softmax(rn(2, 3, 4), 1), idx(3, 2, 4)]))
    pr, tg = torch.sigmoid(rn(3, 4)), torch.rand(3, 4)
    c.append(run_case('BCELoss', 'BCELoss', [], {}, [pr, tg]))
    c.append(run_case('BCELoss weight sum', 'BCELoss', [], {'weight': torch.rand(4), 'reduction': 'sum'}, [pr, tg]))
    c.append(run_case('BCELoss hard targets', 'BCELoss', [], {}, [pr, (tg > 0.5).float()]))
    lg = rn(3, 4) * 3
    c.append(run_case('BCEWithLogitsLoss', 'BCEWithLogitsLoss', [], {}, [lg, tg]))
    c.append(run_case('BCEWithLogitsLoss posWeight weight none', 'BCEWithLogitsLoss', [],
                      {'posWeight': torch.rand(4) * 3, 'weight': torch.rand(3, 1), 'reduction': 'none'}, [lg, tg]))
    q = torch.log_softmax(rn(3, 5), 1)
    tp = torch.softmax(rn(3, 5), 1)
    tp[0, 1] = 0.0
    # A zero target: PyTorch's target gradient there is NaN (log 0); ours stays finite, so the
    # target gradient is checked only in the case without zeros.
    for red in ['mean', 'batchmean', 'sum', 'none']:
        c.append(run_case(f'KLDivLoss {red}', 'KLDivLoss', [], {'reduction': red}, [q, tp], no_grad=(1,)))
    c.append(run_case('KLDivLoss target grad', 'KLDivLoss', [], {'reduction': 'batchmean'},
                      [q, torch.softmax(rn(3, 5), 1)]))
    c.append(run_case('KLDivLoss logTarget batchmean', 'KLDivLoss', [], {'reduction': 'batchmean', 'logTarget': True},
                      [q, torch.log_softmax(rn(3, 5), 1)]))
    return c


def functional_cases():
    """F.* calls without a module: {fn, args, opts, outputs, inputGrads}."""
    torch.manual_seed(12)
    F = torch.nn.functional
    out = []

    def fcase(name, fn, tfn, inputs, args=(), opts=None, nograd=()):
        ins = [t.clone().requires_grad_(t.is_floating_point() and i not in nograd) for i, t in enumerate(inputs)]
        y = tfn(*ins)
        ys = flatten_out(y)
        g = [torch.randn_like(o) if o.is_floating_point() else None for o in ys]
        loss = sum((o * gg).sum() for o, gg in zip(ys, g) if gg is not None and o.requires_grad)
        if isinstance(loss, torch.Tensor):
            loss.backward()
        out.append({'name': name, 'fn': fn, 'args': tag(list(args)), 'opts': tag(opts or {}),
                    'inputs': [enc(t) for t in inputs], 'outputs': [enc(o) for o in ys],
                    'gradOutputs': [enc(x) for x in g], 'inputGrads': [enc(t.grad) for t in ins]})

    x = rn(1, 2, 4, 5)
    for mode in ['constant', 'reflect', 'replicate', 'circular']:
        fcase(f'pad {mode}', 'pad', lambda t, m=mode: F.pad(t, [1, 2, 2, 1], mode=m), [x], [[1, 2, 2, 1], mode])
    fcase('pad constant value 3d', 'pad', lambda t: F.pad(t, [0, 1, 1, 0, 2, 1], value=1.5), [rn(2, 3, 2)],
          [[0, 1, 1, 0, 2, 1], 'constant', 1.5])
    fcase('oneHot', 'oneHot', lambda t: F.one_hot(t, 5), [torch.tensor([[0, 4], [2, 1]])], [5])
    fcase('oneHot inferred', 'oneHot', lambda t: F.one_hot(t), [torch.tensor([3, 0, 1])])
    fcase('maxPool2d returnIndices', 'maxPool2d', lambda t: F.max_pool2d(t, 2, return_indices=True),
          [rn(2, 3, 4, 6)], [2], {'returnIndices': True})
    fcase('linear', 'linear', F.linear, [rn(3, 4), rn(2, 4), rn(2)])
    fcase('conv2d', 'conv2d', lambda a, b, c: F.conv2d(a, b, c, stride=2, padding=1),
          [rn(1, 2, 5, 5), rn(3, 2, 3, 3), rn(3)], [], {'stride': 2, 'padding': 1})
    fcase('batchNorm eval', 'batchNorm', lambda a, m, v: F.batch_norm(a, m, v, training=False),
          [rn(3, 2, 4), rn(2), torch.rand(2) + 0.5], nograd=(1, 2))
    fcase('layerNorm', 'layerNorm', lambda a: F.layer_norm(a, [3]), [rn(2, 3)], [[3]])
    fcase('softmax', 'softmax', lambda a: F.softmax(a, 0), [rn(3, 2)], [0])
    fcase('gelu', 'gelu', F.gelu, [rn(5)])
    fcase('embedding', 'embedding', lambda i, w: F.embedding(i, w), [torch.tensor([2, 0, 2]), rn(3, 2)])
    return out


def model_keys():
    """state_dict keys and dtypes of a nested model mixing every registration kind."""
    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(1, 2, 3)
            self.bn = nn.BatchNorm2d(2)
            self.head = nn.Sequential(nn.Linear(8, 4), nn.ReLU(), nn.Linear(4, 2))
            self.register_buffer('scale', torch.ones(1))
            self.register_buffer('tmp', torch.zeros(1), persistent=False)
            self.emb = nn.ModuleDict({'b': nn.Embedding(3, 2), 'a': nn.Linear(2, 2)})
            self.blocks = nn.ModuleList([nn.Linear(2, 2), nn.GRU(2, 2, num_layers=2)])
            self.gain = nn.Parameter(torch.ones(2))
    m = Net()
    return {
        'stateDict': [[k, DT[v.dtype], list(v.shape)] for k, v in m.state_dict().items()],
        'namedParameters': [k for k, _ in m.named_parameters()],
        'namedBuffers': [k for k, _ in m.named_buffers()],
        'namedModules': [k for k, _ in m.named_modules()],
    }


def write(name, payload):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name + '.json')
    with open(path, 'w') as f:
        json.dump(payload, f, separators=(',', ':'), allow_nan=False)
    print(f'{path}: {os.path.getsize(path) // 1024} KB')


if __name__ == '__main__':
    torch.set_num_threads(1)
    write('linear', linear_cases())
    write('conv', conv_cases())
    write('pooling', pooling_cases())
    write('normalization', norm_cases())
    write('bn-training', bn_training())
    write('activation', activation_cases())
    write('rnn', rnn_cases())
    write('transformer', transformer_cases())
    write('loss', loss_cases())
    write('functional', functional_cases())
    write('model-keys', model_keys())
