import { renderToString } from 'preact-render-to-string';
import { formatDate } from '../../../../platform/i18n/dates.ts';
import type { Locale, Messages } from '../../../../platform/i18n/index.ts';
import { Markdown } from '../../../../platform/markdown/markdown.tsx';
import type { StrategyContent } from '../../core/content-service.ts';
import { measureFacts, participationText, targetText, timeframeText } from '../../core/describe.ts';

/*
 * The strategy as one HTML file for word processors (Word, LibreOffice Writer open it as a
 * document): plain headings, paragraphs, lists and tables in reading order, styles inline because
 * word processors ignore linked stylesheets, no scripts, no pictures, no links to the platform's assets.
 */

const S = {
  body: 'font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; color: #1a1a1a; max-width: 48em; margin: 2em auto;',
  h1: 'font-size: 20pt; margin: 0 0 0.5em;',
  h2: 'font-size: 15pt; margin: 1.5em 0 0.4em; border-bottom: 1px solid #8a8a8a;',
  h3: 'font-size: 12pt; margin: 1.2em 0 0.3em;',
  table: 'border-collapse: collapse; width: 100%; margin: 0.5em 0 1em;',
  th: 'border: 1px solid #8a8a8a; background: #e6eaee; padding: 4px 6px; text-align: left; vertical-align: top;',
  td: 'border: 1px solid #8a8a8a; padding: 4px 6px; vertical-align: top;',
  muted: 'color: #4a4a4a;',
};

function Facts(props: { rows: { label: string; value: string }[] }) {
  return (
    <table style={S.table}>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.label}>
            <th scope="row" style={`${S.th} width: 30%;`}>
              {r.label}
            </th>
            <td style={S.td}>{r.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ExportDocument(props: { t: Messages; locale: Locale; content: StrategyContent; now: Date }) {
  const { t, locale, content } = props;
  const m = t.strategyPublishing;
  const { organisation, strategy } = content;
  const title = m.public.title(organisation.name);
  const empty = <p style={S.muted}>{m.empty}</p>;
  const status = strategy?.status === 'published' && strategy.publishedAt ? m.publishedSince(formatDate(locale, strategy.publishedAt)) : m.document.draftNote;
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="author" content={organisation.name} />
        <meta name="description" content={m.document.subject(organisation.name)} />
        <title>{title}</title>
      </head>
      <body style={S.body}>
        <h1 style={S.h1}>{title}</h1>
        <p style={S.muted}>{`${status} · ${m.document.stand}: ${formatDate(locale, props.now)}`}</p>
        <h2 style={S.h2}>{m.sections.vision}</h2>
        {strategy?.vision.trim() ? <Markdown text={strategy.vision} headingLevel={2} idPrefix="vision-" /> : empty}
        <h2 style={S.h2}>{m.sections.goals}</h2>
        {content.goals.length > 0
          ? content.goals.map((g) => (
              <div key={g.id}>
                <h3 style={S.h3}>{g.title}</h3>
                {g.description ? <p>{g.description}</p> : null}
              </div>
            ))
          : empty}
        <h2 style={S.h2}>{m.sections.fields}</h2>
        {content.fields.length > 0 ? (
          <ul>
            {content.fields.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        ) : (
          empty
        )}
        <h2 style={S.h2}>{m.sections.measures}</h2>
        {content.measures.length > 0 ? (
          <>
            <table style={S.table}>
              <caption style="text-align: left; font-weight: bold; padding-bottom: 4px;">{m.document.measuresTable}</caption>
              <thead>
                <tr>
                  {[m.measure.title, m.measure.status, m.measure.timeframe, m.measure.target].map((h) => (
                    <th key={h} scope="col" style={S.th}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {content.measures.map((x) => (
                  <tr key={x.id}>
                    <td style={S.td}>{x.title}</td>
                    <td style={S.td}>{t.strategy.measureStatuses[x.status]}</td>
                    <td style={S.td}>{timeframeText(t, locale, x)}</td>
                    <td style={S.td}>{targetText(t, locale, x) ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {content.measures.map((x) => (
              <div key={x.id}>
                <h3 style={S.h3}>{x.title}</h3>
                <Facts rows={measureFacts(t, locale, x)} />
              </div>
            ))}
          </>
        ) : (
          empty
        )}
        <h2 style={S.h2}>{m.sections.actors}</h2>
        {content.actors.length > 0 ? <Facts rows={content.actors.map((a) => ({ label: a.name, value: a.involvement || '–' }))} /> : empty}
        <h2 style={S.h2}>{m.sections.participation}</h2>
        {content.participation.length > 0 ? (
          <Facts rows={content.participation.map((p) => ({ label: participationText(locale, p), value: p.description || '–' }))} />
        ) : (
          empty
        )}
      </body>
    </html>
  );
}

/** The whole HTML document, with its doctype. */
export function strategyHtmlDocument(t: Messages, locale: Locale, content: StrategyContent, now: Date): string {
  return `<!doctype html>${renderToString(<ExportDocument t={t} locale={locale} content={content} now={now} />)}`;
}
