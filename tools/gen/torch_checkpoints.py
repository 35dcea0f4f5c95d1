#!/usr/bin/env python3
"""Checkpoint fixtures for @tandem/torch serialization (real PyTorch 1.13, Debian python3-torch).

Writes packages/torch/test/fixtures/serialization/:
  mlp.pt, cnn.pt, mixed.pt      torch.save(state_dict) in PyTorch's zip format
  mlp_deflate.pt                mlp.pt re-packed with deflate-compressed entries
  expected.json                 every tensor of those files: dtype, shape, values (row-major)
  ref.safetensors               a safetensors file written by an independent writer (below, from the spec)
  evil_*.pt                     hostile checkpoints that must be refused without running anything
  legacy.pt                     the pre-1.6 (non-zip) format, refused with a clear message
"""
import collections
import io
import json
import os
import pickle
import struct
import zipfile

import torch

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'packages', 'torch', 'test', 'fixtures', 'serialization')
os.makedirs(OUT, exist_ok=True)
torch.manual_seed(0)


def path(name):
    return os.path.join(OUT, name)


def values(t):
    t = t.detach()
    if t.dtype in (torch.float16, torch.bfloat16):
        t = t.float()
    if t.dtype == torch.bool:
        return [bool(v) for v in t.reshape(-1).tolist()]
    return t.reshape(-1).tolist()


def describe(sd):
    return {k: {'dtype': str(v.dtype).replace('torch.', ''), 'shape': list(v.shape), 'values': values(v),
                'contiguous': v.is_contiguous()} for k, v in sd.items()}


expected = {}

mlp = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.ReLU(), torch.nn.Linear(8, 3))
torch.save(mlp.state_dict(), path('mlp.pt'))
expected['mlp.pt'] = describe(mlp.state_dict())

cnn = torch.nn.Sequential(torch.nn.Conv2d(1, 4, 3), torch.nn.BatchNorm2d(4), torch.nn.ReLU(), torch.nn.Flatten(),
                          torch.nn.Linear(4 * 4 * 4, 2))
cnn.train()
cnn(torch.randn(5, 1, 6, 6))  # moves running stats and num_batches_tracked off their defaults
torch.save(cnn.state_dict(), path('cnn.pt'))
expected['cnn.pt'] = describe(cnn.state_dict())

base = torch.arange(24, dtype=torch.float32).reshape(4, 6)
mixed = collections.OrderedDict([
    ('transposed', base.t()),                       # non-contiguous: strides (1, 6)
    ('strided_slice', base[1:, ::2]),                # storage offset 6, strides (6, 2)
    ('shared_row', base[2]),                         # shares the storage above
    ('f16', torch.tensor([0.5, -1.25, 65504.0, 1e-4], dtype=torch.float16)),
    ('bf16', torch.tensor([1.0, -2.5, 3.140625], dtype=torch.bfloat16)),
    ('f64', torch.tensor([[1.0 / 3, -2.0], [1e300, 5e-324]], dtype=torch.float64)),
    ('i64', torch.tensor([-(2 ** 40), 0, 7], dtype=torch.int64)),
    ('i32', torch.tensor([-5, 2 ** 30], dtype=torch.int32)),
    ('i16', torch.tensor([-300, 300], dtype=torch.int16)),
    ('i8', torch.tensor([-128, 127], dtype=torch.int8)),
    ('u8', torch.tensor([0, 255], dtype=torch.uint8)),
    ('bool', torch.tensor([True, False, True])),
    ('scalar', torch.tensor(3.5)),
    ('empty', torch.zeros(0, 3)),
])
torch.save(mixed, path('mixed.pt'))
expected['mixed.pt'] = describe(mixed)

