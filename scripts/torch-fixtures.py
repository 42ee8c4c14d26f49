#!/usr/bin/python3
"""Writes test/fixtures/torch_more.json: what real PyTorch prints for Tanh, ELU, SELU,
Softplus, Mish and Hardswish (outputs, and gradients after output.sum().backward()).

Run with Debian's python3-torch (1.13.1): `/usr/bin/python3 scripts/torch-fixtures.py`.
No network, no randomness beyond torch.manual_seed: the same machine writes the same file.
The layout follows test/fixtures/torch_print_public.json (numbers as JSON numbers, float32
values as their exact float64 value, NaN and the infinities as the strings "nan", "inf",
"-inf", negative zero as -0.0), and adds `grad_data`, `grad_str` and `grad_print` to the
outputs of requires_grad cases. A `kernels` section records the elementary functions these
kernels call, from the libraries themselves (SLEEF through torch, glibc through ctypes), so
that src/lib/torch/kernels.ts can be checked function by function.
"""

import ctypes
import ctypes.util
import json
import math
import platform
import re
import sys
from pathlib import Path

import torch
from torch import nn

OUT = Path(__file__).resolve().parent.parent / "test" / "fixtures" / "torch_more.json"

# name -> (source as the page writes it, the module)
MODULES = {
    "Tanh": ("nn.Tanh()", lambda: nn.Tanh()),
    "ELU": ("nn.ELU()", lambda: nn.ELU()),
    "ELU_alpha0.5": ("nn.ELU(alpha=0.5)", lambda: nn.ELU(alpha=0.5)),
    "SELU": ("nn.SELU()", lambda: nn.SELU()),
    "Softplus": ("nn.Softplus()", lambda: nn.Softplus()),
    "Softplus_beta2": ("nn.Softplus(beta=2.0)", lambda: nn.Softplus(beta=2.0)),
    "Mish": ("nn.Mish()", lambda: nn.Mish()),
    "Hardswish": ("nn.Hardswish()", lambda: nn.Hardswish()),
}

INF = math.inf
NAN = math.nan


