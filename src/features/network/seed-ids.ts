/**
 * The fixed ids and addresses of the network's demo content, so that the seed, the tests and the
 * authorization matrix name the same records. The demo accounts' roles: manager@ leads the model
 * municipalities' group and is in the hidden steering group; mitglied@ is in the providers' group
 * only, so that it can ask to join the model municipalities' group in the browser journey.
 */
/** Each group's records share the group's number; suffixes: 1 the group, a… threads, b… posts, c… notifications. */
export const networkDemoId = (group: 1 | 2 | 3, suffix: string) => `0e7e0150-000${group}-4000-8000-${suffix.padStart(12, '0')}`;

export const DEMO_GROUPS = {
  /** public, joining by request; seed 001 */
  modelMunicipalities: { id: networkDemoId(1, '1'), slug: 'digitale-modellkommunen-schleswig-holstein' },
  /** members only, joining open: utilities, hospitals, transport */
  providers: { id: networkDemoId(2, '1'), slug: 'daseinsvorsorge-digital' },
  /** hidden, by invitation: the model municipalities' steering group */
  steering: { id: networkDemoId(3, '1'), slug: 'lenkungskreis-modellkommunen' },
} as const;

/** Threads with fixed ids (one per group at least), for tests and the matrix. */
export const DEMO_THREADS = {
  /** in the model municipalities' group, with replies, a mention and an answer */
  openData: networkDemoId(1, 'a1'),
  smartBuildingArea: networkDemoId(1, 'a2'),
  crossBorder: networkDemoId(1, 'a3'),
  loraWan: networkDemoId(1, 'a4'),
  cleverDoerp: networkDemoId(1, 'a5'),
  /** pinned */
  fundingReports: networkDemoId(1, 'a6'),
  /** in the providers' group (members only) */
  charging: networkDemoId(2, 'a1'),
  telemedicine: networkDemoId(2, 'a2'),
  waterMeters: networkDemoId(2, 'a3'),
  /** in the hidden group */
  steeringAgenda: networkDemoId(3, 'a1'),
} as const;

/** A post of a demo thread: 0 is the opening post, 1… the replies in order. */
export function demoPostId(threadId: string, n: number): string {
  return `${threadId.slice(0, -4)}b${threadId.slice(-1)}${String(n).padStart(2, '0')}`;
}
