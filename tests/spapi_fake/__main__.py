"""Run the fake SP-API alone: prints one JSON line (url, sellers' credentials), serves until killed.

    python -m tests.spapi_fake --sellers 100 [--rate-scale 1] [--processing-polls 1]

The benchmark runs it in its own process so the server's work does not share the client's GIL.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from dataclasses import asdict

from tests.spapi_fake.server import FakeSpapi


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sellers", type=int, default=1)
    parser.add_argument("--rate-scale", type=float, default=1.0)
    parser.add_argument("--processing-polls", type=int, default=1)
    args = parser.parse_args()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with FakeSpapi(rate_scale=args.rate_scale, processing_polls=args.processing_polls) as fake:
        sellers = [asdict(fake.add_seller()) for _ in range(args.sellers)]
        print(json.dumps({"url": fake.url, "sellers": sellers}), flush=True)
        stop.wait()
    sys.exit(0)


if __name__ == "__main__":
    main()
