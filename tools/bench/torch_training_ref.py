# The PyTorch side of tools/bench/torch-training.ts: training-step times (forward + backward +
# optimizer step, batch 64, SGD with momentum, CrossEntropyLoss) of the same models, printed as
# one JSON object on stdout. Spawned by the TypeScript bench; can be run by hand:
#   /usr/bin/python3 tools/bench/torch_training_ref.py [--threads 1,2] [--steps 30] [--warmup 5]
#       [--models mlp,lenet] [--phases]
# Each step is timed alone; the median is reported. --phases also times forward, backward and
# the optimizer step separately (medians over the same steps).
import argparse
import json
import statistics
import time

import torch
from torch import nn

BATCH = 64


def mlp():
    return nn.Sequential(nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, 512), nn.ReLU(), nn.Linear(512, 10))


def lenet():
    # LeNet-5 on 1x28x28 (MNIST-sized) with padding 2 on the first conv, as in the TS bench.
    return nn.Sequential(
        nn.Conv2d(1, 6, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(400, 120), nn.ReLU(), nn.Linear(120, 84), nn.ReLU(), nn.Linear(84, 10))


MODELS = {"mlp": (mlp, (BATCH, 784)), "lenet": (lenet, (BATCH, 1, 28, 28))}


def bench(name, threads, steps, warmup, phases):
    torch.set_num_threads(threads)
    torch.manual_seed(0)
    make, shape = MODELS[name]
    model = make()
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    loss_fn = nn.CrossEntropyLoss()
    x = torch.randn(*shape)
    y = torch.randint(0, 10, (BATCH,))
    times = {"step": [], "forward": [], "backward": [], "optimizer": []}
    for i in range(warmup + steps):
        t0 = time.perf_counter()
        opt.zero_grad()
        loss = loss_fn(model(x), y)
        t1 = time.perf_counter()
        loss.backward()
        t2 = time.perf_counter()
        opt.step()
        t3 = time.perf_counter()
        loss.item()
        if i >= warmup:
            times["step"].append((t3 - t0) * 1000)
            times["forward"].append((t1 - t0) * 1000)
            times["backward"].append((t2 - t1) * 1000)
            times["optimizer"].append((t3 - t2) * 1000)
    out = {"model": name, "threads": threads, "msPerStep": statistics.median(times["step"])}
    if phases:
        out["phases"] = {k: statistics.median(v) for k, v in times.items() if k != "step"}
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--threads", default="1,2")
    p.add_argument("--steps", type=int, default=30)
    p.add_argument("--warmup", type=int, default=5)
    p.add_argument("--models", default="mlp,lenet")
    p.add_argument("--phases", action="store_true")
    args = p.parse_args()
    results = [bench(m, int(t), args.steps, args.warmup, args.phases)
               for t in args.threads.split(",") for m in args.models.split(",")]
    print(json.dumps({"torch": torch.__version__, "blas": blas_info(), "results": results}))


def blas_info():
    # The BLAS actually loaded (Debian's torch links libblas.so.3, chosen by update-alternatives).
    torch.mm(torch.ones(64, 64), torch.ones(64, 64))
    with open("/proc/self/maps") as f:
        libs = sorted({line.split()[-1] for line in f if "blas" in line.split()[-1]})
    blas = [lib for lib in libs if "libopenblas" in lib] or [lib for lib in libs if "libblas" in lib]
    return ", ".join(blas) or "no BLAS library mapped"


if __name__ == "__main__":
    main()
