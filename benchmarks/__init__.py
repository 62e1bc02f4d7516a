"""python -m benchmarks: the project's time against a floor timed in the same run."""
