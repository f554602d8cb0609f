// The server's counters and latency histogram, written in the Prometheus text format
// (version 0.0.4) for GET /metrics. Label values come from a closed set (route patterns,
// status codes, stage names), so the series stay few.

const LATENCY_BUCKETS_SECONDS = [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

function labelText(labels: Record<string, string>): string {
  const parts = Object.entries(labels).map(([name, value]) => `${name}="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

class Counter {
  private readonly values = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  add(labels: Record<string, string> = {}, amount = 1): void {
    const key = labelText(labels);
    this.values.set(key, (this.values.get(key) ?? 0) + amount);
  }

  render(): string {
    let out = `# HELP ${this.name} ${this.help}\n# TYPE ${this.name} counter\n`;
    for (const [labels, value] of this.values) out += `${this.name}${labels} ${value}\n`;
    return out;
  }
}

class Histogram {
  private readonly series = new Map<string, { labels: Record<string, string>; counts: number[]; sum: number; count: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  observe(labels: Record<string, string>, seconds: number): void {
    const key = labelText(labels);
    let entry = this.series.get(key);
    if (!entry) {
      entry = { labels, counts: LATENCY_BUCKETS_SECONDS.map(() => 0), sum: 0, count: 0 };
      this.series.set(key, entry);
    }
    for (let i = 0; i < LATENCY_BUCKETS_SECONDS.length; i++) if (seconds <= LATENCY_BUCKETS_SECONDS[i]!) entry.counts[i]!++;
    entry.sum += seconds;
    entry.count++;
  }

  render(): string {
    let out = `# HELP ${this.name} ${this.help}\n# TYPE ${this.name} histogram\n`;
    for (const { labels, counts, sum, count } of this.series.values()) {
      LATENCY_BUCKETS_SECONDS.forEach((bound, i) => (out += `${this.name}_bucket${labelText({ ...labels, le: String(bound) })} ${counts[i]}\n`));
      out += `${this.name}_bucket${labelText({ ...labels, le: '+Inf' })} ${count}\n`;
      out += `${this.name}_sum${labelText(labels)} ${sum}\n${this.name}_count${labelText(labels)} ${count}\n`;
    }
    return out;
  }
}

export class ServerMetrics {
  readonly requests = new Counter('numclaims_http_requests_total', 'HTTP requests answered, by route, method and status code.');
  readonly latency = new Histogram('numclaims_http_request_duration_seconds', 'Time from request to the end of the answer, by route.');
  readonly documents = new Counter('numclaims_documents_total', 'Documents extracted, by outcome (article or error).');
  readonly claims = new Counter('numclaims_claims_total', 'Claims returned.');
  readonly errors = new Counter('numclaims_extraction_errors_total', 'Error records returned, by the stage that made them.');
  readonly timeouts = new Counter('numclaims_extraction_timeouts_total', 'Documents answered 504 because extraction took longer than the time limit.');
  inFlight = 0;
  ready = false;

  render(): string {
    const gauges =
      `# HELP numclaims_in_flight_documents Documents sent to the workers and not yet answered.\n# TYPE numclaims_in_flight_documents gauge\nnumclaims_in_flight_documents ${this.inFlight}\n` +
      `# HELP numclaims_ready Whether every worker has loaded the dictionary (1) or not yet (0).\n# TYPE numclaims_ready gauge\nnumclaims_ready ${this.ready ? 1 : 0}\n`;
    return [this.requests, this.latency, this.documents, this.claims, this.errors, this.timeouts].map((metric) => metric.render()).join('') + gauges;
  }
}
