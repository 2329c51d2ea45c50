"""Prints the figures of one scripts/bench.sh run: throughput, latency, the peer ratio, memory, start-up."""
import json, statistics, sys
from pathlib import Path

out, stations = Path(sys.argv[1]), int(sys.argv[2])
runs = {name: json.loads((out / f"{name}.json").read_text()) for name in ("leitstand", "ocpp-csms")}

def figures(report):
    latency = report["latency"]
    calls = report["calls"]
    return report["throughput"], latency.get("p50"), latency.get("p99"), calls

print(f"{'central system':<16}{'answers/s':>12}{'p50 ms':>10}{'p99 ms':>10}  calls")
for name, report in runs.items():
    rate, p50, p99, calls = figures(report)
    print(f"{name:<16}{rate:>12.0f}{p50 or 0:>10.2f}{p99 or 0:>10.2f}  sent {calls['sent']}, answered {calls['answered']}, "
          f"timeouts {calls['timeouts']}, errors {sum(calls['errors'].values())}, "
          f"connections failed {report['connections']['failed']}")
ours, peer = runs["leitstand"], runs["ocpp-csms"]
if peer["throughput"] > 0:
    print(f"throughput ratio leitstand / ocpp-csms: {ours['throughput'] / peer['throughput']:.1f}x")
if ours["latency"].get("p99") and peer["latency"].get("p99"):
    print(f"p99 ratio ocpp-csms / leitstand: {peer['latency']['p99'] / ours['latency']['p99']:.1f}x")
idle = int((out / "leitstand-idle-rss-kib.txt").read_text())
peak = int((out / "leitstand-peak-rss-kib.txt").read_text())
print(f"server RSS idle {idle / 1024:.0f} MiB, peak under load {peak / 1024:.0f} MiB, "
      f"per connected station {(peak - idle) / stations:.1f} KiB")
startups = [float(x) for x in (out / "startup-seconds.txt").read_text().split()]
print(f"start-up with {stations} stations in the store: median {statistics.median(startups):.2f} s "
      f"over {len(startups)} runs (min {min(startups):.2f}, max {max(startups):.2f})")
