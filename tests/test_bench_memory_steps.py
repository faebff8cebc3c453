"""`bench.memory_steps` measures every step on a small dataset (never asserts a size)."""

from bench import memory_steps


def test_every_step_is_measured(data_dir, capsys):
    memory_steps.main([str(data_dir)])
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if line.startswith("| ") and not line.startswith("| step")]
    assert len(rows) == 7 and all(row.endswith(" s |") for row in rows)
    assert "peak" in out and "after malloc_trim" in out
