// Reads a process's /metrics as Prometheus would: the text exposition format, parsed into samples
// that a test can look up by name and labels.

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const sampleLine = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)$/;
const labelPair = /(\w+)="((?:[^"\\]|\\.)*)"/g;

export function parseExposition(text: string): Sample[] {
  return text.split('\n').flatMap((line) => {
    const match = sampleLine.exec(line);
    if (!match || line.startsWith('#')) return [];
    const [, name, labels = '', value] = match;
    return [
      {
        name: name as string,
        labels: Object.fromEntries([...labels.matchAll(labelPair)].map(([, k, v]) => [k, v])),
        value: Number(value),
      },
    ];
  });
}

/** GET /metrics of the process at `origin`, parsed; throws unless it answers 200. */
export async function scrape(origin: string, headers: Record<string, string> = {}): Promise<Sample[]> {
  const response = await fetch(`${origin}/metrics`, { headers });
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
  return parseExposition(await response.text());
}

/** The samples named `name` whose labels include `labels`. */
export const samplesOf = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));

/** The sum of those samples (0 when there is none). */
export const totalOf = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samplesOf(samples, name, labels).reduce((sum, s) => sum + s.value, 0);
