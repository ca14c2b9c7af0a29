"""``python -m deploy`` (``make cluster INSTANCES=3 PORT=8080``): N instances on one Redis
behind HAProxy, in the foreground until Ctrl-C or SIGTERM.

HAProxy listens on ``--port``; the instances on the ports after it (8081, 8082, ...
for port 8080) unless ``--instance-ports`` names them. Every ``CAPTIONFLOW_*`` variable
of the environment reaches every instance.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
import threading
from pathlib import Path

from ._cluster import Cluster
from ._errors import DeployError

__all__ = ["main", "parse_args"]


def _ports(text: str) -> tuple[int, ...]:
    try:
        ports = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        msg = f"expected comma-separated port numbers, got {text!r}"
        raise argparse.ArgumentTypeError(msg) from None
    if not ports or any(not 0 < p < 65536 for p in ports):
        msg = f"expected ports in 1-65535, got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return ports


def parse_args(argv: list[str] | None = None) -> Cluster:
    """The cluster the command line asks for (not started).

    Raises:
        SystemExit: a bad argument (argparse's usage message, exit code 2).
    """
    parser = argparse.ArgumentParser(prog="python -m deploy", description=__doc__)
    parser.add_argument("--instances", type=int, default=3, help="how many (default 3)")
    parser.add_argument("--port", type=int, default=8080, help="HAProxy's port (8080)")
    parser.add_argument("--instance-ports", type=_ports, help="comma-separated, one per instance")
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("CAPTIONFLOW_REDIS_URL") or "redis://127.0.0.1:6379/0",
        help="the Redis every instance shares (default: $CAPTIONFLOW_REDIS_URL, else "
        "redis://127.0.0.1:6379/0)",
    )
    parser.add_argument("--bind", default="127.0.0.1", help="HAProxy's interface")
    parser.add_argument(
        "--check-interval",
        type=float,
        default=0.25,
        help="seconds between health checks (a dead instance is DOWN after two)",
    )
    parser.add_argument("--run-dir", type=Path, help="config, admin socket (default: a temp dir)")
    args = parser.parse_args(argv)
    if args.instances < 1:
        parser.error(f"--instances must be at least 1, got {args.instances}")
    ports: tuple[int, ...] = args.instance_ports or tuple(
        args.port + n for n in range(1, args.instances + 1)
    )
    if len(ports) != args.instances:
        parser.error(f"--instance-ports names {len(ports)} ports for {args.instances} instances")
    if args.port in ports or not 0 < args.port < 65536 or max(ports) > 65535:
        parser.error(f"ports must be distinct and in 1-65535: {args.port} and {ports}")
    if args.check_interval <= 0:
        parser.error(f"--check-interval must be positive, got {args.check_interval}")
    run_dir = args.run_dir or Path(tempfile.mkdtemp(prefix="captionflow-cluster-"))
    return Cluster(
        redis_url=args.redis_url,
        port=args.port,
        instance_ports=ports,
        run_dir=run_dir,
        check_interval=args.check_interval,
        bind=args.bind,
        output=sys.stdout.buffer,
    )


def main(argv: list[str] | None = None) -> int:
    """Run the cluster until interrupted; the exit code (2: it could not start)."""
    cluster = parse_args(argv)
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    try:
        cluster.start()
    except DeployError as error:
        print(f"deploy: {error}", file=sys.stderr)
        return 2
    try:
        print(f"captionflow: {cluster.url} -> HAProxy ({cluster.config_path})", flush=True)
        for instance in cluster.instances:
            print(f"  {instance.name}: {instance.url} (pid {instance.process.pid})", flush=True)
        print(f"  states: socat - {cluster.stats_socket} <<< 'show stat'", flush=True)
        stop.wait()
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
