"""The keypress child's stepping on command (`probe.Control`), without a Textual app."""

from __future__ import annotations

import asyncio
import os

import pytest

from briefing_tui.bench.probe import Control, _costed


def test_steps_wait_for_their_command_and_are_answered_one_by_one() -> None:
    commands_in, commands = os.pipe()
    replies, replies_out = os.pipe()
    control = Control.parse(f"{commands_in},{replies_out}")
    taken: list[int] = []

    async def step() -> None:
        taken.append(len(taken))

    async def main() -> list[float]:
        steps = asyncio.create_task(_costed(step, 3, control, Control.PRESS))
        for expected in (1, 2, 3):
            await asyncio.sleep(0.02)
            assert len(taken) == expected - 1  # nothing runs before its command
            os.write(commands, Control.PRESS)
            while len(taken) < expected:
                await asyncio.sleep(0.001)
        return await steps

    try:
        costs = asyncio.run(main())
        assert len(costs) == 3 and all(cost >= 0 for cost in costs)
        assert os.read(replies, 10) == Control.DONE * 3
    finally:
        for fd in (commands_in, commands, replies, replies_out):
            os.close(fd)


def test_a_wrong_command_stops_the_child() -> None:
    commands_in, commands = os.pipe()
    replies, replies_out = os.pipe()
    control = Control(commands_in, replies_out)

    async def step() -> None:
        pass

    try:
        os.write(commands, Control.IDLE)
        with pytest.raises(RuntimeError, match="expected b'p', got b'i'"):
            asyncio.run(_costed(step, 1, control, Control.PRESS))
    finally:
        for fd in (commands_in, commands, replies, replies_out):
            os.close(fd)


def test_without_control_the_steps_run_back_to_back() -> None:
    async def step() -> None:
        sum(range(20_000))

    costs = asyncio.run(_costed(step, 4))
    assert len(costs) == 4 and all(cost >= 0 for cost in costs)


def test_with_control_the_wait_for_a_command_is_not_a_steps_cost() -> None:
    commands_in, commands = os.pipe()
    replies, replies_out = os.pipe()
    control = Control(commands_in, replies_out)

    async def step() -> None:
        pass

    async def busy_then_command() -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 0.05
        while loop.time() < deadline:
            sum(range(1000))  # CPU this process spends while the second step waits
            await asyncio.sleep(0)
        os.write(commands, Control.PRESS)

    async def main() -> list[float]:
        os.write(commands, Control.PRESS)
        writer = asyncio.create_task(busy_then_command())
        costs = await _costed(step, 2, control, Control.PRESS)
        await writer
        return costs

    try:
        costs = asyncio.run(main())
        assert len(costs) == 2
        assert costs[1] < 10  # the ~50 ms of CPU spent waiting for the command are not counted
    finally:
        for fd in (commands_in, commands, replies, replies_out):
            os.close(fd)
