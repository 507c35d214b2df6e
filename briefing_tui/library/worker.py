"""A worker process of `pool`: prepares the chunks of files it is sent, answers in order.

Run as `python -m briefing_tui.library.worker`; reads pickled lists of jobs from stdin until it
closes and writes each list's results, pickled, to stdout. Only its parent talks to it.
"""

from __future__ import annotations

import gc
import pickle
import sys


def main() -> int:
    from briefing_tui.library.prepare import prepare

    gc.disable()  # the models are dropped by reference counting; collected once per chunk
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    while True:
        try:
            jobs = pickle.load(source)
        except EOFError:
            return 0
        results = [prepare(job) for job in jobs]
        gc.collect(0)
        pickle.dump(results, sink, protocol=pickle.HIGHEST_PROTOCOL)
        sink.flush()


if __name__ == "__main__":
    sys.exit(main())
