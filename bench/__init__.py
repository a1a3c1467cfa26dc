"""Speed and scale: the benchmark against raw Playwright, the simulator's load test, and their servers."""
