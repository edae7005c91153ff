import type { Feature } from '../platform/deps.ts';
import { pagesFeature } from './pages/index.ts';

/** Every feature of the platform, in the order of the main navigation. */
export const features: Feature[] = [pagesFeature];
