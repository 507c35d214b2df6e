"""The keypress child's stepping on command (`probe.Control`), without a Textual app."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from typing import NamedTuple

import pytest

from briefing_tui.bench.probe import Control, _costed


class Pipes(NamedTuple):
    """A child's `Control` and the bench's ends of its two pipes."""

    control: Control
    commands: int
    replies: int


@pytest.fixture
def pipes() -> Iterator[Pipes]:
    commands_in, commands = os.pipe()
    replies, replies_out = os.pipe()
    try:
        yield Pipes(Control.parse(f"{commands_in},{replies_out}"), commands, replies)
    finally:
        for fd in (commands_in, commands, replies, replies_out):
            os.close(fd)


async def _nothing() -> None:
    pass


def test_steps_wait_for_their_command_and_are_answered_one_by_one(pipes: Pipes) -> None:
    taken: list[int] = []

    async def step() -> None:
        taken.append(len(taken))

    async def main() -> list[float]:
        steps = asyncio.create_task(_costed(step, 3, pipes.control, Control.PRESS))
        for expected in (1, 2, 3):
            await asyncio.sleep(0.02)
            assert len(taken) == expected - 1  # nothing runs before its command
            os.write(pipes.commands, Control.PRESS)
            while len(taken) < expected:
                await asyncio.sleep(0.001)
        return await steps

    costs = asyncio.run(main())
    assert len(costs) == 3 and all(cost >= 0 for cost in costs)
    assert os.read(pipes.replies, 10) == Control.DONE * 3


def test_a_wrong_command_stops_the_child(pipes: Pipes) -> None:
    os.write(pipes.commands, Control.IDLE)
    with pytest.raises(RuntimeError, match="expected b'p', got b'i'"):
        asyncio.run(_costed(_nothing, 1, pipes.control, Control.PRESS))


def test_with_control_the_wait_for_a_command_is_not_a_steps_cost(pipes: Pipes) -> None:
    async def busy_then_command() -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 0.05
        while loop.time() < deadline:
            sum(range(1000))  # CPU this process spends while the second step waits
            await asyncio.sleep(0)
        os.write(pipes.commands, Control.PRESS)

    async def main() -> list[float]:
        os.write(pipes.commands, Control.PRESS)
        writer = asyncio.create_task(busy_then_command())
        costs = await _costed(_nothing, 2, pipes.control, Control.PRESS)
        await writer
        return costs

    costs = asyncio.run(main())
    assert len(costs) == 2
    assert costs[1] < 10  # the ~50 ms of CPU spent waiting for the command are not counted


def test_without_control_each_cost_is_the_steps_cpu() -> None:
    async def step() -> None:
        sum(range(300_000))  # a few milliseconds of CPU

    async def main() -> tuple[list[float], float]:
        loop = asyncio.get_running_loop()
        started = loop.time()
        costs = await _costed(step, 4)
        return costs, (loop.time() - started) * 1000

    costs, wall_ms = asyncio.run(main())
    assert len(costs) == 4 and all(cost > 0.5 for cost in costs)
    assert sum(costs) <= wall_ms + 5  # back to back: together no more than the whole run
