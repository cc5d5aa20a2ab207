// A strict reader of Prometheus's text exposition format (0.0.4), for tests:
// it throws on any line a Prometheus server would refuse, and answers the
// value of a sample by name and labels.
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const TYPES = new Set(["counter", "gauge", "histogram", "summary", "untyped"]);
const NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
const SAMPLE = new RegExp(`^(${NAME})(?:\\{(.*)\\})? (\\S+)(?: (-?\\d+))?$`);
const LABEL = /\s*([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"\s*(,|$)/y;

export class Exposition {
  readonly samples: Sample[] = [];
  readonly types = new Map<string, string>();

  constructor(text: string) {
    for (const [index, line] of text.split("\n").entries()) {
      const where = `line ${index + 1}: ${line}`;
      if (line === "") continue;
      if (line.startsWith("#")) {
        const meta = new RegExp(`^# (HELP|TYPE) (${NAME}) (.*)$`).exec(line);
        if (meta?.[1] === "TYPE") {
          if (!TYPES.has(meta[3]!) || this.types.has(meta[2]!)) throw new Error(`bad TYPE at ${where}`);
          this.types.set(meta[2]!, meta[3]!);
        }
        continue;
      }
      const match = SAMPLE.exec(line);
      if (!match) throw new Error(`not a sample at ${where}`);
      const value = parseValue(match[3]!);
      if (value === undefined) throw new Error(`bad value at ${where}`);
      const name = match[1]!;
      const family = name.replace(/_(bucket|sum|count|total|created)$/, "");
      if (!this.types.has(name) && !this.types.has(family)) throw new Error(`sample without a TYPE at ${where}`);
      this.samples.push({ name, labels: parseLabels(match[2] ?? "", where), value });
    }
  }

  /** The value of the sample with exactly these labels (among others), summed when several match; 0 when none does. */
  value(name: string, labels: Record<string, string> = {}): number {
    return this.samples
      .filter((sample) => sample.name === name && Object.entries(labels).every(([k, v]) => sample.labels[k] === v))
      .reduce((sum, sample) => sum + sample.value, 0);
  }

  has(name: string, labels: Record<string, string> = {}): boolean {
    return this.samples.some(
      (sample) => sample.name === name && Object.entries(labels).every(([k, v]) => sample.labels[k] === v),
    );
  }
}

function parseLabels(text: string, where: string): Record<string, string> {
  const labels: Record<string, string> = {};
  LABEL.lastIndex = 0;
  while (LABEL.lastIndex < text.length) {
    const start = LABEL.lastIndex;
    const match = LABEL.exec(text);
    if (!match || match.index !== start) throw new Error(`bad labels at ${where}`);
    labels[match[1]!] = match[2]!.replace(/\\n/g, "\n").replace(/\\(["\\])/g, "$1");
    if (match[3] === "") break;
  }
  return labels;
}

/** As Prometheus reads a value (Go's ParseFloat): a number, or NaN and ±Inf in any letter case. */
function parseValue(text: string): number | undefined {
  const special = { nan: NaN, inf: Infinity, "+inf": Infinity, "-inf": -Infinity }[text.toLowerCase()];
  if (special !== undefined) return special;
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) ? Number(text) : undefined;
}
