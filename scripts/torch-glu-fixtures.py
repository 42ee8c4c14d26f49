#!/usr/bin/python3
"""Writes test/fixtures/torch_glu.json: what real PyTorch prints for the GLU family,
nn.GLU(dim=-1)(x) and a * F.relu(b), a * F.gelu(b), a * F.silu(b) with a, b = x.chunk(2, dim=-1).

Run with Debian's python3-torch (1.13.1): `/usr/bin/python3 scripts/torch-glu-fixtures.py`.
No network, no randomness beyond seeded generators: the same machine writes the same file.

`page` is the GLU page's example exactly as the English page shows it, executed here, with the
text it prints: test/lib/torch/glu.test.ts checks that the page builds the same code and
computes the same text. `cases` hold str(output) and the values of each variant for more
inputs (special values, the vectorised loop's blocks and tail, float64, a 2-D input), in the
layout of torch_more.json (float32 values as their exact float64 value; NaN and the
infinities as "nan", "inf", "-inf").
"""

import contextlib
import io
import json
import math
import platform
import sys
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

OUT = Path(__file__).resolve().parent.parent / "test" / "fixtures" / "torch_glu.json"

# The page's example, line for line as the English page writes it.
PAGE_SOURCE = """import torch
import torch.nn as nn
import torch.nn.functional as F

# eight inputs: the first half is the value a, the second half the gate b
x = torch.tensor([1.0, -2.0, 0.5, 3.0, 2.0, -1.0, 0.0, 1.5])
a, b = x.chunk(2, dim=-1)
# GLU has a module; each variant is one line
print(f"GLU:    {nn.GLU(dim=-1)(x)}")
print(f"ReGLU:  {a * F.relu(b)}")
print(f"GEGLU:  {a * F.gelu(b)}")
print(f"SwiGLU: {a * F.silu(b)}")"""

VARIANTS = {
    "glu": lambda x, a, b: nn.GLU(dim=-1)(x),
    "reglu": lambda x, a, b: a * F.relu(b),
    "geglu": lambda x, a, b: a * F.gelu(b),
    "swiglu": lambda x, a, b: a * F.silu(b),
}

INF = math.inf
NAN = math.nan


def cases():
    """(id, source, make) with make() returning a fresh input tensor."""
    out = []

    def add(case_id, source, make):
        out.append((case_id, source, make))

    page = [1.0, -2.0, 0.5, 3.0, 2.0, -1.0, 0.0, 1.5]
    add("page", "torch.tensor([1.0, -2.0, 0.5, 3.0, 2.0, -1.0, 0.0, 1.5])", lambda: torch.tensor(page))
    add(
        "page_f64",
        "torch.tensor([1.0, -2.0, 0.5, 3.0, 2.0, -1.0, 0.0, 1.5], dtype=torch.float64)",
        lambda: torch.tensor(page, dtype=torch.float64),
    )
    # Values a and gates b that meet every special case: infinities, nan, signed zeros, a gate
    # far out on both sides, a tiny value.
    values = [INF, -INF, NAN, -0.0, 2.0, 0.0, 1e-3, -3.0, 1.0, INF, -2.0, 1e-30]
    gates = [1.0, 2.0, 1.0, 5.0, -INF, INF, NAN, -0.0, -20.0, -INF, 30.0, -1e-6]
    specials = values + gates
    src = ", ".join(repr(v) if math.isfinite(v) else ("nan" if math.isnan(v) else ("inf" if v > 0 else "-inf")) for v in specials)
    add("specials", f"torch.tensor([{src}])", lambda: torch.tensor(specials))
    # Halves of 40 and 35 floats: two full blocks of 16 and a tail of 8, two and a tail of 3.
    for n, seed in ((40, 11), (35, 12)):

        def randn(n=n, seed=seed):
            gen = torch.Generator().manual_seed(seed)
            return torch.randn(2 * n, generator=gen) * 4

        add(f"randn_{2 * n}", f"torch.randn({2 * n}, generator=torch.Generator().manual_seed({seed})) * 4", randn)

    def randn_f64():
        gen = torch.Generator().manual_seed(13)
        return torch.randn(42, generator=gen, dtype=torch.float64) * 4

    add("f64_randn_42", "torch.randn(42, generator=torch.Generator().manual_seed(13), dtype=torch.float64) * 4", randn_f64)

    def randn_2d():
        gen = torch.Generator().manual_seed(14)
        return torch.randn(3, 40, generator=gen) * 4

    add("randn_3x40", "torch.randn(3, 40, generator=torch.Generator().manual_seed(14)) * 4", randn_2d)
    return out


def encode(value):
    if isinstance(value, list):
        return [encode(v) for v in value]
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return value


def values(t):
    return encode(t.detach().tolist())


def dtype_name(t):
    return {torch.float32: "float32", torch.float64: "float64"}[t.dtype]


def run_page():
    """Executes the page's example and returns what it prints (without the last newline)."""
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        exec(PAGE_SOURCE, {})  # our own constant above, never outside input
    return buffer.getvalue().rstrip("\n")


def main():
    torch.set_num_threads(1)
    result_cases = []
    for case_id, source, make in cases():
        x = make()
        a, b = x.chunk(2, dim=-1)
        entry = {
            "id": case_id,
            "source": source,
            "input": {"dtype": dtype_name(x), "shape": list(x.shape), "data": values(x)},
            "outputs": {},
        }
        for name, fn in VARIANTS.items():
            y = fn(x, a, b)
            entry["outputs"][name] = {"str": str(y), "data": values(y)}
        result_cases.append(entry)
    payload = {
        "meta": {
            "torch_version": torch.__version__,
            "machine": platform.machine(),
            "libc": " ".join(platform.libc_ver()),
            "python": platform.python_version(),
            "description": (
                "page: the GLU page's example (English comments) and what it prints. cases: str() and values"
                " of nn.GLU(dim=-1)(x) (glu) and of a * F.relu(b), a * F.gelu(b), a * F.silu(b) with"
                " a, b = x.chunk(2, dim=-1) (reglu, geglu, swiglu), default print options."
                " Written by scripts/torch-glu-fixtures.py."
            ),
        },
        "page": {"source": PAGE_SOURCE, "stdout": run_page()},
        "cases": result_cases,
    }
    OUT.write_text(json.dumps(payload, indent=1, allow_nan=False, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(result_cases)} cases)", file=sys.stderr)


if __name__ == "__main__":
    main()
