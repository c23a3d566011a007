// Counting every finding, keeping the first N (with their sentences). The errors that stop a file: core/tabular/errors.ts.
import type { Problem, ValidationFinding, ValidationSummary } from '../model.js';
import { makeFinding, type Sink } from './compile.js';

export interface ValidationOptions {
  /** Findings kept (with messages); counting continues beyond. */
  maxFindings: number;
  /** Bytes read from the input before stopping with 413 FILE_TOO_LARGE. */
  maxBytes: number;
  signal?: AbortSignal | undefined;
  /** Called now and then with the number of data rows checked so far. */
  onProgress?: ((rows: number) => void) | undefined;
  /** XLSX: decompressed bytes of the whole archive (default 20 × maxBytes, at least 64 MiB, at most 2 GiB). */
  maxUncompressedBytes?: number | undefined;
  /** XLSX: cells read (default 50 million). */
  maxCells?: number | undefined;
}

export interface ValidationResult {
  summary: ValidationSummary;
  /** The first maxFindings findings, in row order. */
  findings: ValidationFinding[];
}

export class FindingCollector {
  readonly findings: ValidationFinding[] = [];
  /** Every finding, kept or not. */
  total = 0;
  rows = 0;
  validRows = 0;
  readonly sink: Sink;
  private readonly counts = new Map<string, Partial<Record<Problem, number>>>();

  constructor(maxFindings: number) {
    const keep = Number.isFinite(maxFindings) ? Math.max(0, Math.floor(maxFindings)) : 0;
    const findings = this.findings;
    const counts = this.counts;
    this.sink = (row, field, problem, value, message) => {
      this.total++;
      let byProblem = counts.get(field);
      if (byProblem === undefined) {
        byProblem = {};
        counts.set(field, byProblem);
      }
      byProblem[problem] = (byProblem[problem] ?? 0) + 1;
      if (findings.length < keep) findings.push(makeFinding(row, field, problem, value, message()));
    };
  }

  /** Records the outcome of one data row. */
  row(valid: boolean): void {
    this.rows++;
    if (valid) this.validRows++;
  }

  result(): ValidationResult {
    return {
      summary: {
        rows: this.rows,
        validRows: this.validRows,
        invalidRows: this.rows - this.validRows,
        findings: this.total,
        // fromEntries defines own properties, so a column named "__proto__" stays a plain key.
        byField: Object.fromEntries(this.counts),
        truncated: this.total > this.findings.length,
      },
      findings: this.findings,
    };
  }
}
