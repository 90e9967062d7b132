import type { MountProgress } from '../virt/mount-progress.js';
import { TOOL_NAME } from '../version.js';

/** What the progress line is drawn on: process.stderr, or a stand-in in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  /** The terminal's width, when known. */
  columns?: number;
  write(text: string): unknown;
}

/** How often the line may be redrawn, at most. */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * One status line on a terminal, rewritten in place: each update returns the cursor to the start
 * of the line (`\r`), writes the text and clears what is left of the old one (`ESC [K`); `clear`
 * leaves the line empty, so what is printed next starts on a clean line. Updates closer together
 * than the interval are skipped (the last one is never forced: the line is transient).
 */
export class ProgressLine {
  private drawnAt: number | undefined;

  constructor(
    private readonly stream: ProgressStream,
    private readonly intervalMs = PROGRESS_INTERVAL_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  update(text: string): void {
    const now = this.now();
    if (this.drawnAt !== undefined && now - this.drawnAt < this.intervalMs) return;
    this.drawnAt = now;
    // One character short of the width, so the terminal never wraps the line (a terminal that
    // does not say its width, `columns` 0 or absent, counts as 80 wide).
    const width = (this.stream.columns || 80) - 1;
    this.stream.write(`\r${text.length > width ? text.slice(0, width) : text}\x1b[K`);
  }

  clear(): void {
    if (this.drawnAt === undefined) return;
    this.stream.write('\r\x1b[K');
    this.drawnAt = undefined;
  }
}

const count = new Intl.NumberFormat('en-US');

/** `1536` → `1.5 KiB`: bytes in binary units, one decimal from KiB up. */
export function formatBytes(bytes: number): string {
  const units = ['KiB', 'MiB', 'GiB'];
  if (bytes < 1024) return `${bytes} B`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/**
 * `wasi-virt: scanning the mounted directories...`, then
 * `wasi-virt: reading mounted files: 1,234/10,000 files, 12.3 MiB/40.0 MiB`.
 */
export function describeMountProgress(progress: MountProgress): string {
  if (!progress.scanned) return `${TOOL_NAME}: scanning the mounted directories...`;
  return (
    `${TOOL_NAME}: reading mounted files: ` +
    `${count.format(progress.files)}/${count.format(progress.totalFiles)} files, ` +
    `${formatBytes(progress.bytes)}/${formatBytes(progress.totalBytes)}`
  );
}

/**
 * The progress of reading the mounts, as a line on the terminal; none (undefined) when stderr is
 * not a terminal (CI logs, a file, a pipe) or under --quiet. Call `done` before printing anything
 * else: it clears the line.
 */
export function mountProgressLine(io: { terminal?: ProgressStream; quiet?: boolean }): {
  report?: (progress: MountProgress) => void;
  done: () => void;
} {
  if (!io.terminal?.isTTY || io.quiet) return { done: () => {} };
  const line = new ProgressLine(io.terminal);
  return {
    report: (progress) => line.update(describeMountProgress(progress)),
    done: () => line.clear(),
  };
}
