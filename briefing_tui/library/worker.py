"""A worker process of `pool`: prepares the chunks of files it is sent, answers in order.

Run as `python -m briefing_tui.library.worker`; reads pickled lists of jobs from stdin until it
closes and writes each list's results, pickled, to stdout. Only its parent talks to it.
"""

from __future__ import annotations

import gc
import pickle
import queue
import sys
import threading


def _write(answers: queue.Queue[bytes | None]) -> None:
    sink = sys.stdout.buffer
    while (data := answers.get()) is not None:
        sink.write(data)
        sink.flush()


def main() -> int:
    from briefing_tui.library.prepare import prepare

    gc.disable()  # the models are dropped by reference counting; collected once per chunk
    # Answers are written by a thread: while the parent has not read one yet (it takes them in
    # turn from every worker), this one goes on with the next chunk instead of waiting.
    answers: queue.Queue[bytes | None] = queue.Queue()
    writer = threading.Thread(target=_write, args=(answers,), daemon=True)
    writer.start()
    source = sys.stdin.buffer
    while True:
        try:
            jobs = pickle.load(source)
        except EOFError:
            answers.put(None)
            writer.join()
            return 0
        results = [prepare(job) for job in jobs]
        gc.collect(0)
        answers.put(pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL))


if __name__ == "__main__":
    sys.exit(main())
