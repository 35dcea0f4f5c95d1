#!/usr/bin/env python3
"""Fixtures for @tandem/torch optim: optimizer trajectories, lr schedules, gradient clipping.

Writes packages/torch/test/fixtures/optim/{optimizers,schedulers,clip_grad}.json with real
PyTorch 1.13 (Debian python3-torch). Optimizers use the for-loop implementations (foreach=False)
in float64: fixed initial parameters and a fixed sequence of gradients, parameters after each step.
Option names are written in Tandem's camelCase so tests pass them straight through.
"""
import json
import math
import os

import torch

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'packages', 'torch', 'test', 'fixtures', 'optim')
STEPS = 10
torch.manual_seed(0)


def camel(k):
    head, *rest = k.split('_')
    return head + ''.join(w[:1].upper() + w[1:] for w in rest)


def flat(t):
    return t.detach().reshape(-1).tolist()


def make_params():
    return [torch.randn(3, 4, dtype=torch.float64), torch.randn(4, dtype=torch.float64)]


def optimizer_case(name, cls, opts, groups=None):
    init = make_params()
    params = [p.clone().requires_grad_(True) for p in init]
    # Gradients of varying scale so amsgrad's max and momentum both matter.
    grads = [[torch.randn_like(p) * (1.5 if s % 3 == 0 else 0.5) for p in init] for s in range(STEPS)]
    if groups:
        arg = [dict({k: v for k, v in g.items() if k != 'params'}, params=[params[i] for i in g['params']])
               for g in groups]
    else:
        arg = params
    opt = cls(arg, foreach=False, **opts)
    expected = []
    for s in range(STEPS):
        for p, g in zip(params, grads[s]):
            p.grad = g.clone()
        opt.step()
        expected.append([flat(p) for p in params])
    camel_groups = None
    if groups:
        camel_groups = [{camel(k): v for k, v in g.items()} for g in groups]
    return {
        'name': name,
        'optimizer': cls.__name__,
        'options': {camel(k): (list(v) if isinstance(v, tuple) else v) for k, v in opts.items()},
        'groups': camel_groups,
        'shapes': [list(p.shape) for p in init],
        'init': [flat(p) for p in init],
        'grads': [[flat(g) for g in step] for step in grads],
        'expected': expected,
    }


def optimizer_cases():
    O = torch.optim
    return [
        optimizer_case('sgd-plain', O.SGD, dict(lr=0.1)),
        optimizer_case('sgd-momentum', O.SGD, dict(lr=0.1, momentum=0.9)),
        optimizer_case('sgd-nesterov', O.SGD, dict(lr=0.05, momentum=0.9, nesterov=True)),
        optimizer_case('sgd-dampening-wd', O.SGD, dict(lr=0.1, momentum=0.9, dampening=0.1, weight_decay=0.01)),
        optimizer_case('sgd-maximize-wd', O.SGD, dict(lr=0.1, weight_decay=0.1, maximize=True)),
        optimizer_case('sgd-groups', O.SGD, dict(lr=0.1, momentum=0.9),
                       groups=[dict(params=[0]), dict(params=[1], lr=0.01, momentum=0.5)]),
        optimizer_case('adam-default', O.Adam, dict(lr=0.01)),
        optimizer_case('adam-wd', O.Adam, dict(lr=0.01, weight_decay=0.1)),
        optimizer_case('adam-amsgrad', O.Adam, dict(lr=0.02, amsgrad=True)),
        optimizer_case('adam-betas-eps-maximize', O.Adam, dict(lr=0.01, betas=(0.8, 0.9), eps=1e-6, maximize=True)),
        optimizer_case('adam-groups', O.Adam, dict(lr=0.01),
                       groups=[dict(params=[0], lr=0.05), dict(params=[1], weight_decay=0.5, amsgrad=True)]),
        optimizer_case('adamw-default', O.AdamW, dict(lr=0.01)),
        optimizer_case('adamw-wd-amsgrad', O.AdamW, dict(lr=0.01, weight_decay=0.1, amsgrad=True)),
        optimizer_case('rmsprop-default', O.RMSprop, dict(lr=0.01)),
        optimizer_case('rmsprop-centered', O.RMSprop, dict(lr=0.01, centered=True)),
        optimizer_case('rmsprop-momentum', O.RMSprop, dict(lr=0.01, momentum=0.9)),
        optimizer_case('rmsprop-all', O.RMSprop,
                       dict(lr=0.005, alpha=0.9, eps=1e-6, weight_decay=0.1, momentum=0.5, centered=True)),
        optimizer_case('adagrad-default', O.Adagrad, dict(lr=0.1)),
        optimizer_case('adagrad-decay-wd-init', O.Adagrad,
                       dict(lr=0.1, lr_decay=0.01, weight_decay=0.1, initial_accumulator_value=0.1, eps=1e-8)),
    ]


