import { renderToString } from 'preact-render-to-string';

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

export interface MailContent {
  subject: string;
  /** paragraphs of plain text; the HTML version shows the same words */
  paragraphs: string[];
  action?: { label: string; url: string };
  /** e.g. a QR code for the check-in, after the action */
  image?: InlineImage;
  /** paragraphs after the image, e.g. a note on an attached file */
  closing?: string[];
  /** closing line, e.g. who sends this */
  footer: string;
  /** language of the text, for screen readers in mail programs */
  locale?: 'de' | 'en';
}

/**
 * Builds the plain-text and the HTML part of an e-mail from the same content. In the plain
 * text the action's address stands last, just above the signature, so it never splits the
 * words; in HTML the action is a link right after the message.
 */
export function composeMail(content: MailContent): { subject: string; text: string; html: string } {
  const { image, closing = [] } = content;
  const text = [
    ...content.paragraphs,
    ...(image ? [image.hint] : []),
    ...closing,
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
      </body>
    </html>,
  );
  return { subject: content.subject, text, html: `<!doctype html>${html}` };
}
