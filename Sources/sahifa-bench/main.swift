print("sahifa-bench: no benchmarks yet")
