"""Bar charts of quotes per period as inline SVG: drawn here, so a page
works offline (no script or font fetched from anywhere)."""

from __future__ import annotations

from html import escape

WIDTH, HEIGHT = 720, 180
_LEFT, _BOTTOM, _TOP = 40, 28, 12


def bars_svg(rows: list[tuple[str, int]], title: str) -> str:
    """A bar a period, the largest reaching the top; period labels spaced
    so they never overlap; each bar's exact count in its tooltip."""
    if not rows:
        return f'<p class="quotes-chart-empty">{escape(title)}: no dated quotes.</p>'
    most = max(n for _, n in rows) or 1
    plot_w, plot_h = WIDTH - _LEFT - 8, HEIGHT - _BOTTOM - _TOP
    step = plot_w / len(rows)
    bar_w = max(1.0, step * 0.8)
    every = max(1, int(len(rows) / (plot_w / 64)) + 1)  # a label per ~64 px
    parts = [
        f'<svg class="quotes-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<line x1="{_LEFT}" y1="{_TOP + plot_h}" x2="{WIDTH - 8}" y2="{_TOP + plot_h}" stroke="#888"/>',
        f'<text x="{_LEFT - 6}" y="{_TOP + 4}" text-anchor="end" font-size="11" fill="#444">{most:,}</text>',
        f'<text x="{_LEFT - 6}" y="{_TOP + plot_h}" text-anchor="end" font-size="11" fill="#444">0</text>',
    ]
    for i, (period, count) in enumerate(rows):
        h = plot_h * count / most
        x = _LEFT + i * step + (step - bar_w) / 2
        parts.append(
            f'<rect class="bar" x="{x:.1f}" y="{_TOP + plot_h - h:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
            f'fill="#3b6ea5"><title>{escape(period)}: {count:,} quote{"s" if count != 1 else ""}</title></rect>'
        )
        if i % every == 0:
            parts.append(
                f'<text x="{_LEFT + i * step + step / 2:.1f}" y="{HEIGHT - 10}" text-anchor="middle" '
                f'font-size="11" fill="#444">{escape(period)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)
