import { z } from 'zod';

/** The check-in's two buttons: "Anwesend" or "Nicht anwesend" for one participant of a module. */
export const attendanceForm = z.strictObject({
  // the state the editor wants: "ja" present, "nein" not present
  anwesend: z.enum(['ja', 'nein']),
});
