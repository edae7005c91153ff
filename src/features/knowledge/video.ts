/** The privacy-friendly player address for a YouTube or Vimeo link, and the host it loads from. */
export function videoEmbed(url: string): { src: string; host: string } | undefined {
  const youtube = /^https:\/\/(?:www\.youtube\.com\/watch\?v=|youtu\.be\/)([\w-]{6,20})$/.exec(url);
  if (youtube) return { src: `https://www.youtube-nocookie.com/embed/${youtube[1]}`, host: 'YouTube' };
  const vimeo = /^https:\/\/vimeo\.com\/(\d{3,12})$/.exec(url);
  if (vimeo) return { src: `https://player.vimeo.com/video/${vimeo[1]}?dnt=1`, host: 'Vimeo' };
  return undefined;
}

/** The site's CSP with frames allowed from the two players only; sent on the one reply that embeds one. */
export const VIDEO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'none'",
].join(';');
