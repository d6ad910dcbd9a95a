// Load test of api-gateway through the public ingress, run as a Kubernetes Job after each staging
// promotion (perf/k6-job.yaml, .github/workflows/promote.yml). k6 itself fails the run (exit 99)
// when the absolute SLO thresholds break; perf/regression.py then compares the summaries of
// repeated runs with those of the release prod runs and blocks the promotion on a regression.
import http from 'k6/http';
import { check } from 'k6';

const BASE_URL = __ENV.BASE_URL;            // e.g. https://api.staging.contexter.example.com
// A JWT the edge accepts, from the Secret perf-api-token mounted as a file (never an env variable).
const TOKEN = open(__ENV.API_TOKEN_FILE || '/secrets/api-token/token').trim();
const P95_MS = Number(__ENV.P95_MS || 500);  // slo.latency_p95_ms of the environment
const MAX_ERROR_RATE = Number(__ENV.MAX_ERROR_RATE || 0.01);  // rollout.max_error_rate
const RATE = Number(__ENV.RATE || 20);       // requests per second (perf.regression.RATE)
const DURATION = __ENV.DURATION || '180s';  // perf.regression.DURATION_SECONDS

const QUERIES = [
  'how to configure retries',
  'authentication with api keys',
  'rate limits',
  'pagination of search results',
  'webhook signatures',
  'upgrade guide',
];

export const options = {
  scenarios: {
    search: {
      executor: 'constant-arrival-rate',
      rate: RATE,
      timeUnit: '1s',
      duration: DURATION,
      preAllocatedVUs: Math.max(10, RATE),
      maxVUs: RATE * 5,
    },
  },
  summaryTrendStats: ['avg', 'min', 'med', 'max', 'p(90)', 'p(95)', 'p(99)'],
  thresholds: {
    http_req_duration: [`p(95)<${P95_MS}`],
    http_req_failed: [`rate<${MAX_ERROR_RATE}`],
    checks: ['rate>0.99'],
  },
};

export function setup() {
  if (!BASE_URL || !TOKEN) {
    throw new Error('BASE_URL and the API token must be set');
  }
}

export default function () {
  const query = QUERIES[Math.floor(Math.random() * QUERIES.length)];
  const response = http.get(`${BASE_URL}/v1/search?q=${encodeURIComponent(query)}`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
    tags: { name: 'GET /v1/search' },
  });
  check(response, { 'status is 200': (r) => r.status === 200 });
}

// The summary goes to stdout between markers, so the workflow can cut it out of the Job's log.
export function handleSummary(data) {
  return {
    stdout: `\nK6_SUMMARY_BEGIN\n${JSON.stringify(data)}\nK6_SUMMARY_END\n`,
  };
}
