"""Thread pools: torch's and numba's limited together, numba single-threaded in data-loader workers."""
from functools import partial

import numba
import numpy as np
import pytest
import torch
from torch.utils.data import DataLoader, Dataset

from pcdet_qat_plugin.datasets import worker_init_fn
from pcdet_qat_plugin.utils.threads import limit_cpu_threads


@pytest.fixture
def restore_threads():
    torch_n, numba_n = torch.get_num_threads(), numba.get_num_threads()
    yield
    torch.set_num_threads(torch_n)
    numba.set_num_threads(numba_n)


@pytest.mark.skipif(numba.config.NUMBA_NUM_THREADS < 2, reason='numba started with a pool of one thread')
def test_limit_cpu_threads_limits_torch_and_numba(restore_threads):
    limit_cpu_threads(1)
    assert torch.get_num_threads() == 1
    assert numba.get_num_threads() == 1


def test_numba_compiles_after_the_limit(restore_threads):
    """numba re-reads its environment when it compiles: the limit must not touch NUMBA_NUM_THREADS."""
    limit_cpu_threads(1)

    @numba.njit(parallel=True, cache=False)
    def total(a):
        s = 0.0
        for i in numba.prange(a.shape[0]):
            s += a[i]
        return s
    assert total(np.arange(10.0)) == 45.0


def test_a_thread_count_above_numbas_pool_is_capped(restore_threads):
    limit_cpu_threads(numba.config.NUMBA_NUM_THREADS + 5)
    assert numba.get_num_threads() == numba.config.NUMBA_NUM_THREADS


class _NumbaThreads(Dataset):
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return numba.get_num_threads()


def test_data_loader_workers_run_numba_on_one_thread():
    loader = DataLoader(_NumbaThreads(), batch_size=None, num_workers=1,
                        worker_init_fn=partial(worker_init_fn, seed=0))
    assert list(loader) == [1, 1]