def schedule(name, make_opt, make_sched, epochs=30, metrics=None, opt_kind='sgd'):
    opt = make_opt()
    sched, ts_args = make_sched(opt)
    lrs, moms = [], []

    def record():
        lrs.append([g['lr'] for g in opt.param_groups])
        if opt_kind == 'adam':
            moms.append([g['betas'][0] for g in opt.param_groups])
        else:
            moms.append([g.get('momentum', 0) for g in opt.param_groups])

    record()
    for e in range(epochs):
        opt.step()
        if metrics is not None:
            sched.step(metrics[e])
        else:
            sched.step()
        record()
    return dict(name=name, optimizer=opt_kind, epochs=epochs, metrics=metrics, lrs=lrs, momentums=moms, **ts_args)


def scheduler_cases():
    S = torch.optim.lr_scheduler
    w = torch.zeros(2, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)

    def sgd(groups=False):
        def make():
            if groups:
                return torch.optim.SGD([{'params': [w]}, {'params': [b], 'lr': 0.01}], lr=0.1, momentum=0.9)
            return torch.optim.SGD([w], lr=0.1, momentum=0.9)
        return make

    def adam():
        return torch.optim.Adam([w], lr=0.01)

    metrics = [1.0, 0.9, 0.95, 0.91, 0.9, 0.92, 0.93, 0.7, 0.71, 0.72, 0.73, 0.74, 0.75, 0.69, 0.69,
               0.69, 0.69, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.49, 0.49, 0.49, 0.49]
    rising = [0.1 * i for i in range(10)] + [0.9] * 20

    def case(name, make_opt, ctor, ts_name, ts_args, **kw):
        return schedule(name, make_opt, lambda o: (ctor(o), dict(scheduler=ts_name, args=ts_args)), **kw)

    return [
        case('step', sgd(True), lambda o: S.StepLR(o, 7, gamma=0.5), 'StepLR', [7, {'gamma': 0.5}]),
        case('multistep', sgd(), lambda o: S.MultiStepLR(o, [5, 12, 12, 20], gamma=0.3), 'MultiStepLR',
             [[5, 12, 12, 20], {'gamma': 0.3}]),
        case('exponential', sgd(True), lambda o: S.ExponentialLR(o, 0.9), 'ExponentialLR', [0.9]),
        case('cosine', sgd(True), lambda o: S.CosineAnnealingLR(o, 10, eta_min=0.001), 'CosineAnnealingLR',
             [10, {'etaMin': 0.001}]),
        case('linear', sgd(), lambda o: S.LinearLR(o, start_factor=0.2, end_factor=0.9, total_iters=12),
             'LinearLR', [{'startFactor': 0.2, 'endFactor': 0.9, 'totalIters': 12}]),
        case('onecycle-cos-sgd', sgd(True), lambda o: S.OneCycleLR(o, [1.0, 0.1], total_steps=30), 'OneCycleLR',
             [[1.0, 0.1], {'totalSteps': 30}]),
        case('onecycle-linear-3phase-adam', adam,
             lambda o: S.OneCycleLR(o, 0.05, epochs=6, steps_per_epoch=5, pct_start=0.25,
                                    anneal_strategy='linear', three_phase=True, base_momentum=0.8,
                                    max_momentum=0.9, div_factor=10.0, final_div_factor=100.0),
             'OneCycleLR', [0.05, {'epochs': 6, 'stepsPerEpoch': 5, 'pctStart': 0.25, 'annealStrategy': 'linear',
                                   'threePhase': True, 'baseMomentum': 0.8, 'maxMomentum': 0.9,
                                   'divFactor': 10.0, 'finalDivFactor': 100.0}], opt_kind='adam'),
        case('plateau-min', sgd(True),
             lambda o: S.ReduceLROnPlateau(o, factor=0.5, patience=2, cooldown=1, min_lr=[0.01, 0.004]),
             'ReduceLROnPlateau', [{'factor': 0.5, 'patience': 2, 'cooldown': 1, 'minLr': [0.01, 0.004]}],
             metrics=metrics),
        case('plateau-max-abs', sgd(),
             lambda o: S.ReduceLROnPlateau(o, mode='max', factor=0.1, patience=1, threshold=0.05,
                                           threshold_mode='abs', eps=1e-4),
             'ReduceLROnPlateau', [{'mode': 'max', 'factor': 0.1, 'patience': 1, 'threshold': 0.05,
                                    'thresholdMode': 'abs', 'eps': 1e-4}], metrics=rising),
    ]


