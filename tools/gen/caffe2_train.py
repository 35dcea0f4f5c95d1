# Short training runs in PyTorch for packages/caffe2/test/train.test.ts and gradients.test.ts.
#   /usr/bin/python3 tools/gen/caffe2_train.py
#
# Each run records the initial weights (named as Caffe2's brew names them: fc1_w, conv1_b, bn1_s,
# ...), a small data set fed in fixed batches (batch i of step k is k % BATCHES), the gradients of
# the first step and the per-step losses of SGD with momentum. The Caffe2 side builds the same
# model with brew, feeds these weights after its param init net, and must reproduce the losses.
#
# Float tensors are base64 of little-endian float32 bytes (exact, compact); labels are lists.
import base64
import json
import os

import torch
import torch.nn.functional as F

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "packages", "caffe2", "test", "fixtures", "train")


def enc(t):
    t = t.detach().contiguous()
    if t.dtype == torch.float32:
        return {"shape": list(t.shape), "b64": base64.b64encode(t.numpy().tobytes()).decode()}
    return {"shape": list(t.shape), "data": t.flatten().tolist()}


def run(name, params, forward, x, y, batches, steps, lr, momentum):
    """params: dict name -> leaf tensor (requires_grad); forward(params, xb, yb) -> loss."""
    init = {k: enc(v) for k, v in params.items()}
    opt = torch.optim.SGD(list(params.values()), lr=lr, momentum=momentum)
    bs = x.shape[0] // batches
    losses, grads0 = [], None
    for step in range(steps):
        i = step % batches
        xb, yb = x[i * bs:(i + 1) * bs], y[i * bs:(i + 1) * bs]
        opt.zero_grad()
        loss = forward(params, xb, yb)
        loss.backward()
        if step == 0:
            grads0 = {k: enc(v.grad) for k, v in params.items()}
        opt.step()
        losses.append(loss.item())
    doc = {
        "lr": lr, "momentum": momentum, "steps": steps, "batches": batches,
        "x": enc(x), "y": enc(y), "init": init, "grads0": grads0, "losses": losses,
    }
    with open(os.path.join(OUT, f"{name}.json"), "w") as f:
        json.dump(doc, f)
    print(name, losses[0], losses[-1])


def mlp():
    torch.manual_seed(0)
    fc1, fc2 = torch.nn.Linear(6, 16), torch.nn.Linear(16, 3)
    params = {"fc1_w": fc1.weight, "fc1_b": fc1.bias, "fc2_w": fc2.weight, "fc2_b": fc2.bias}
    x = torch.randn(32, 6)
    y = (x[:, 0] + x[:, 1] > 0).long() + (x[:, 2] > 0.5).long()

    def forward(p, xb, yb):
        h = F.relu(F.linear(xb, p["fc1_w"], p["fc1_b"]))
        return F.cross_entropy(F.linear(h, p["fc2_w"], p["fc2_b"]), yb)

    run("mlp", params, forward, x, y, batches=4, steps=40, lr=0.1, momentum=0.9)


def cnn():
    torch.manual_seed(1)
    conv = torch.nn.Conv2d(2, 4, 3, padding=1)
    fc = torch.nn.Linear(4 * 4 * 4, 3)
    params = {
        "conv1_w": conv.weight, "conv1_b": conv.bias,
        "bn1_s": torch.ones(4, requires_grad=True), "bn1_b": torch.zeros(4, requires_grad=True),
        "pred_w": fc.weight, "pred_b": fc.bias,
    }
    x = torch.randn(16, 2, 8, 8)
    y = (x[:, 0, :4].mean((1, 2)) > x[:, 1, 4:].mean((1, 2))).long() + (x[:, 0].mean((1, 2)) > 0.1).long()

    def forward(p, xb, yb):
        h = F.conv2d(xb, p["conv1_w"], p["conv1_b"], padding=1)
        h = F.batch_norm(h, None, None, p["bn1_s"], p["bn1_b"], training=True, momentum=0.1, eps=1e-5)
        h = F.max_pool2d(F.relu(h), 2, 2)
        prob = F.softmax(F.linear(h.flatten(1), p["pred_w"], p["pred_b"]), 1)
        return -torch.log(prob.gather(1, yb[:, None])).mean()

    run("cnn", params, forward, x, y, batches=4, steps=30, lr=0.05, momentum=0.9)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    mlp()
    cnn()
