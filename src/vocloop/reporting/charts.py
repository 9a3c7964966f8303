"""Small inline SVG charts for the HTML and PDF report (no script: PDFs cannot run one)."""

from __future__ import annotations

from html import escape


def bars_and_line(
    labels: list[str], bars: list[int], line: list[int], *, bar_name: str, line_name: str
) -> str:
    """Bars (e.g. units) with a line (e.g. returns) on a second scale, labelled below."""
    width, height, left, bottom, top = 640, 220, 44, 36, 16
    plot_w, plot_h = width - left - 44, height - bottom - top
    n = max(len(labels), 1)
    step = plot_w / n
    bar_max = max([*bars, 1])
    line_max = max([*line, 1])
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="100%" role="img" aria-label="{escape(bar_name)} / {escape(line_name)}">'
    ]
    for i, value in enumerate(bars):
        h = plot_h * value / bar_max
        x = left + i * step + step * 0.15
        parts.append(
            f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{step * 0.7:.1f}" '
            f'height="{h:.1f}" fill="#9ec5e8"/>'
        )
    points = " ".join(
        f"{left + i * step + step / 2:.1f},{top + plot_h - plot_h * value / line_max:.1f}"
        for i, value in enumerate(line)
    )
    parts.append(f'<polyline points="{points}" fill="none" stroke="#d9534f" stroke-width="2"/>')
    for i, label in enumerate(labels):
        if i % 2 == len(labels) % 2 or len(labels) <= 6:
            x = left + i * step + step / 2
            parts.append(
                f'<text x="{x:.1f}" y="{height - 14}" font-size="10" text-anchor="middle">'
                f"{escape(label[-3:])}</text>"
            )
    parts.append(
        f'<text x="{left - 6}" y="{top + 8}" font-size="10" text-anchor="end">{bar_max:,}</text>'
        f'<text x="{width - 40}" y="{top + 8}" font-size="10" fill="#d9534f">{line_max:,}</text>'
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" '
        'stroke="#888"/>'
        f'<rect x="{left}" y="{height - 10}" width="10" height="8" fill="#9ec5e8"/>'
        f'<text x="{left + 14}" y="{height - 3}" font-size="10">{escape(bar_name)}</text>'
        f'<rect x="{left + 120}" y="{height - 8}" width="10" height="3" fill="#d9534f"/>'
        f'<text x="{left + 134}" y="{height - 3}" font-size="10">{escape(line_name)}</text>'
    )
    parts.append("</svg>")
    return "".join(parts)


def horizontal_bars(labels: list[str], values: list[int]) -> str:
    """A Pareto-style bar per label, largest first as given."""
    row, width, label_w = 20, 640, 190
    height = row * max(len(labels), 1) + 8
    top = max([*values, 1])
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
        'role="img">'
    ]
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = 4 + i * row
        w = (width - label_w - 60) * value / top
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 13}" font-size="11" text-anchor="end">'
            f"{escape(label)}</text>"
            f'<rect x="{label_w}" y="{y + 2}" width="{w:.1f}" height="{row - 6}" fill="#5b9bd5"/>'
            f'<text x="{label_w + w + 4:.1f}" y="{y + 13}" font-size="11">{value:,}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
