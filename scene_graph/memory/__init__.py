"""Scene memory for robots: camera frames fused into one persistent 3D scene graph, asked from any viewpoint.

>>> from nsvr.scene_graph.memory import SceneMemory
>>> memory = SceneMemory.open("memory.db")  # doctest: +SKIP
>>> memory.observe(graph, depth=depth, intrinsics=K, pose=cam2world)  # doctest: +SKIP
>>> memory.ask("What is left of the red cube?", viewpoint=pose, planner=parse)  # doctest: +SKIP

Pure Python + numpy + stdlib sqlite3 (scipy's assignment is used when installed); no torch, tools or agent.
"""

from nsvr.scene_graph.memory.camera import (
    CLEVR_CAMERA_POSE,
    CLEVR_INTRINSICS,
    CameraError,
    as_intrinsics,
    as_pose,
    ground_directions,
    read_camera_file,
)
from nsvr.scene_graph.memory.fusion import MemoryObject
from nsvr.scene_graph.memory.lifting import Frame, FrameError
from nsvr.scene_graph.memory.memory import MemoryConfig, ObserveReport, SceneMemory, SceneMemoryError
from nsvr.scene_graph.memory.store import MemoryFileError
from nsvr.scene_graph.memory.views import HISTORY_ATTRIBUTES, Viewpoint, viewpoint_relations

__all__ = [
    "CLEVR_CAMERA_POSE",
    "CLEVR_INTRINSICS",
    "HISTORY_ATTRIBUTES",
    "CameraError",
    "Frame",
    "FrameError",
    "MemoryConfig",
    "MemoryFileError",
    "MemoryObject",
    "ObserveReport",
    "SceneMemory",
    "SceneMemoryError",
    "Viewpoint",
    "as_intrinsics",
    "as_pose",
    "ground_directions",
    "read_camera_file",
    "viewpoint_relations",
]
