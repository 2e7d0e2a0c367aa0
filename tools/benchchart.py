#!/usr/bin/env python3
"""Chart of the `parse/<size>` benchmarks of benches/parse.rs (Python 3 standard library only).

Reads what criterion (0.5 to 0.8) wrote for the last run,

    $CARGO_TARGET_DIR/criterion/<group>/<function>/new/benchmark.json   (ids, throughput bytes)
    $CARGO_TARGET_DIR/criterion/<group>/<function>/new/estimates.json   (nanoseconds per iteration)

where <group> is the group id with '/' made '_' (`parse_medium`), writes a horizontal bar
chart of MB/s (10^6 bytes per second) per peer for each size to an SVG file, and prints the
same numbers as a Markdown table (MB/s and ews-im / peer) so the table and the chart come from
one run.

    python3 tools/benchchart.py                                 # benches/chart.svg
    python3 tools/benchchart.py --criterion /tmp/target-bench/criterion --out benches/chart.svg

The statistic is criterion's median time per iteration (robust on a shared machine; `--stat
mean` or `slope` for the others); the whiskers are its 95 % confidence interval.
"""

import argparse
import datetime
import glob
import json
import os
import platform
import sys
from xml.sax.saxutils import escape

GROUP_PREFIX = "parse/"
SIZES = ["small", "medium", "large", "large-compact"]
SIZE_NOTES = {
    "small": "the seed response, 1 group, 1 persona",
    "medium": "generated, 4 groups, 25 personas, pretty",
    "large": "generated, 835 groups, 5000 personas, pretty",
    "large-compact": "generated, 835 groups, 5000 personas, compact",
}
PEERS = ["ews-im", "quick-xml-serde", "quick-xml-reader", "roxmltree"]
COLORS = {
    "ews-im": "#1f6feb",
    "quick-xml-serde": "#d97706",
    "quick-xml-reader": "#8250df",
    "roxmltree": "#2da44e",
}
OTHER_COLOR = "#6e7781"


def load(criterion_dir, stat):
    """{size: {"bytes": n, "peers": {function: (mb_s, lo, hi)}}} of the parse/* groups."""
    results = {}
    pattern = os.path.join(criterion_dir, "*", "*", "new", "benchmark.json")
    newest = 0.0
    for path in sorted(glob.glob(pattern)):
        with open(path, encoding="utf-8") as f:
            bench = json.load(f)
        group = bench.get("group_id") or ""
        if not group.startswith(GROUP_PREFIX):
            continue
        size = group[len(GROUP_PREFIX):]
        function = bench.get("function_id") or bench.get("value_str") or "?"
        nbytes = (bench.get("throughput") or {}).get("Bytes") or (bench.get("throughput") or {}).get("BytesDecimal")
        if not nbytes:
            sys.exit(f"{path}: no Bytes throughput")
        est_path = os.path.join(os.path.dirname(path), "estimates.json")
        with open(est_path, encoding="utf-8") as f:
            est = json.load(f)
        e = est.get(stat) or est["mean"]  # `slope` is null under flat sampling
        ns = e["point_estimate"]
        ci = e["confidence_interval"]
        # Throughput in MB/s: bytes / (ns * 1e-9) / 1e6 = bytes * 1e3 / ns.
        to_mb = lambda t: nbytes * 1e3 / t
        entry = results.setdefault(size, {"bytes": nbytes, "peers": {}})
        entry["peers"][function] = (to_mb(ns), to_mb(ci["upper_bound"]), to_mb(ci["lower_bound"]))
        newest = max(newest, os.path.getmtime(est_path))
    if not results:
        sys.exit(f"no {GROUP_PREFIX}* benchmarks under {criterion_dir}")
    return results, newest


def ordered(keys, order):
    return [k for k in order if k in keys] + sorted(k for k in keys if k not in order)


def machine():
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} CPUs"


def nice_step(vmax, ticks=6):
    raw = vmax / ticks
    mag = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 1
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


def fmt(v):
    if v == 0:
        return "0"
    return f"{v:,.0f}" if v >= 10 else f"{v:.1f}"


