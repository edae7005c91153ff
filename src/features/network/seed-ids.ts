/**
 * The fixed ids and addresses of the network's demo content, so that the seed, the tests and the
 * authorization matrix name the same records. The demo accounts' roles: manager@ leads the model
 * municipalities' group and is in the hidden steering group; mitglied@ is in the providers' group
 * only, so that it can ask to join the model municipalities' group in the browser journey.
 */
const id = (group: number, suffix: string) => `0e7e0150-000${group}-4000-8000-${suffix.padStart(12, '0')}`;

export const DEMO_GROUPS = {
  /** public, joining by request; seed 001 */
  modelMunicipalities: { id: id(1, '1'), slug: 'digitale-modellkommunen-schleswig-holstein' },
  /** members only, joining open: utilities, hospitals, transport */
  providers: { id: id(2, '1'), slug: 'daseinsvorsorge-digital' },
  /** hidden, by invitation: the model municipalities' steering group */
  steering: { id: id(3, '1'), slug: 'lenkungskreis-modellkommunen' },
} as const;

/** Threads with fixed ids (one per group at least), for tests and the matrix. */
export const DEMO_THREADS = {
  /** in the model municipalities' group, with replies, a mention and an answer */
  openData: id(1, 'a1'),
  /** in the providers' group (members only) */
  charging: id(2, 'a1'),
  /** in the hidden group */
  steeringAgenda: id(3, 'a1'),
} as const;
