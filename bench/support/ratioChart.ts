/**
 * A bar chart of the side-by-side ratios as a standalone SVG (no dependency: it is bars and text).
 * One bar per figure, codestate / official, on a log scale so 0.5x and 2x are equally far from 1x;
 * a line marks 1x and a tick marks each figure's goal. Green bars meet their goal, orange ones do not.
 */

/** One bar of the chart. */
export interface ChartBar {
  label: string;
  /** codestate / official (time, bytes or memory: lower is better). */
  ratio: number;
  /** The goal's upper bound for the ratio, when there is one. */
  goal?: number;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Renders the bars as SVG text; `title` goes above them. */
export function ratioChartSvg(bars: ChartBar[], title: string): string {
  const labelWidth = 430;
  const plotWidth = 420;
  const rowHeight = 22;
  const top = 44;
  const height = top + bars.length * rowHeight + 30;
  const width = labelWidth + plotWidth + 70;
  const finite = bars.filter((b) => Number.isFinite(b.ratio) && b.ratio > 0);
  const lo = Math.min(0.25, ...finite.map((b) => b.ratio));
  const hi = Math.max(4, ...finite.map((b) => b.ratio), ...finite.map((b) => b.goal ?? 1));
  const x = (ratio: number) =>
    labelWidth + ((Math.log(ratio) - Math.log(lo)) / (Math.log(hi) - Math.log(lo))) * plotWidth;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<title>${escapeXml(title)}: codestate / official client per figure</title>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="10" y="20" font-size="14" font-weight="bold">${escapeXml(title)}</text>`,
    `<text x="10" y="36" fill="#555">codestate / official client (lower is better; log scale). Tick: goal.</text>`,
  ];
  for (const tick of [0.25, 0.5, 1, 2, 4, 8, 16].filter((t) => t >= lo && t <= hi)) {
    const tx = x(tick).toFixed(1);
    const bottom = top + bars.length * rowHeight;
    const stroke = tick === 1 ? '#000' : '#ddd';
    parts.push(`<line x1="${tx}" y1="${top - 4}" x2="${tx}" y2="${bottom}" stroke="${stroke}"/>`);
    parts.push(`<text x="${tx}" y="${bottom + 16}" text-anchor="middle" fill="#555">${tick}x</text>`);
  }
  bars.forEach((bar, i) => {
    const y = top + i * rowHeight;
    parts.push(`<text x="${labelWidth - 8}" y="${y + 14}" text-anchor="end">${escapeXml(bar.label)}</text>`);
    if (!Number.isFinite(bar.ratio) || bar.ratio <= 0) {
      parts.push(`<text x="${labelWidth + 4}" y="${y + 14}" fill="#a00">failed</text>`);
      return;
    }
    const met = bar.goal === undefined || bar.ratio <= bar.goal;
    const from = x(Math.min(1, bar.ratio));
    const to = x(Math.max(1, bar.ratio));
    const fill = met ? '#3a9a5b' : '#e08a2c';
    parts.push(
      `<rect x="${from.toFixed(1)}" y="${y + 3}" width="${Math.max(1, to - from).toFixed(1)}" height="${rowHeight - 8}" fill="${fill}"/>`,
    );
    parts.push(`<text x="${(to + 4).toFixed(1)}" y="${y + 14}">${bar.ratio.toFixed(2)}x</text>`);
    if (bar.goal !== undefined) {
      const gx = x(bar.goal).toFixed(1);
      parts.push(
        `<line x1="${gx}" y1="${y + 1}" x2="${gx}" y2="${y + rowHeight - 3}" stroke="#000" stroke-width="2"/>`,
      );
    }
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
