/** The newsletter's addresses: the public page with its links from mails, and the editors' pages. */
export const NEWSLETTER_PATH = '/newsletter';
export const REQUESTED_PATH = '/newsletter/angefordert';
export const CONFIRM_PATH = '/newsletter/bestaetigen';
export const UNSUBSCRIBE_PATH = '/newsletter/abbestellen';
export const EDITOR_PATH = '/verwaltung/newsletter';
export const SUBSCRIBERS_PATH = `${EDITOR_PATH}/abonnenten`;
export const SUBSCRIBERS_CSV_PATH = `${EDITOR_PATH}/abonnenten.csv`;

export const confirmPath = (token: string) => `${CONFIRM_PATH}/${token}`;
export const unsubscribePath = (token: string) => `${UNSUBSCRIBE_PATH}/${token}`;
export const newsletterPath = (id: string) => `${EDITOR_PATH}/${id}`;
export const editNewsletterPath = (id: string) => `${EDITOR_PATH}/${id}/bearbeiten`;
export const testSendPath = (id: string) => `${EDITOR_PATH}/${id}/testversand`;
export const sendNewsletterPath = (id: string) => `${EDITOR_PATH}/${id}/versenden`;
