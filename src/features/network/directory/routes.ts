import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/deps.ts';

export function directoryRoutes(_app: FastifyInstance, _deps: AppDeps): void {}