def cases():
    """(id, source, make) with make() returning a fresh input tensor."""
    out = []

    def add(case_id, source, make):
        out.append((case_id, source, make))

    seed = [-3.0, -1.0, 0.0, 1.0, 3.0]
    add("seed_1d", "torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])", lambda: torch.tensor(seed))
    add(
        "grad_seed",
        "torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], requires_grad=True)",
        lambda: torch.tensor(seed, requires_grad=True),
    )
    add(
        "f64_grad_seed",
        "torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], dtype=torch.float64, requires_grad=True)",
        lambda: torch.tensor(seed, dtype=torch.float64, requires_grad=True),
    )
    f64_more = [-20.0, -5.5, -3.0, -1e-6, -1e-12, -0.0, 0.0, 1e-8, 0.25, 2.0, 3.0, 10.0, 19.5, 20.5, 40.0, -INF, INF, NAN]
    add(
        "f64_grad_mixed",
        "torch.tensor([-20.0, -5.5, -3.0, -1e-6, -1e-12, -0.0, 0.0, 1e-8, 0.25, 2.0, 3.0, 10.0, 19.5, 20.5, 40.0,"
        " -inf, inf, nan], dtype=torch.float64, requires_grad=True)",
        lambda: torch.tensor(f64_more, dtype=torch.float64, requires_grad=True),
    )
    add("scalar_grad", "torch.tensor(-0.5, requires_grad=True)", lambda: torch.tensor(-0.5, requires_grad=True))
    add("scalar_half", "torch.tensor(0.5)", lambda: torch.tensor(0.5))
    # A 0-d tensor where SLEEF's tanhf and glibc's differ: torch.tanh takes SLEEF even for one element.
    add("scalar_tiny_grad", "torch.tensor(-1e-7, requires_grad=True)", lambda: torch.tensor(-1e-7, requires_grad=True))
    nonfinite = [-INF, -0.0, 0.0, INF, NAN]
    add(
        "nonfinite_grad",
        "torch.tensor([-inf, -0.0, 0.0, inf, nan], requires_grad=True)",
        lambda: torch.tensor(nonfinite, requires_grad=True),
    )
    tiny = [-1e-6, -1e-7, -6e-8, -3.1e-8, -3e-8, -2.9e-8, -1e-8, -3e-8, -1e-12, -1e-30, -1e-45]
    add(
        "tiny_negative_grad",
        "torch.tensor([-1e-6, -1e-7, -6e-8, -3.1e-8, -3e-8, -2.9e-8, -1e-8, -3e-8, -1e-12, -1e-30, -1e-45],"
        " requires_grad=True)",
        lambda: torch.tensor(tiny, requires_grad=True),
    )
    add("tiny_negative_4", "torch.tensor([-1e-6, -1e-8, -3e-8, -1e-12])", lambda: torch.tensor([-1e-6, -1e-8, -3e-8, -1e-12]))
    # Softplus switches to x where x * beta > threshold (20): x * beta just below, at and above
    # 20 for beta = 1 (x near 20) and beta = 2 (x near 10), as float32 neighbours.
    below20 = float(torch.tensor(20.0).nextafter(torch.tensor(0.0)))
    above20 = float(torch.tensor(20.0).nextafter(torch.tensor(INF)))
    below10 = float(torch.tensor(10.0).nextafter(torch.tensor(0.0)))
    above10 = float(torch.tensor(10.0).nextafter(torch.tensor(INF)))
    threshold = [19.5, below20, 20.0, above20, 20.5, 9.5, below10, 10.0, above10, 10.5]
    threshold_src = ", ".join(repr(v) for v in threshold)
    add(
        "softplus_threshold_grad",
        f"torch.tensor([{threshold_src}], requires_grad=True)",
        lambda: torch.tensor(threshold, requires_grad=True),
    )
    add(
        "softplus_threshold_20_grad",
        f"torch.tensor([{threshold_src}] * 2, requires_grad=True)",
        lambda: torch.tensor(threshold * 2, requires_grad=True),
    )
    # Hardswish at exactly -3 and 3: inside the first full block of 16 (indices 2, 3) and in the
    # scalar tail (indices 17, 18) of a 20-element tensor.
    hs = [round(-4.5 + 0.5 * i, 1) for i in range(20)]
    hs[2], hs[3], hs[17], hs[18] = 3.0, -3.0, -3.0, 3.0
    hs_src = ", ".join(repr(v) for v in hs)
    add("hardswish_edges_20_grad", f"torch.tensor([{hs_src}], requires_grad=True)", lambda: torch.tensor(hs, requires_grad=True))
    grid = [[-2.5, -0.5, 0.0, 0.5, 2.5], [-6.0, -1.5, 1.5, 4.0, 6.0], [-0.1, 0.1, -10.0, 10.0, 0.75], [7.0, -7.0, 0.3, -0.3, 1.0]]
    add(
        "seed_2d_grad",
        "torch.tensor([[-2.5, -0.5, 0.0, 0.5, 2.5], [-6.0, -1.5, 1.5, 4.0, 6.0], [-0.1, 0.1, -10.0, 10.0, 0.75],"
        " [7.0, -7.0, 0.3, -0.3, 1.0]], requires_grad=True)",
        lambda: torch.tensor(grid, requires_grad=True),
    )
    add(
        "long_1500_grad",
        "torch.linspace(-12.0, 12.0, 1500).requires_grad_()",
        lambda: torch.linspace(-12.0, 12.0, 1500).requires_grad_(),
    )
    sci = [1e-5, 2.5e-4, -7e-3, 1.0, 123456.0, -0.02, 3e-7]
    add("sci_mixed", "torch.tensor([1e-05, 0.00025, -0.007, 1.0, 123456.0, -0.02, 3e-07])", lambda: torch.tensor(sci))
    # Every special value of the cases above in one tensor, so each meets the vectorised loop
    # (indices 0-31) and the scalar tail (32-36).
    specials = (
        [-INF, -0.0, 0.0, INF, NAN, -1e-6, -3e-8, -1e-8, -1e-12, 3.0, -3.0, below20, above20, below10, above10, 20.0]
        + [10.0, 3.0, -3.0, NAN, -INF, -0.0, -1e-6, 2.9999998, -2.9999998, 3.0000002, -3.0000002, 1e-30, 88.0, -88.0, 50.0, -50.0]
        + [3.0, -3.0, -1e-6, -0.0, -INF]
    )
    specials_src = ", ".join(repr(v) if math.isfinite(v) else ("nan" if math.isnan(v) else ("inf" if v > 0 else "-inf")) for v in specials)
    add(
        "specials_37_grad",
        f"torch.tensor([{specials_src}], requires_grad=True)",
        lambda: torch.tensor(specials, requires_grad=True),
    )

    def randn():
        gen = torch.Generator().manual_seed(20240513)
        return (torch.randn(100, generator=gen) * 4).requires_grad_()

    add("randn_100_grad", "(torch.randn(100, generator=torch.Generator().manual_seed(20240513)) * 4).requires_grad_()", randn)

    def randn_wide():
        gen = torch.Generator().manual_seed(7)
        return (torch.randn(333, generator=gen) * 4).requires_grad_()

    add("randn_333_grad", "(torch.randn(333, generator=torch.Generator().manual_seed(7)) * 4).requires_grad_()", randn_wide)

    def randn_f64():
        gen = torch.Generator().manual_seed(64)
        return (torch.randn(100, generator=gen, dtype=torch.float64) * 4).requires_grad_()

    add(
        "f64_randn_100_grad",
        "(torch.randn(100, generator=torch.Generator().manual_seed(64), dtype=torch.float64) * 4).requires_grad_()",
        randn_f64,
    )
    add(
        "f64_long_1001_grad",
        "torch.linspace(-12.0, 12.0, 1001, dtype=torch.float64).requires_grad_()",
        lambda: torch.linspace(-12.0, 12.0, 1001, dtype=torch.float64).requires_grad_(),
    )
    return out