def clip_cases():
    out = []
    for norm_type in [2.0, 1.0, 3.0, math.inf]:
        for max_norm in [0.5, 100.0]:
            ps = [torch.randn(3, 4, dtype=torch.float64, requires_grad=True),
                  torch.randn(5, dtype=torch.float64, requires_grad=True)]
            grads = [torch.randn_like(p) for p in ps]
            for p, g in zip(ps, grads):
                p.grad = g.clone()
            total = torch.nn.utils.clip_grad_norm_(ps, max_norm, norm_type=norm_type)
            out.append(dict(kind='norm', normType='inf' if norm_type == math.inf else norm_type, maxNorm=max_norm,
                            shapes=[list(p.shape) for p in ps], grads=[flat(g) for g in grads],
                            total=float(total), clipped=[flat(p.grad) for p in ps]))
    ps = [torch.randn(6, dtype=torch.float64, requires_grad=True)]
    g = torch.randn(6, dtype=torch.float64)
    ps[0].grad = g.clone()
    torch.nn.utils.clip_grad_value_(ps, 0.3)
    out.append(dict(kind='value', clipValue=0.3, shapes=[[6]], grads=[flat(g)], clipped=[flat(ps[0].grad)]))
    return out


def training_cases():
    """Linear regression (pred = x @ W + b, MSE) trained with DataLoader order, clipping and a scheduler."""
    out = []
    x = torch.randn(32, 3, dtype=torch.float64)
    y = x @ torch.tensor([[1.5], [-2.0], [0.5]], dtype=torch.float64) + 0.3 + 0.1 * torch.randn(32, 1, dtype=torch.float64)
    w0 = torch.randn(3, 1, dtype=torch.float64) * 0.1
    b0 = torch.zeros(1, dtype=torch.float64)
    setups = [
        ('sgd-momentum-steplr', lambda ps: torch.optim.SGD(ps, lr=0.05, momentum=0.9, foreach=False),
         lambda o: torch.optim.lr_scheduler.StepLR(o, 4, gamma=0.5), dict(lr=0.05, momentum=0.9), 1.0),
        ('adam-cosine-clip', lambda ps: torch.optim.Adam(ps, lr=0.05, foreach=False),
         lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, 12), dict(lr=0.05), 0.5),
        ('adamw-onecycle', lambda ps: torch.optim.AdamW(ps, lr=0.05, weight_decay=0.1, foreach=False),
         lambda o: torch.optim.lr_scheduler.OneCycleLR(o, 0.1, total_steps=12), dict(lr=0.05, weightDecay=0.1), None),
    ]
    for name, make_opt, make_sched, opts, clip in setups:
        W = w0.clone().requires_grad_(True)
        b = b0.clone().requires_grad_(True)
        opt = make_opt([W, b])
        sched = make_sched(opt)
        loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(x, y), batch_size=8)
        losses = []
        for epoch in range(3):
            for xb, yb in loader:
                opt.zero_grad()
                loss = ((xb @ W + b - yb) ** 2).mean()
                loss.backward()
                if clip is not None:
                    torch.nn.utils.clip_grad_norm_([W, b], clip)
                opt.step()
                sched.step()
                losses.append(loss.item())
        out.append(dict(name=name, options=opts, clip=clip, losses=losses, W=flat(W), b=flat(b)))
    return dict(x=flat(x), y=flat(y), W0=flat(w0), b0=flat(b0), cases=out)


def write(name, obj):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name)
    with open(path, 'w') as f:
        json.dump(obj, f, separators=(',', ':'))
    print(path, os.path.getsize(path))


if __name__ == '__main__':
    write('optimizers.json', {'torch': torch.__version__, 'cases': optimizer_cases()})
    write('schedulers.json', {'torch': torch.__version__, 'cases': scheduler_cases()})
    write('training.json', {'torch': torch.__version__, **training_cases()})
    write('clip_grad.json', {'torch': torch.__version__, 'cases': clip_cases()})
