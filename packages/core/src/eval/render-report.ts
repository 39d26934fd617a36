import type { EvaluationReport } from "./run-evaluation";

/*
 * One self-contained HTML page (inline CSS and SVG, no scripts, no network) that a merchant or an engineer can
 * open from a file: scenario pass rates, retrieval quality per query class, PII precision and recall per
 * entity, and latency distributions.
 */

const palette = ["#2563eb", "#16a34a", "#d97706", "#dc2626", "#7c3aed", "#0891b2"];

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

type Series = { name: string; values: number[] };

/** Horizontal grouped bars for values in 0..1, one group per label. */
function barChart({ id, title, labels, series }: { id: string; title: string; labels: string[]; series: Series[] }): string {
  const barHeight = 14;
  const gap = 10;
  const labelWidth = 190;
  const plotWidth = 420;
  const groupHeight = series.length * barHeight + gap;
  const height = labels.length * groupHeight + 40;
  const bars = labels
    .map((label, labelIndex) => {
      const y = 10 + labelIndex * groupHeight;
      const rows = series
        .map((entry, seriesIndex) => {
          const value = Math.max(0, Math.min(1, entry.values[labelIndex] ?? 0));
          const barY = y + seriesIndex * barHeight;
          return (
            `<rect class="bar" data-value="${value.toFixed(3)}" x="${labelWidth}" y="${barY}" width="${Math.max(1, value * plotWidth).toFixed(1)}" height="${barHeight - 2}" fill="${palette[seriesIndex % palette.length]}"><title>${escapeHtml(`${label} · ${entry.name}: ${value.toFixed(3)}`)}</title></rect>` +
            `<text x="${labelWidth + value * plotWidth + 4}" y="${barY + barHeight - 4}" class="value">${value.toFixed(2)}</text>`
          );
        })
        .join("");
      return `<text x="${labelWidth - 8}" y="${y + (series.length * barHeight) / 2 + 4}" text-anchor="end" class="label">${escapeHtml(label)}</text>${rows}`;
    })
    .join("");
  const axis = [0, 0.25, 0.5, 0.75, 1]
    .map((tick) => `<line x1="${labelWidth + tick * plotWidth}" x2="${labelWidth + tick * plotWidth}" y1="5" y2="${height - 25}" class="grid"/><text x="${labelWidth + tick * plotWidth}" y="${height - 10}" text-anchor="middle" class="tick">${tick}</text>`)
    .join("");
  const legend = series
    .map((entry, index) => `<span class="key"><i style="background:${palette[index % palette.length]}"></i>${escapeHtml(entry.name)}</span>`)
    .join("");
  return `<figure id="${id}"><figcaption>${escapeHtml(title)}</figcaption><svg class="chart" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${labelWidth + plotWidth + 60} ${height}" width="${labelWidth + plotWidth + 60}" height="${height}">${axis}${bars}</svg><div class="legend">${legend}</div></figure>`;
}

/** A histogram per series on a log-scaled millisecond axis, with p50 and p95 marked. */
function latencyChart(id: string, latencies: Record<string, number[]>): string {
  const entries = Object.entries(latencies).filter(([, values]) => values.length > 0);
  const width = 640;
  const rowHeight = 70;
  const height = entries.length * rowHeight + 30;
  const all = entries.flatMap(([, values]) => values).filter((value) => value > 0);
  const minimum = Math.log10(Math.max(1e-3, Math.min(...all)));
  const maximum = Math.log10(Math.max(...all) * 1.1);
  const x = (ms: number) => 150 + ((Math.log10(Math.max(ms, 1e-3)) - minimum) / Math.max(1e-9, maximum - minimum)) * (width - 170);
  const bins = 24;
  const rows = entries
    .map(([name, values], rowIndex) => {
      const top = 10 + rowIndex * rowHeight;
      const counts = new Array<number>(bins).fill(0);
      for (const value of values) {
        const position = (Math.log10(Math.max(value, 1e-3)) - minimum) / Math.max(1e-9, maximum - minimum);
        counts[Math.min(bins - 1, Math.max(0, Math.floor(position * bins)))]! += 1;
      }
      const peak = Math.max(...counts);
      const binWidth = (width - 170) / bins;
      const bars = counts
        .map((count, bin) => {
          const barHeight = peak === 0 ? 0 : (count / peak) * (rowHeight - 25);
          return count === 0 ? "" : `<rect class="bar" x="${(150 + bin * binWidth).toFixed(1)}" y="${(top + rowHeight - 20 - barHeight).toFixed(1)}" width="${(binWidth - 1).toFixed(1)}" height="${barHeight.toFixed(1)}" fill="${palette[rowIndex % palette.length]}"><title>${count} calls</title></rect>`;
        })
        .join("");
      const sorted = [...values].sort((left, right) => left - right);
      const p50 = sorted[Math.floor(sorted.length * 0.5)] ?? 0;
      const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
      const marks = [
        ["p50", p50],
        ["p95", p95],
      ]
        .map(([label, value]) => `<line x1="${x(value as number)}" x2="${x(value as number)}" y1="${top}" y2="${top + rowHeight - 20}" class="mark"/><text x="${x(value as number) + 3}" y="${top + 10}" class="tick">${label} ${(value as number).toFixed(2)} ms</text>`)
        .join("");
      return `<text x="140" y="${top + rowHeight / 2}" text-anchor="end" class="label">${escapeHtml(name)} (${values.length})</text>${bars}${marks}`;
    })
    .join("");
  const ticks = [0.01, 0.1, 1, 10, 100, 1000, 10000]
    .filter((tick) => Math.log10(tick) >= minimum && Math.log10(tick) <= maximum)
    .map((tick) => `<text x="${x(tick)}" y="${height - 5}" text-anchor="middle" class="tick">${tick} ms</text>`)
    .join("");
  return `<figure id="${id}"><figcaption>Latency distributions (log scale)</figcaption><svg class="chart" role="img" aria-label="Latency distributions" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${rows}${ticks}</svg></figure>`;
}

