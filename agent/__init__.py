"""nsvr.agent."""
