"""Run the fuzz targets of `targets.py` for a while and report what they found.

    python fuzz/run.py --seconds 40                   # the smoke run in .ci/run
    python fuzz/run.py --seconds 3600 --report r.json # a long run (see fuzz/README.md)
    python fuzz/run.py --engine atheris --targets tag --seconds 600

Each execution is watched: one that takes longer than ``--hang-seconds`` is a hang, and a
process whose peak memory passes 4x the largest input so far plus 100 MB (over what it held
before the first execution) is a finding too. Findings are printed as they come, one line
each, and summed up at the end with the executions per target; the exit code is 1 if there
were any.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import sys
import time
import traceback
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))


class Hang(BaseException):
    """An execution ran past the time allowed (a BaseException: no target catches it)."""


class TooMuchMemory(BaseException):
    """The process's peak memory passed its allowance."""


def _peak_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class Watchdog:
    def __init__(self, hang_seconds: float) -> None:
        self.hang_seconds = hang_seconds
        self.baseline = _peak_bytes()
        self.largest_input = 0

    def before(self, name: str, size: int) -> None:
        self.largest_input = max(self.largest_input, size)
        signal.setitimer(signal.ITIMER_REAL, self.hang_seconds)

    def after(self, name: str) -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        # Python text may take 4 bytes a character; the allowance is 4x that plus 100 MB.
        allowance = self.baseline + 4 * 4 * self.largest_input + 100 * 2**20
        if _peak_bytes() > allowance:
            raise TooMuchMemory(
                f"peak memory {_peak_bytes() / 2**20:.0f} MB passed "
                f"{allowance / 2**20:.0f} MB (largest input {self.largest_input} characters)"
            )


def _on_alarm(signum: int, frame: Any) -> None:
    raise Hang("an execution took longer than the time allowed")


def _finding_key(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    where = next(
        (f"{Path(frame.filename).name}:{frame.lineno}" for frame in reversed(frames)
         if "/timeline/" in frame.filename),
        frames[-1].name if frames else "?",
    )  # fmt: skip
    first_line = str(error).splitlines()[0][:160] if str(error) else ""
    return f"{type(error).__name__} at {where}: {first_line}"


def run_hypothesis(names: list[str], seconds: float, examples: int | None) -> dict[str, Any]:
    import targets

    findings: dict[str, dict[str, Any]] = {}
    share = seconds / len(names)
    reported = time.monotonic()
    for name in names:
        test = targets.TARGETS[name]
        deadline = time.monotonic() + share
        while True:
            # Batch after batch: hypothesis stops a test at its first failure.
            try:
                test()
            except (Hang, TooMuchMemory, Exception) as error:  # all of them are findings
                signal.setitimer(signal.ITIMER_REAL, 0)
                _record(findings, name, error)
            if time.monotonic() >= reported + 60:
                reported = time.monotonic()
                progress = {"executions": dict(targets.EXECUTIONS), "findings": len(findings)}
                print(f"PROGRESS {json.dumps(progress)}", flush=True)
            if examples is not None or time.monotonic() >= deadline:
                break
    return findings


def _record(findings: dict[str, dict[str, Any]], name: str, error: BaseException) -> None:
    cause = error
    while cause.__cause__ is not None:
        cause = cause.__cause__
    key = f"{name}: {_finding_key(cause)}"
    seen = findings.setdefault(key, {"count": 0, "example": ""})
    seen["count"] += 1
    if seen["count"] == 1:
        seen["example"] = "\n".join(getattr(error, "__notes__", []))[:2000]
        print(f"FINDING {key}\n{seen['example']}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--targets", nargs="*", help="which targets (default: all)")
    parser.add_argument("--seconds", type=float, default=40.0, help="total time, shared")
    parser.add_argument("--examples", type=int, help="run each target this many times only")
    parser.add_argument(
        "--engine", choices=("hypothesis", "mutate", "atheris"), default="hypothesis"
    )
    parser.add_argument("--seeds", type=Path, help="for --engine mutate: .tml and .txt seeds")
    parser.add_argument("--hang-seconds", type=float, default=20.0)
    parser.add_argument("--report", type=Path, help="write the summary here as JSON too")
    args = parser.parse_args(argv)
    if args.examples is not None:
        os.environ["FUZZ_EXAMPLES"] = str(args.examples)
    if args.engine == "atheris":
        # Before anything imports timeline, so that its code is instrumented for coverage.
        import atheris  # optional: pip install atheris

        with atheris.instrument_imports(include=["timeline"]):
            import timeline  # noqa: F401

    import targets

    names = args.targets or list(targets.TARGETS)
    unknown = sorted(set(names) - set(targets.TARGETS))
    if unknown:
        parser.error(f"unknown targets {unknown}; expected some of {sorted(targets.TARGETS)}")
    watchdog = Watchdog(args.hang_seconds)
    signal.signal(signal.SIGALRM, _on_alarm)
    targets.BEFORE.append(watchdog.before)
    targets.AFTER.append(watchdog.after)
    started = time.monotonic()
    if args.engine == "atheris":
        return _run_atheris(names, args.seconds)
    if args.engine == "mutate":
        import mutate

        findings: dict[str, dict[str, Any]] = {}
        mutate.run_mutations(
            names, args.seconds, args.seeds, lambda name, error: _record(findings, name, error)
        )
    else:
        findings = run_hypothesis(names, args.seconds, args.examples)
    summary = {
        "engine": args.engine,
        "seconds": round(time.monotonic() - started, 1),
        "executions": dict(targets.EXECUTIONS),
        "total_executions": sum(targets.EXECUTIONS.values()),
        "peak_memory_mb": round(_peak_bytes() / 2**20),
        "findings": findings,
    }
    text = json.dumps(summary, indent=2)
    print(text)
    if args.report is not None:
        args.report.write_text(text + "\n", encoding="utf-8")
    return 1 if findings else 0


def _run_atheris(names: list[str], seconds: float) -> int:
    """Coverage-guided: atheris mutates the bytes hypothesis draws its choices from."""
    import atheris
    import targets

    if len(names) != 1:
        raise SystemExit("--engine atheris runs one target at a time: give --targets NAME")
    test = targets.TARGETS[names[0]]
    atheris.Setup(
        [sys.argv[0], f"-max_total_time={int(seconds)}", "-timeout=30", "-rss_limit_mb=4096"],
        test.hypothesis.fuzz_one_input,
    )
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
