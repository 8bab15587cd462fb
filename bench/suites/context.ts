/** What every suite is given: where the data are, how long to load, and the servers' ports. */
export interface SuiteOptions {
  /** PostgreSQL with the large generated portfolio. */
  databaseUrl: string;
  /** DATA_DIR of the embedded database with the smaller generated portfolio. */
  pgliteDataDir: string;
  /** Seconds of load per measured endpoint. */
  duration: number;
  /**
   * The overload suite: seconds of each burst, the databases and endpoints, and the lanes tried
   * (MAX_CONCURRENT_REQUESTS values; "default" leaves it unset, "0" turns the lane off).
   */
  burst: {
    duration: number;
    databases: string[];
    endpoints: string[];
    concurrency: string[];
    /** "polite": users who wait Retry-After as the web app does; "autocannon": ask again at once. */
    clients: "polite" | "autocannon";
  };
  /** The mixed-load suites (mixed, writecost). */
  mixed: {
    clients: number;
    /** Seconds measured, after `warmup` seconds not measured. */
    duration: number;
    warmup: number;
    database: "postgres" | "pglite";
    /** DATABASE_READ_URL for the server, if any. */
    readUrl?: string;
  };
  /** Where the web app is built for the browser suite. */
  webDist: string;
  /** Ports this run may use (3105–3109). */
  ports: { postgres: number; pglite: number; export: number; web: number };
}

export const TODAY = "2026-11-01";
