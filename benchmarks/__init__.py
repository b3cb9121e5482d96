"""The performance measurements behind BENCHMARKS.md.

Each ``benchmarks/bench_*.py`` module has a ``run()`` that returns a list of result dicts;
``python -m benchmarks`` (``./dev bench``) runs them all, prints the results and writes
``benchmarks/out/results.json``.
"""