def kernel_inputs(dtype):
    """Inputs for the elementary-function checks: a grid, special values and seeded randoms."""
    grid = torch.linspace(-20.0, 20.0, 801, dtype=torch.float64)
    special = torch.tensor(
        [0.0, -0.0, INF, -INF, NAN, 1.0, -1.0, 3.0, -3.0, 20.0, -20.0, 88.0, -88.0, 89.0, -104.0, -110.0, 710.0, -746.0,
         8.664339742, 8.6643400, 18.714973875, 1e-6, -1e-6, 1e-8, -1e-8, -3e-8, 1e-12, -1e-12, 1e-30, -1e-30,
         -0.999999, -0.5, 0.41421356, -0.29289322, 1e10, 1e38, 3e38],
        dtype=torch.float64,
    )
    gen = torch.Generator().manual_seed(12345)
    wide = torch.randn(120, generator=gen, dtype=torch.float64) * 30
    unit = torch.rand(120, generator=gen, dtype=torch.float64) * 2 - 1
    small = torch.randn(80, generator=gen, dtype=torch.float64) * torch.exp(-torch.rand(80, generator=gen, dtype=torch.float64) * 60)
    return torch.cat([grid, special, wide, unit, small]).to(dtype)


def kernel_reference():
    """The elementary functions the kernels call, from the libraries themselves: SLEEF through
    torch's vml path (torch.exp/log1p/tanh run Vectorized<T> on every element, the tail as a padded
    vector) and glibc through ctypes, plus the hardware FMA through glibc's fma/fmaf."""
    libm = ctypes.CDLL(ctypes.util.find_library("m"))
    out = {}
    for dtype, ctype, suffix in ((torch.float32, ctypes.c_float, "f"), (torch.float64, ctypes.c_double, "")):
        x = kernel_inputs(dtype)
        name = dtype_name(x)
        entry = {"x": values(x)}
        for fn in ("exp", "log1p", "tanh"):
            entry[f"sleef_{fn}"] = values(getattr(torch, fn)(x))
        for fn in ("exp", "log1p", "tanh", "expm1"):
            c_fn = getattr(libm, fn + suffix)
            c_fn.restype = ctype
            c_fn.argtypes = [ctype]
            entry[f"glibc_{fn}"] = encode([c_fn(v) for v in x.tolist()])
        gen = torch.Generator().manual_seed(99)
        a = (torch.randn(300, generator=gen, dtype=torch.float64) * 4).to(dtype)
        b = (torch.randn(300, generator=gen, dtype=torch.float64) * 4).to(dtype)
        c = (torch.randn(300, generator=gen, dtype=torch.float64) * 4).to(dtype)
        # Half the addends cancel the product to within an ulp, where a separate rounding shows.
        c[:150] = -(a[:150].double() * b[:150].double()).to(dtype)
        fma = getattr(libm, "fma" + suffix)
        fma.restype = ctype
        fma.argtypes = [ctype, ctype, ctype]
        entry["fma"] = [[*encode([p, q, r]), encode(fma(p, q, r))] for p, q, r in zip(a.tolist(), b.tolist(), c.tolist())]
        out[name] = entry
    return out


