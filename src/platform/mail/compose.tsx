import { renderToString } from 'preact-render-to-string';

export interface MailContent {
  subject: string;
  /** paragraphs of plain text; the HTML version shows the same words */
  paragraphs: string[];
  action?: { label: string; url: string };
  /** closing line, e.g. who sends this */
  footer: string;
  /** language of the text, for screen readers in mail programs */
  locale?: 'de' | 'en';
}

/** Builds the plain-text and the HTML part of an e-mail from the same content. */
export function composeMail(content: MailContent): { subject: string; text: string; html: string } {
  const text = [
    ...content.paragraphs,
    ...(content.action ? [`${content.action.label}:\n${content.action.url}`] : []),
    `-- \n${content.footer}`,
  ].join('\n\n');
  const html = renderToString(
    <html lang={content.locale ?? 'de'}>
      <body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c;">
        {content.paragraphs.map((p) => (
          <p>{p}</p>
        ))}
        {content.action ? (
          <p>
            <a href={content.action.url} style="color: #00385f; font-weight: bold;">
              {content.action.label}
            </a>
          </p>
        ) : null}
        <p style="color: #505a5f; font-size: 14px;">{content.footer}</p>
      </body>
    </html>,
  );
  return { subject: content.subject, text, html: `<!doctype html>${html}` };
}
