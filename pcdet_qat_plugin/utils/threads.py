"""CPU thread pools sized together: torch's intra-op pool and numba's `prange` pool.

Two processes that each set `torch.set_num_threads(1)` still oversubscribe a 2-core machine when numba's
parallel kernels (rotated IoU in NMS and in the evaluator) start a pool of one thread per core in each of
them, and its spinning threads slow the other process's training too: bench/accuracy.py's two side-by-side
processes ran about 2.5x faster per stage with numba's pool limited as well (docs/results.md, the benchmark's
"Cost"). A data-loader worker is itself the parallelism, so it runs numba on one thread, as torch does for
its own pool in workers (no dataset step calls a parallel kernel today; this keeps it so if one does).
"""


def limit_cpu_threads(threads: int) -> None:
    """torch and numba each use at most `threads` threads in this process (numba: capped by the pool size
    NUMBA_NUM_THREADS it was started with). NUMBA_NUM_THREADS itself is left alone: numba re-reads it when it
    compiles, and refuses a value other than its launched pool's."""
    import torch
    torch.set_num_threads(threads)
    _set_numba_threads(threads)


def single_threaded_numba() -> None:
    """For a data-loader worker: numba's parallel kernels run on the calling thread only."""
    _set_numba_threads(1)


def _set_numba_threads(threads: int) -> None:
    try:
        import numba
    except ImportError:
        return
    numba.set_num_threads(max(1, min(threads, numba.config.NUMBA_NUM_THREADS)))
