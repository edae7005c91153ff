const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids in addresses are checked before they reach the database, which would refuse them with an error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
