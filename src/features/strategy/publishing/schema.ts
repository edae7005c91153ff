import { z } from 'zod';

/** The publish, withdraw and save-version buttons send nothing but the CSRF token and their submission id. */
export const buttonForm = z.strictObject({});
