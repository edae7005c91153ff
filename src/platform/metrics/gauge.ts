/** One value of a gauge, with the labels that tell it apart from the others. */
export interface GaugeSample {
  labels: Record<string, string>;
  value: number;
}

/**
 * A figure read when Prometheus asks, e.g. how many jobs wait. Features describe their gauges
 * with this and never touch the metrics library themselves.
 */
export interface GaugeDefinition {
  /** without the platform's prefix, e.g. "event_registrations" */
  name: string;
  help: string;
  labelNames: readonly string[];
  /**
   * 'database' (the default): the same figure in every app process, so several processes
   * report it once; 'process': each process has its own, and the processes' figures add up.
   */
  scope?: 'database' | 'process';
  read(): Promise<GaugeSample[]> | GaugeSample[];
}