with zipfile.ZipFile(path('mlp.pt')) as src, zipfile.ZipFile(path('mlp_deflate.pt'), 'w', zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        dst.writestr(info.filename, src.read(info.filename))
expected['mlp_deflate.pt'] = expected['mlp.pt']

# A safetensors file from the spec (8-byte LE header length, JSON header, packed data), not from Tandem.
ref = collections.OrderedDict([('a', torch.tensor([[1.0, 2.0], [3.0, 4.0]])),
                               ('b', torch.tensor([1, -2, 3], dtype=torch.int64)),
                               ('c', torch.tensor([0.5, 2.0], dtype=torch.float16))])
codes = {torch.float32: 'F32', torch.int64: 'I64', torch.float16: 'F16'}
header, blobs, offset = {'__metadata__': {'format': 'pt', 'source': 'torch_checkpoints.py'}}, [], 0
for k, v in ref.items():
    data = v.numpy().tobytes()
    header[k] = {'dtype': codes[v.dtype], 'shape': list(v.shape), 'data_offsets': [offset, offset + len(data)]}
    blobs.append(data)
    offset += len(data)
hjson = json.dumps(header).encode()
hjson += b' ' * (-len(hjson) % 8)
with open(path('ref.safetensors'), 'wb') as f:
    f.write(struct.pack('<Q', len(hjson)) + hjson + b''.join(blobs))
expected['ref.safetensors'] = describe(ref)


# --- hostile files: each must be refused with an error naming what was refused --------------------------
def zip_with_pickle(name, pkl, extra=None):
    with zipfile.ZipFile(path(name), 'w', zipfile.ZIP_STORED) as z:
        z.writestr('archive/data.pkl', pkl)
        z.writestr('archive/version', '3\n')
        for k, v in (extra or {}).items():
            z.writestr(k, v)


class System:
    def __reduce__(self):
        return (os.system, ('echo pwned > /tmp/tandem-pwned',))


class Eval:
    def __reduce__(self):
        return (eval, ('1+1',))


zip_with_pickle('evil_system.pt', pickle.dumps({'w': System()}, protocol=2))
zip_with_pickle('evil_eval.pt', pickle.dumps(collections.OrderedDict(w=Eval()), protocol=2))
# INST (protocol 0): instantiate os.system directly.
zip_with_pickle('evil_inst.pt', b'(U\x0aecho pwnedios\nsystem\n.')
# BUILD on a storage type object (only OrderedDict may be BUILT).
zip_with_pickle('evil_build.pt', b'\x80\x02ctorch\nFloatStorage\nq\x00}q\x01X\x01\x00\x00\x00aK\x01sb.')
# REDUCE of an allowed name that is not a callable rebuild function.
zip_with_pickle('evil_reduce_storage.pt', b'\x80\x02ctorch\nFloatStorage\n)R.')
# A tensor whose size/stride reach past its storage.
buf = io.BytesIO()
torch.save({'t': torch.zeros(4)}, buf)
with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
    names = z.namelist()
    pkl = z.read([n for n in names if n.endswith('data.pkl')][0])
    storage = z.read([n for n in names if '/data/' in n][0])
pkl_big = pkl.replace(b'K\x04\x85', b'K\x40\x85', 1)  # size (4,) -> (64,)
assert pkl_big != pkl
zip_with_pickle('evil_oob_tensor.pt', pkl_big, {'archive/data/0': storage})
# A storage key that tries to escape the archive folder.
pkl_path = pkl.replace(b'X\x01\x00\x00\x000', b'X\x04\x00\x00\x00../0', 1)
assert pkl_path != pkl
zip_with_pickle('evil_storage_path.pt', pkl_path, {'archive/data/0': storage})

# A central directory whose entry offset points past the end of the file.
good = open(path('mlp.pt'), 'rb').read()
eocd = good.rfind(b'PK\x05\x06')
cd_off = struct.unpack('<I', good[eocd + 16:eocd + 20])[0]
bad = bytearray(good)
struct.pack_into('<I', bad, cd_off + 42, len(good) + 1000)  # first entry's local header offset
open(path('evil_zip_offset.pt'), 'wb').write(bytes(bad))
open(path('truncated.pt'), 'wb').write(good[: len(good) // 2])

# Pre-1.6 format (a bare pickle stream): refused, with advice.
torch.save(mlp.state_dict(), path('legacy.pt'), _use_new_zipfile_serialization=False)

with open(path('expected.json'), 'w') as f:
    json.dump({'torch': torch.__version__, 'files': expected}, f, separators=(',', ':'))
for n in sorted(os.listdir(OUT)):
    print(n, os.path.getsize(path(n)))
