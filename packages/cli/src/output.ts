export type Progress = {
  /** Sets the amount done (bytes, items). */
  update(done: number): void;
  /** A short status shown after the bar. */
  note(text: string): void;
  done(summary: string): void;
  fail(): void;
};

export type Output = {
  json: boolean;
  /** Answer text, streamed: goes to stdout unless `--json`. */
  write(text: string): void;
  /** Human-readable status: stderr, so stdout stays clean for pipes. */
  info(text: string): void;
  notice(text: string): void;
  /** The command's result with `--json`: one JSON document on stdout. */
  result(value: unknown): void;
  progress(label: string, total: number, unit?: "bytes" | "items"): Progress;
};

function formatRate(done: number, seconds: number, unit: string): string {
  if (seconds <= 0) return "";
  const rate = done / seconds;
  if (unit === "bytes") return `${(rate / 1_048_576).toFixed(1)} MB/s`;
  return `${rate >= 100 ? Math.round(rate) : rate.toFixed(1)} ${unit}/s`;
}

export function createOutput({
  json,
  stdout = process.stdout,
  stderr = process.stderr,
}: {
  json: boolean;
  stdout?: NodeJS.WritableStream & { isTTY?: boolean };
  stderr?: NodeJS.WritableStream & { isTTY?: boolean };
}): Output {
  const interactive = stderr.isTTY === true && !json;
  return {
    json,
    write: (text) => {
      if (!json) stdout.write(text);
    },
    info: (text) => {
      if (!json) stderr.write(`${text}\n`);
    },
    notice: (text) => {
      stderr.write(`${text}\n`);
    },
    result: (value) => {
      if (json) stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    },
    progress(label, total, unit = total > 10_000 ? "bytes" : "items") {
      const started = performance.now();
      let current = 0;
      let status = "";
      let lastDraw = 0;
      const draw = (force = false) => {
        const now = performance.now();
        if (!force && now - lastDraw < 100) return;
        lastDraw = now;
        const seconds = (now - started) / 1000;
        const share = total > 0 ? Math.min(1, current / total) : 0;
        const width = 24;
        const filled = Math.round(share * width);
        const bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${Math.round(share * 100)}%`;
        const line = `${label} ${bar} ${formatRate(current, seconds, unit)} ${status}`.trimEnd();
        if (interactive) stderr.write(`\r\u001b[2K${line}`);
      };
      return {
        update(done) {
          current = done;
          draw();
        },
        note(text) {
          status = text;
          draw();
        },
        done(summary) {
          current = total;
          const seconds = (performance.now() - started) / 1000;
          if (interactive) stderr.write("\r\u001b[2K");
          if (!json) stderr.write(`${label}: ${summary} in ${seconds.toFixed(1)} s\n`);
        },
        fail() {
          if (interactive) stderr.write("\n");
        },
      };
    },
  };
}