def encode(value):
    if isinstance(value, list):
        return [encode(v) for v in value]
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return value


def to_json(obj, level=0):
    """json.dumps with indent=1, except that arrays of numbers are written on one line."""
    pad = " " * (level + 1)

    def flat(v):
        return not isinstance(v, (dict, list)) or (isinstance(v, list) and all(flat(w) for w in v))

    if isinstance(obj, dict):
        items = [f"{pad}{json.dumps(k)}: {to_json(v, level + 1)}" for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * level + "}"
    if isinstance(obj, list) and not flat(obj):
        return "[\n" + ",\n".join(pad + to_json(v, level + 1) for v in obj) + "\n" + " " * level + "]"
    return json.dumps(obj, allow_nan=False, ensure_ascii=False)


def values(t):
    return encode(t.detach().tolist())


def dtype_name(t):
    return {torch.float32: "float32", torch.float64: "float64"}[t.dtype]


def cpu_capability():
    """ATen's dispatch level ("AVX2"): torch.backends.cpu.get_cpu_capability() came after 1.13,
    so it is read from torch.__config__.show(), which reports the one chosen at run time."""
    match = re.search(r"CPU capability usage: (\S+)", torch.__config__.show())
    return match.group(1) if match else None


def main():
    torch.set_num_threads(1)
    torch.manual_seed(0)
    result_cases = []
    for case_id, source, make in cases():
        x = make()
        entry = {
            "id": case_id,
            "source": source,
            "input": {"dtype": dtype_name(x), "shape": list(x.shape), "requires_grad": x.requires_grad, "data": values(x)},
            "input_print": f"Input: {x}",
            "input_str": str(x),
            "outputs": [],
        }
        for name, (module_source, make_module) in MODULES.items():
            module = make_module()
            x = make()
            y = module(x)
            out = {
                "module": name,
                "module_source": module_source,
                "grad_fn": type(y.grad_fn).__name__ if y.grad_fn is not None else None,
                "data": values(y),
                "output_print": f"Output: {y}",
                "output_str": str(y),
            }
            if x.requires_grad:
                y.sum().backward()
                out["grad_data"] = values(x.grad)
                out["grad_print"] = f"Grad: {x.grad}"
                out["grad_str"] = str(x.grad)
            entry["outputs"].append(out)
        result_cases.append(entry)

    meta = {
        "torch_version": torch.__version__,
        "cpu_capability": cpu_capability(),
        "machine": platform.machine(),
        "libc": " ".join(platform.libc_ver()),
        "python": platform.python_version(),
        "print_options": {"precision": 4, "threshold": 1000, "edgeitems": 3, "linewidth": 80, "sci_mode": None},
        "description": (
            "exact strings of print(f\"Input: {x}\"), print(f\"Output: {y}\") and print(f\"Grad: {x.grad}\")"
            " with y = module(x) and, for requires_grad inputs, y.sum().backward(); default print options."
            " *_print are the printed text without the trailing newline; for a 0-d tensor an f-string"
            " formats .item() as a Python float. *_str are str(tensor). input.data / outputs[].data /"
            " outputs[].grad_data are the tensor values (float32 ones as their exact float64 value)."
            " Written by scripts/torch-fixtures.py."
        ),
        "modules": {name: source for name, (source, _) in MODULES.items()},
        "split": "public",
    }
    meta["kernels_description"] = (
        "kernels: per dtype, inputs x and the library's own results for them: sleef_* from torch.exp/log1p/tanh"
        " (SLEEF's Vectorized functions on every element), glibc_* from libm through ctypes, fma as"
        " [a, b, c, fma(a, b, c)] from libm's fma/fmaf."
    )
    payload = {"meta": meta, "cases": result_cases, "kernels": kernel_reference()}
    text = to_json(payload)
    OUT.write_text(text + "\n", encoding="utf-8")
    counts = sum(len(c["outputs"]) for c in result_cases)
    print(f"wrote {OUT} ({len(result_cases)} cases, {counts} outputs)", file=sys.stderr)


if __name__ == "__main__":
    main()