def svg(results, title, subtitles):
    sizes = ordered(results.keys(), SIZES)
    width, left, right = 960, 150, 200
    plot_w = width - left - right
    bar_h, bar_gap, panel_head, panel_gap = 22, 6, 30, 16
    top = 66 + 16 * len(subtitles)
    vmax = max(hi for s in sizes for (_, _, hi) in results[s]["peers"].values())
    step = nice_step(vmax)
    axis_max = step * (int(vmax / step) + 1)
    x = lambda v: left + plot_w * v / axis_max

    panels = []
    y = top
    for s in sizes:
        peers = ordered(results[s]["peers"].keys(), PEERS)
        h = panel_head + len(peers) * (bar_h + bar_gap)
        panels.append((s, peers, y, h))
        y += h + panel_gap
    plot_bottom = y - panel_gap
    height = plot_bottom + 58

    out = []
    a = out.append
    a(f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
      f'viewBox="0 0 {width} {height}" font-family="Helvetica, Arial, sans-serif" font-size="13">')
    a(f'<rect width="{width}" height="{height}" fill="#ffffff"/>')
    a(f'<text x="12" y="28" font-size="18" font-weight="bold" fill="#1f2328">{escape(title)}</text>')
    for i, line in enumerate(subtitles):
        a(f'<text x="12" y="{50 + 16 * i}" font-size="12" fill="#57606a">{escape(line)}</text>')
    # Grid and axis labels.
    v = 0.0
    while v <= axis_max + 1e-9:
        gx = x(v)
        a(f'<line x1="{gx:.1f}" y1="{top - 6}" x2="{gx:.1f}" y2="{plot_bottom}" stroke="#d0d7de" stroke-width="1"/>')
        a(f'<text x="{gx:.1f}" y="{plot_bottom + 18}" text-anchor="middle" font-size="11" fill="#57606a">{fmt(v)}</text>')
        v += step
    a(f'<text x="{left + plot_w / 2:.1f}" y="{plot_bottom + 40}" text-anchor="middle" fill="#1f2328">'
      'MB/s (10⁶ bytes per second; more is better)</text>')

    for s, peers, py, _ in panels:
        nbytes = results[s]["bytes"]
        note = SIZE_NOTES.get(s, "")
        head = f"parse/{s}: {nbytes:,} bytes" + (f" ({note})" if note else "")
        a(f'<text x="12" y="{py + 18}" font-weight="bold" fill="#1f2328">{escape(head)}</text>')
        ours = results[s]["peers"].get("ews-im")
        for i, p in enumerate(peers):
            mb, lo, hi = results[s]["peers"][p]
            by = py + panel_head + i * (bar_h + bar_gap)
            color = COLORS.get(p, OTHER_COLOR)
            weight = ' font-weight="bold"' if p == "ews-im" else ""
            a(f'<text x="{left - 8}" y="{by + bar_h / 2 + 4.5:.1f}" text-anchor="end" fill="#1f2328"{weight}>'
              f'{escape(p)}</text>')
            a(f'<rect x="{left}" y="{by}" width="{max(x(mb) - left, 1):.1f}" height="{bar_h}" fill="{color}" rx="2">'
              f'<title>{escape(p)} on {escape(s)}: {mb:.1f} MB/s (95 % CI {lo:.1f}–{hi:.1f})</title></rect>')
            # 95 % confidence interval of the statistic.
            cy = by + bar_h / 2
            a(f'<line x1="{x(lo):.1f}" y1="{cy}" x2="{x(hi):.1f}" y2="{cy}" stroke="#1f2328" stroke-width="1.2"/>')
            for wx in (x(lo), x(hi)):
                a(f'<line x1="{wx:.1f}" y1="{cy - 4}" x2="{wx:.1f}" y2="{cy + 4}" stroke="#1f2328" stroke-width="1.2"/>')
            ratio = f"ews-im ×{ours[0] / mb:.2f}" if ours and p != "ews-im" else ""
            if x(mb) - left > 56:
                # The value inside the bar's end, the ratio after the whisker.
                tx = max(min(x(lo), x(mb)) - 6, left + 40)
                a(f'<text x="{tx:.1f}" y="{cy + 4.5:.1f}" text-anchor="end" fill="#ffffff" font-weight="bold">'
                  f'{escape(fmt(mb))}</text>')
                if ratio:
                    a(f'<text x="{x(hi) + 8:.1f}" y="{cy + 4.5:.1f}" fill="#57606a">{escape(ratio)}</text>')
            else:
                a(f'<text x="{x(hi) + 8:.1f}" y="{cy + 4.5:.1f}"><tspan fill="#1f2328" font-weight="bold">'
                  f'{escape(fmt(mb))}</tspan><tspan fill="#57606a">{"   " + escape(ratio) if ratio else ""}</tspan></text>')
    a("</svg>")
    return "\n".join(out) + "\n"


def markdown(results, stat):
    sizes = ordered(results.keys(), SIZES)
    peers = ordered({p for s in sizes for p in results[s]["peers"]}, PEERS)
    lines = [
        f"| size | bytes | " + " | ".join(f"{p} MB/s" for p in peers) + " | "
        + " | ".join(f"ews-im / {p}" for p in peers if p != "ews-im") + " |",
        "|---|---:|" + "---:|" * (len(peers) + len([p for p in peers if p != "ews-im"])),
    ]
    for s in sizes:
        r = results[s]["peers"]
        ours = r.get("ews-im", (None,))[0]
        cells = [f"{r[p][0]:.0f}" if p in r else "–" for p in peers]
        ratios = [f"{ours / r[p][0]:.2f}×" if ours and p in r else "–" for p in peers if p != "ews-im"]
        lines.append(f"| {s} | {results[s]['bytes']:,} | " + " | ".join(cells) + " | " + " | ".join(ratios) + " |")
    lines.append("")
    lines.append(f"(criterion {stat} time per iteration; MB/s = 10⁶ bytes per second)")
    return "\n".join(lines)


def main():
    target = os.environ.get("CARGO_TARGET_DIR", "target")
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--criterion", default=os.path.join(target, "criterion"),
                    help="criterion's output folder (default: $CARGO_TARGET_DIR/criterion or target/criterion)")
    ap.add_argument("--out", default="benches/chart.svg", help="SVG file to write (default: benches/chart.svg)")
    ap.add_argument("--stat", default="median", choices=["median", "mean", "slope"])
    ap.add_argument("--machine", default=None, help="machine description for the subtitle (default: from /proc/cpuinfo)")
    ap.add_argument("--date", default=None, help="date for the title (default: the run's, from the files)")
    args = ap.parse_args()

    results, newest = load(args.criterion, args.stat)
    date = args.date or datetime.datetime.fromtimestamp(newest, datetime.timezone.utc).strftime("%Y-%m-%d")
    title = f"ews-im parse throughput vs peers, same extraction ({date})"
    subtitles = [
        f"Machine: {args.machine or machine()}",
        f"criterion {args.stat} time per iteration, whiskers its 95 % CI; one scale for all bars; "
        "ews-im ×N = ews-im's MB/s ÷ the peer's",
    ]
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(svg(results, title, subtitles))
    print(markdown(results, args.stat))
    print(f"\nwrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