export function renderEvaluationReport(report: EvaluationReport): string {
  const sections = ["support", "recommend", "reviews", "copy"] as const;
  const passRates = sections.map((section) => {
    const outcomes = report.scenarios.filter((outcome) => outcome.section === section);
    return outcomes.length === 0 ? 0 : outcomes.filter((outcome) => outcome.passed).length / outcomes.length;
  });
  const passed = report.scenarios.filter((outcome) => outcome.passed).length;
  const failures = report.scenarios.filter((outcome) => !outcome.passed);
  const rows = report.scenarios
    .map(
      (outcome) =>
        `<tr class="${outcome.passed ? "pass" : "fail"}"><td>${outcome.section}</td><td>${escapeHtml(outcome.title)}</td><td>${outcome.passed ? "pass" : "FAIL"}</td><td>${outcome.ms.toFixed(0)} ms</td><td>${escapeHtml(outcome.failures.join("; "))}</td></tr>`,
    )
    .join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Aisle evaluation · ${escapeHtml(report.model)}</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; color: #111827; max-width: 980px; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.6rem; margin-bottom: 0.2rem; } .meta { color: #6b7280; margin-top: 0; }
  .summary { display: flex; gap: 1rem; flex-wrap: wrap; } .summary div { border: 1px solid #e5e7eb; border-radius: 8px; padding: 0.6rem 1rem; }
  .summary strong { display: block; font-size: 1.4rem; }
  figure { margin: 2rem 0; } figcaption { font-weight: 600; margin-bottom: 0.5rem; }
  .chart { max-width: 100%; height: auto; } .label { font-size: 12px; fill: #374151; } .value, .tick { font-size: 10px; fill: #6b7280; }
  .grid { stroke: #e5e7eb; } .mark { stroke: #111827; stroke-dasharray: 3 3; }
  .legend { font-size: 12px; color: #374151; } .key { margin-right: 1rem; } .key i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
  table { border-collapse: collapse; width: 100%; font-size: 13px; } td, th { border-bottom: 1px solid #e5e7eb; padding: 4px 6px; text-align: left; vertical-align: top; }
  tr.fail td { background: #fef2f2; }
</style>
</head>
<body>
<h1>Aisle evaluation</h1>
<p class="meta">Model ${escapeHtml(report.model)} · ${escapeHtml(report.at)} · sample store</p>
<div class="summary">
  <div><strong>${passed}/${report.scenarios.length}</strong>scenarios passed</div>
  <div><strong>${failures.length}</strong>failing</div>
  <div><strong>${report.retrieval.length === 0 ? "–" : (report.retrieval.reduce((total, entry) => total + entry.ndcg10 * entry.queries, 0) / report.retrieval.reduce((total, entry) => total + entry.queries, 0)).toFixed(2)}</strong>retrieval nDCG@10</div>
</div>
${barChart({ id: "scenario-pass-rates", title: "Scenario pass rate by feature", labels: sections.map((section) => section), series: [{ name: "pass rate", values: passRates }] })}
${barChart({ id: "retrieval-quality", title: "Retrieval quality per query class", labels: report.retrieval.map((entry) => `${entry.class} (${entry.queries})`), series: [{ name: "nDCG@10", values: report.retrieval.map((entry) => entry.ndcg10) }, { name: "recall@10", values: report.retrieval.map((entry) => entry.recall10) }] })}
${barChart({ id: "pii-quality", title: "PII detection per entity (development corpus)", labels: report.pii.map((entry) => `${entry.entity} (${entry.gold})`), series: [{ name: "precision", values: report.pii.map((entry) => entry.precision) }, { name: "recall", values: report.pii.map((entry) => entry.recall) }] })}
${latencyChart("latencies", report.latencies)}
<h2>Scenarios</h2>
<table><thead><tr><th>feature</th><th>scenario</th><th>result</th><th>time</th><th>failures</th></tr></thead><tbody>${rows}</tbody></table>
</body>
</html>
`;
}
