"""nsvr.tools."""
