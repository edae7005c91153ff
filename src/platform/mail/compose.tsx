import { renderToString } from 'preact-render-to-string';
import { Markdown } from '../markdown/markdown.tsx';

/** An image inside the HTML part; the mail must carry it as an attachment with the same Content-ID. */
export interface InlineImage {
  /** Content-ID of the attachment, without the "cid:" */
  cid: string;
  alt: string;
  /** width and height in pixels (the image is square) */
  size: number;
  /** the sentence before the image; the plain-text part has it in place of the image */
  hint: string;
  /** printed large below the image, e.g. the code it encodes */
  caption: string;
}

export interface MailSection {
  title: string;
  links: { text: string; url: string }[];
}

export interface MailContent {
  subject: string;
  /** paragraphs of plain text; the HTML version shows the same words */
  paragraphs: string[];
  /**
   * an author's Markdown after the paragraphs (a newsletter): rendered safely in HTML, as
   * written in the plain text, which Markdown is made to be readable as
   */
  markdown?: string;
  /** lists of links after the paragraphs, each under its title, e.g. a digest's items by group */
  sections?: MailSection[];
  action?: { label: string; url: string };
  /** e.g. a QR code for the check-in, after the action */
  image?: InlineImage;
  /** paragraphs after the image, e.g. a note on an attached file */
  closing?: string[];
  /** closing line, e.g. who sends this */
  footer: string;
  /** a way to stop such mails, below the closing line (the network's signed unsubscribe link) */
  unsubscribe?: { label: string; url: string };
  /** language of the text, for screen readers in mail programs */
  locale?: 'de' | 'en';
}

/**
 * Builds the plain-text and the HTML part of an e-mail from the same content. In the plain
 * text the action's address stands last, just above the signature, so it never splits the
 * words; in HTML the action is a link right after the message.
 */
export function composeMail(content: MailContent): { subject: string; text: string; html: string } {
  const { image, closing = [], sections = [] } = content;
  const text = [
    ...content.paragraphs,
    ...(content.markdown ? [content.markdown.trim()] : []),
    ...sections.map((s) => [s.title, ...s.links.map((l) => `– ${l.text}\n  ${l.url}`)].join('\n')),
    ...(image ? [image.hint] : []),
    ...closing,
    ...(content.action ? [`${content.action.label}:\n${content.action.url}`] : []),
    `-- \n${content.footer}`,
    ...(content.unsubscribe ? [`${content.unsubscribe.label}:\n${content.unsubscribe.url}`] : []),
  ].join('\n\n');
  const html = renderToString(
    <html lang={content.locale ?? 'de'}>
      <body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c;">
        {content.paragraphs.map((p) => (
          <p>{p}</p>
        ))}
        {content.markdown ? <Markdown text={content.markdown} /> : null}
        {sections.map((s) => (
          <>
            <h2 style="font-size: 18px; margin: 24px 0 8px;">{s.title}</h2>
            <ul>
              {s.links.map((l) => (
                <li>
                  <a href={l.url} style="color: #00385f;">
                    {l.text}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ))}
        {content.action ? (
          <p>
            <a href={content.action.url} style="color: #00385f; font-weight: bold;">
              {content.action.label}
            </a>
          </p>
        ) : null}
        {image ? (
          <>
            <p>{image.hint}</p>
            <p>
              <img src={`cid:${image.cid}`} alt={image.alt} width={image.size} height={image.size} style="display: block; border: 0;" />
            </p>
            <p style="font-family: 'Courier New', monospace; font-size: 22px; font-weight: bold; letter-spacing: 2px;">{image.caption}</p>
          </>
        ) : null}
        {closing.map((p) => (
          <p>{p}</p>
        ))}
        <p style="color: #505a5f; font-size: 14px;">{content.footer}</p>
        {content.unsubscribe ? (
          <p style="color: #505a5f; font-size: 14px;">
            <a href={content.unsubscribe.url} style="color: #505a5f;">
              {content.unsubscribe.label}
            </a>
          </p>
        ) : null}
      </body>
    </html>,
  );
  return { subject: content.subject, text, html: `<!doctype html>${html}` };
}
