# Complete short training runs in PyTorch, for packages/torch/test/training.test.ts.
#   /usr/bin/python3 tools/gen/torch_training.py
#
# Each run starts from PyTorch's seeded initial weights, feeds a fixed batch sequence (a
# DataLoader with shuffle=False over a small synthetic data set, several epochs) and records the
# per-step losses and the final state dict (parameters and BatchNorm buffers). Models are
# nn.Sequential so state-dict keys are "0.weight", "1.running_mean", ... on both sides.
#
# Float tensors are stored as base64 of little-endian float32 bytes: exact and about 5.3
# characters a value, which keeps the fixtures small (see Note [Training fixture encoding] in the
# test). Integer labels are plain lists.
import base64
import json
import os

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "packages", "torch", "test", "fixtures", "training")
EPOCHS = 6  # x 4 batches of 16 = 24 steps


def enc(t):
    t = t.detach().contiguous()
    if t.dtype == torch.float32:
        b64 = base64.b64encode(t.numpy().tobytes()).decode()
        return {"shape": list(t.shape), "dtype": "float32", "b64": b64}
    return {"shape": list(t.shape), "dtype": str(t.dtype).replace("torch.", ""), "data": t.flatten().tolist()}


def enc_state(module):
    return {k: enc(v) for k, v in module.state_dict().items()}


def make_optimizer(kind, options, params):
    ctor = {"SGD": torch.optim.SGD, "Adam": torch.optim.Adam, "AdamW": torch.optim.AdamW}[kind]
    snake = {"weightDecay": "weight_decay", "lr": "lr", "momentum": "momentum", "nesterov": "nesterov",
             "dampening": "dampening", "betas": "betas", "eps": "eps", "amsgrad": "amsgrad"}
    return ctor(params, **{snake[k]: v for k, v in options.items()})


def train(model, init, x, y, loss_fn, kind, options):
    model.load_state_dict(init)
    model.train()
    opt = make_optimizer(kind, options, model.parameters())
    loader = DataLoader(TensorDataset(x, y), batch_size=16, shuffle=False)
    losses = []
    for _ in range(EPOCHS):
        for xb, yb in loader:
            opt.zero_grad()
            loss = loss_fn(model(xb), yb)
            loss.backward()
            opt.step()
            losses.append(loss.item())
    return losses


def mlp_fixture():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 5))
    init = {k: v.clone() for k, v in model.state_dict().items()}
    x = torch.randn(64, 20)
    teacher = torch.randn(20, 5)
    labels = (x @ teacher).argmax(1)  # learnable classes
    targets = torch.tanh(x @ teacher * 0.5)  # regression targets for the MSE run
    ce, mse = nn.CrossEntropyLoss(), nn.MSELoss()
    runs = [
        ("sgd_momentum", "SGD", {"lr": 0.05, "momentum": 0.9}, "crossEntropy"),
        ("sgd_nesterov_wd", "SGD", {"lr": 0.05, "momentum": 0.9, "nesterov": True, "weightDecay": 1e-3},
         "crossEntropy"),
        ("adam", "Adam", {"lr": 3e-3}, "crossEntropy"),
        ("adamw_mse", "AdamW", {"lr": 3e-3, "weightDecay": 0.05}, "mse"),
    ]
    cases = []
    for name, kind, options, loss in runs:
        target = labels if loss == "crossEntropy" else targets
        losses = train(model, init, x, target, ce if loss == "crossEntropy" else mse, kind, options)
        cases.append({"name": name, "optimizer": kind, "options": options, "loss": loss,
                      "losses": losses, "final": enc_state(model)})
    return {"init": {k: enc(v) for k, v in init.items()}, "x": enc(x), "labels": enc(labels),
            "targets": enc(targets), "batchSize": 16, "epochs": EPOCHS, "cases": cases}


def cnn_fixture():
    torch.manual_seed(1)
    model = nn.Sequential(
        nn.Conv2d(1, 6, 3, padding=1), nn.BatchNorm2d(6), nn.ReLU(), nn.MaxPool2d(2),  # 6@6x6
        nn.Conv2d(6, 8, 3), nn.BatchNorm2d(8), nn.ReLU(), nn.MaxPool2d(2),  # 8@2x2
        nn.Flatten(), nn.Linear(32, 5))
    init = {k: v.clone() for k, v in model.state_dict().items()}
    x = torch.randn(64, 1, 12, 12)
    labels = torch.randint(0, 5, (64,))
    x[torch.arange(64), 0, labels * 2, labels * 2] += 3.0  # a learnable signal: a bright pixel per class
    options = {"lr": 0.05, "momentum": 0.9, "weightDecay": 5e-4}
    losses = train(model, init, x, labels, nn.CrossEntropyLoss(), "SGD", options)
    model.eval()
    with torch.no_grad():
        eval_out = model(x[:8])
    return {"init": {k: enc(v) for k, v in init.items()}, "x": enc(x), "labels": enc(labels),
            "batchSize": 16, "epochs": EPOCHS,
            "cases": [{"name": "cnn_bn_sgd", "optimizer": "SGD", "options": options, "loss": "crossEntropy",
                       "losses": losses, "final": enc_state(model), "evalOutput": enc(eval_out)}]}


def main():
    torch.set_num_threads(1)  # deterministic reductions
    os.makedirs(OUT, exist_ok=True)
    for name, fx in [("mlp", mlp_fixture()), ("cnn", cnn_fixture())]:
        path = os.path.join(OUT, f"{name}.json")
        with open(path, "w") as f:
            json.dump({"generator": "tools/gen/torch_training.py", "torch": torch.__version__, **fx}, f)
        print(f"{path}: {os.path.getsize(path)} bytes; losses",
              [[round(l, 4) for l in c["losses"][::6]] + [round(c["losses"][-1], 4)] for c in fx["cases"]])


if __name__ == "__main__":
    main()
