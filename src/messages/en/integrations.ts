import type { integrations as de } from '../de/integrations.ts';

export const integrations: typeof de = {
  title: 'Interfaces',
  lead: 'API tokens for applications that create events or news through the interface, such as an Amt’s event calendar.',
  adminCardBody: 'Issue and revoke API tokens for integrations.',
  list: {
    caption: 'API tokens',
    empty: 'No API tokens have been issued yet.',
    head: ['Name', 'Identifier', 'Permissions', 'Issued', 'Last used', 'Valid until', 'Status', 'Action'],
    issuedBy: (when: string, who: string | null) => (who ? `${when} by ${who}` : when),
    never: 'never',
    noExpiry: 'no end',
    active: 'active',
    expired: 'expired',
    revoked: (when: string) => `revoked on ${when}`,
    revoke: 'Revoke',
    issue: 'Issue a new token',
  },
  scopes: {
    'events:write': 'Create events (events:write)',
    'news:write': 'Create news (news:write)',
  },
  issue: {
    title: 'Issue a new API token',
    lead: 'The token is shown only once. Only a check value is stored, from which it cannot be recovered.',
    name: 'What is the token for?',
    nameHint: 'For example “Event calendar Amt Hüttener Berge”. The name appears in the audit log for everything created with the token.',
    scopes: 'Permissions',
    scopesHint: 'Give only what the application needs. Reading needs no token.',
    expiresOn: 'Valid until and including',
    expiresOnHint: 'Optional. After this day the token is refused. Leave empty for a token without an end.',
    submit: 'Issue token',
    cancel: 'Cancel',
  },
  issued: {
    title: 'The API token has been issued',
    warning: 'Copy the token now. It will not be shown again and cannot be recovered. If it is lost, revoke it and issue a new one.',
    tokenLabel: 'API token',
    usage:
      'The application sends it with every write in the header “Authorization: Bearer …”, together with a unique “Idempotency-Key” so that a retry creates nothing twice.',
    back: 'Back to the list of tokens',
  },
  revoke: {
    title: (name: string) => `Revoke the token “${name}”?`,
    body: 'The application using this token will no longer be able to create anything. What it created so far stays. A revocation cannot be undone.',
    already: 'This token has already been revoked.',
    confirm: 'Yes, revoke the token',
    cancel: 'No, back to the list',
  },
  notices: {
    revoked: 'The token has been revoked.',
    alreadyRevoked: 'The token had already been revoked.',
    alreadyIssued: 'This form had already been sent; the token was shown once then. Issue a new one if you did not copy it.',
  },
  validation: {
    nameRequired: 'Say what the token is for.',
    scopes: 'Choose one of the permissions offered.',
    scopesRequired: 'Choose at least one permission.',
    day: 'Enter a date as YYYY-MM-DD, for example 2027-06-30.',
    expiryPast: 'The expiry date must be today or later.',
  },
  api: {
    createEvent: 'Create an event with its dates (as a draft)',
    createEventDescription:
      'Creates an event with its dates as a draft; the editors review and publish it. Needs a token with the permission events:write and the header Idempotency-Key: a retry with the same key creates nothing again and returns the first result.',
    createNews: 'Create a news item (as a draft)',
    createNewsDescription:
      'Creates a news item as a draft; the editors review and publish it. Needs a token with the permission news:write and the header Idempotency-Key: a retry with the same key creates nothing again and returns the first result.',
  },
  problems: {
    missingToken: 'This call needs an API token in the header “Authorization: Bearer …”.',
    invalidToken: 'The API token is invalid, expired or revoked.',
    insufficientScope: (scope: string) => `The API token does not have the permission “${scope}”.`,
    tooManyFailures: 'Too many calls with an invalid token from this address. Please wait a few minutes.',
    idempotencyKey: 'Every write needs an “Idempotency-Key” header (8 to 200 visible ASCII characters), such as a UUID.',
    unknownField: 'A field of action given does not exist.',
  },
};
