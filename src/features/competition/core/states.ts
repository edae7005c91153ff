/**
 * The German states by the number their official keys (AGS, ARS) begin with, in that order:
 * 01 Schleswig-Holstein … 16 Thüringen. The catalogue names them.
 */
export const GERMAN_STATES = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16'] as const;
export type GermanState = (typeof GERMAN_STATES)[number];
