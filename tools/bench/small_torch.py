# The shapes of tools/bench/small.ts timed in PyTorch (per call, median of rounds, µs).
#   /usr/bin/python3 tools/bench/small_torch.py [--threads 1,2] [--filter str]
import argparse
import time

import torch
import torch.nn.functional as F

p = argparse.ArgumentParser()
p.add_argument("--threads", default="1,2")
p.add_argument("--filter", default="")
p.add_argument("--ms", type=float, default=60)
p.add_argument("--rounds", type=int, default=7)
args = p.parse_args()


def t(*shape):
    n = 1
    for s in shape:
        n *= s
    return ((torch.arange(n, dtype=torch.float64) * 7919 % 1000) / 1000 - 0.5).float().reshape(shape)


def linear(b, i, o):
    x, w, dy = t(b, i), t(o, i), t(b, o)
    tag = f"{b}x{i}->{o}"
    return [
        (f"fc {tag} fwd", lambda: torch.mm(x, w.t())),
        (f"fc {tag} dX", lambda: torch.mm(dy, w)),
        (f"fc {tag} dW", lambda: torch.mm(dy.t(), x)),
    ]


def conv(tag, n, c, m, k, size, pad):
    out = size + 2 * pad - k + 1
    x, w, bias, dy = t(n, c, size, size), t(m, c, k, k), t(m), t(n, m, out, out)
    xs = (n, c, size, size)
    return [
        (f"{tag} fwd", lambda: F.conv2d(x, w, bias, padding=pad)),
        (f"{tag} dX", lambda: torch.nn.grad.conv2d_input(xs, w, dy, padding=pad)),
        (f"{tag} dW", lambda: torch.ops.aten.convolution_backward(
            dy, x, w, None, [1, 1], [pad, pad], [1, 1], False, [0, 0], 1, [False, True, False])),
    ]


cases = (linear(64, 784, 128) + linear(64, 128, 10) + linear(64, 784, 512) + linear(64, 512, 512)
         + linear(64, 512, 10) + linear(64, 400, 120) + linear(64, 120, 84) + linear(64, 84, 10)
         + conv("lenet conv1 1->6 28 p2", 64, 1, 6, 5, 28, 2)
         + conv("lenet conv1 1->6 32", 64, 1, 6, 5, 32, 0)
         + conv("lenet conv2 6->16 14", 64, 6, 16, 5, 14, 0))
cases = [c for c in cases if args.filter in c[0]]
threads = [int(x) for x in args.threads.split(",")]


def time_for(fn, ms):
    reps = 0
    t0 = time.perf_counter()
    t1 = t0
    while (t1 - t0) * 1000 < ms:
        fn()
        reps += 1
        t1 = time.perf_counter()
    return (t1 - t0) / reps


print(f"torch {torch.__version__}; median of {args.rounds} rounds, µs per call")
print(" ".join(["case".ljust(30)] + [f"{n} thr".rjust(9) for n in threads]))
with torch.no_grad():
    for name, fn in cases:
        cols = []
        for n in threads:
            torch.set_num_threads(n)
            fn()
            ts = sorted(time_for(fn, args.ms) for _ in range(args.rounds))
            cols.append(f"{ts[args.rounds // 2] * 1e6:.1f}".rjust(9))
        print(" ".join([name.ljust(30)] + cols))
