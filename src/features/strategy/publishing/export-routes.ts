import type { FastifyInstance, FastifyReply } from 'fastify';
import { requireUser } from '../../../platform/auth/guards.ts';
import type { AppDeps } from '../../../platform/deps.ts';
import type { Locale, Messages } from '../../../platform/i18n/index.ts';
import { renderPdf } from '../../../platform/pdf/render-pdf.ts';
import { requireWorkbench } from '../core/require-strategy.ts';
import { readStrategyContent, type StrategyContent } from '../core/content-service.ts';
import { htmlExportPath, workbenchPdfPath } from './paths.ts';
import { strategyPdfDocument } from './pdf-document.ts';
import { strategyHtmlDocument } from './views/html-export.tsx';

type SlugRoute = { Params: { org: string } };

/** The strategy's PDF as a download named for its organisation; slugs hold only letters, digits and dashes. */
export async function sendStrategyPdf(reply: FastifyReply, t: Messages, locale: Locale, content: StrategyContent): Promise<FastifyReply> {
  const pdf = await renderPdf(strategyPdfDocument(t, locale, content, new Date()));
  return reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="digitalstrategie-${content.organisation.slug}.pdf"`)
    .header('cache-control', 'private, no-store')
    .send(pdf);
}

/** The workbench's exports, drafts included, for the organisation's members and managers. */
export function exportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireUser };

  app.get<SlugRoute>(workbenchPdfPath(':org'), guard, async (request, reply) => {
    const { organisation, strategy } = await requireWorkbench(deps.db, request.params.org, request.user);
    const content = await readStrategyContent(deps.db, { organisation, strategy, locale: request.locale });
    return sendStrategyPdf(reply, request.t, request.locale, content);
  });

  app.get<SlugRoute>(htmlExportPath(':org'), guard, async (request, reply) => {
    const { organisation, strategy } = await requireWorkbench(deps.db, request.params.org, request.user);
    const content = await readStrategyContent(deps.db, { organisation, strategy, locale: request.locale });
    return reply
      .type('text/html; charset=utf-8')
      .header('content-disposition', `attachment; filename="digitalstrategie-${organisation.slug}.html"`)
      .header('cache-control', 'private, no-store')
      .send(strategyHtmlDocument(request.t, request.locale, content, new Date()));
  });
}
