"""nsvr.tasks."""
