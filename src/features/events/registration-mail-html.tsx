import { renderToString } from 'preact-render-to-string';
import type { MailContent } from '../../platform/mail/compose.tsx';

/**
 * The HTML part of the registration e-mails that carry the reference's QR code. The
 * platform's composeMail has no place for an image, so this renders the same content (the
 * same words as the plain-text part) with the code as an inline image (cid).
 */
export function registrationMailHtml(
  content: MailContent & { qr: { cid: string; alt: string; reference: string; hint: string; size: number }; closing: string[] },
): string {
  const { qr } = content;
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
        <p>{qr.hint}</p>
        <p>
          <img src={`cid:${qr.cid}`} alt={qr.alt} width={qr.size} height={qr.size} style="display: block; border: 0;" />
        </p>
        <p style="font-family: 'Courier New', monospace; font-size: 22px; font-weight: bold; letter-spacing: 2px;">{qr.reference}</p>
        {content.closing.map((p) => (
          <p>{p}</p>
        ))}
        <p style="color: #505a5f; font-size: 14px;">{content.footer}</p>
      </body>
    </html>,
  );
  return `<!doctype html>${html}`;
}
