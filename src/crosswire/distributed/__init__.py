"""The stage list on a Ray cluster: ``crosswire batch`` runs the same stages as ``crosswire ingest`` over
shards of the input, on as many machines as the cluster has, with the same results.

Modules: :mod:`.engine` (Ray behind one door: the optional import, the connection, the actor-pool engine),
:mod:`.inputs` (inputs listed and split into shards, local or in object stores), :mod:`.stream` (read, clean
and the per-article stages as a Ray Data stream, one writer at the driver), :mod:`.work` (a stage run on a
shard), :mod:`.runner` (the stage list, from its declarations) and :mod:`.check` (every difference from the
local path). Ray is the optional extra ``crosswire[ray]``; nothing here imports it until a run starts.
"""

from crosswire.distributed.engine import INSTALL_HINT, RayEngine, RayUnavailable, connect, disconnect, require_ray
from crosswire.distributed.runner import BatchSummary, run_batch

__all__ = [
    "INSTALL_HINT",
    "BatchSummary",
    "RayEngine",
    "RayUnavailable",
    "connect",
    "disconnect",
    "require_ray",
    "run_batch",
]
