import type { retention as de } from '../de/retention.ts';

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);
const hours = (n: number) => (n % 24 === 0 ? days(n / 24) : n === 1 ? '1 hour' : `${n} hours`);

export const retention: typeof de = {
  title: 'Retention periods',
  lead: 'Which personal data the platform keeps, where and for how long. This overview is made from the same settings by which the platform deletes data, anonymises it or replaces it with pseudonyms.',
  caption: 'Personal data and how long it is kept',
  data: 'Data',
  where: 'Where it is kept',
  period: 'How long',
  purpose: 'Purpose and legal basis',
  ownData: 'You can download your own data under “My account” at any time, and delete it with the account.',
  linkFromPrivacy: 'Retention periods: which data the platform keeps and for how long',
  entries: {
    eventRegistrations: {
      data: 'Event registrations: salutation, name, e-mail address, organisation, role, answers, accessibility needs, check-in and consent',
      where: 'Database (table event_registrations)',
      period: (standard: number, min: number, max: number) =>
        `${days(standard)} after the end of the date (editors set it per event, ${min} to ${max} days); then anonymised, only status and counts remain`,
      purpose: 'Running the event; consent (Art. 6(1)(a) GDPR)',
    },
    worldCafeContributions: {
      data: 'World Café contributions: name and text',
      where: 'Database (table event_world_cafe_contributions)',
      period: 'the name until the account is deleted; the contribution stays part of the result without the name for as long as the event exists',
      purpose: 'Shared result of the event (Art. 6(1)(b) GDPR)',
    },
    accounts: {
      data: 'Account: e-mail address, name, role, language, password (only as a hash)',
      where: 'Database (table users)',
      period: 'until the account is deleted; address and name are then replaced at once',
      purpose: 'Using the account (Art. 6(1)(b) GDPR)',
    },
    consents: {
      data: 'Consents: purpose, wording, version and time',
      where: 'Database (table consents)',
      period: 'until the account is deleted',
      purpose: 'Proof of consent (Art. 7(1) GDPR)',
    },
    ssoIdentities: {
      data: "Link to the login service (single sign-on): issuer, the person's identifier there, confirmed e-mail address, time of linking and of the last login",
      where: 'Database (table sso_identities)',
      period: 'until the link is removed or the account is deleted',
      purpose: 'Logging in through the login service (Art. 6(1)(b) GDPR)',
    },
    ssoPending: {
      data: 'Logins under way through the login service (check values, return address) and open links to an account (account, identifier, e-mail address, role)',
      where: 'Database (tables sso_logins and sso_pending_links); in the browser only a random key as a cookie',
      period: (loginMinutes: number, linkMinutes: number) =>
        `Logins until the return from the login service, at most ${loginMinutes} minutes; open links until confirmed, at most ${linkMinutes} minutes`,
      purpose: 'Secure login and confirmation of the link by the person (Art. 6(1)(b) GDPR)',
    },
    memberships: {
      data: 'Memberships of and requests to join organisations: account, role, status and times',
      where: 'Database (table memberships)',
      period: 'until the person leaves, is declined or removed, or the organisation or the account is deleted',
      purpose: 'Acting for the organisation (Art. 6(1)(b) GDPR)',
    },
    invitations: {
      data: 'Invitations to organisations: e-mail address of the invited person, role, who invited',
      where: 'Database (table organisation_invitations)',
      period: 'until declined or withdrawn; accepted and unanswered invitations until the organisation or the account with that address is deleted',
      purpose: 'Joining by invitation (Art. 6(1)(b) GDPR)',
    },
    reviews: {
      data: 'Reviews by the jury: which jurors are assigned, their declarations of conflicts of interest with a note, scores, recommendations and comments, who made the assignment',
      where: 'Database (tables review_assignments, reviews and review_scores)',
      period:
        'as long as the process they belong to exists; with the account, drafts, assignments without a submitted review and declarations are deleted, submitted reviews stay without the link to the person',
      purpose: 'A traceable selection in the process (Art. 6(1)(e) GDPR)',
    },
    competitionApplications: {
      data: 'Applications in the competition: who started, submitted or withdrew them, the answers (with contact persons, such as name, function, e-mail address and telephone), budget plan, partners and attachments, the decision with its reason',
      where:
        'Database (tables competition_applications, competition_answers, competition_budget_items, competition_co_applicants, competition_attachments) and the uploaded files',
      period:
        'for as long as the funding procedure they belong to exists; with the account, the link to the person is removed, the application stays with the organisation',
      purpose: 'Running the funding procedure (Art. 6(1)(e) GDPR)',
    },
    fundedProjects: {
      data: 'Funded projects: who requested funds and submitted reports, reports with their attachments',
      where: 'Database (tables competition_projects, competition_payments, competition_reports, competition_report_files) and the uploaded files',
      period: 'for as long as the project exists; with the account, the link to the person is removed, requests and reports stay with the project',
      purpose: 'Proof of how the funds were used (Art. 6(1)(c) and (e) GDPR)',
    },
    solutionAdoptions: {
      data: 'Requests to adopt solutions: who asked on behalf of an organisation and who answered, the message, the answer and the experience report',
      where: 'Database (table solution_adoptions)',
      period: 'for as long as the solution exists; with the account, the link to the person is removed, request and report stay with the organisations',
      purpose: 'Arranging re-use between municipalities (Art. 6(1)(e) GDPR)',
    },
    solutionContacts: {
      data: 'Contact persons of solutions: name and e-mail address, public on the solution page',
      where: 'Database (table solutions)',
      period: 'until the organisation changes them or deletes the solution',
      purpose: 'A contact for municipalities that want to adopt a solution (Art. 6(1)(e) GDPR)',
    },
    strategyContributions: {
      data: "Work on an organisation's digital strategy: who answered questions of the maturity check, reported progress on measures and marked comments as resolved, with the time",
      where: 'Database (tables strategy_answers, strategy_measure_updates, strategy_comments)',
      period:
        "for as long as the organisation's strategy exists; with the account, the link to the person is removed, answers and progress stay with the strategy",
      purpose: "Traceable work on the municipality's strategy (Art. 6(1)(e) GDPR)",
    },
    strategyComments: {
      data: "Members' comments on the steps of a digital strategy: author, text, time",
      where: 'Database (table strategy_comments)',
      period: "for as long as the strategy exists; with the account, the person's comments are deleted",
      purpose: 'Agreeing on the strategy within the organisation (Art. 6(1)(b) GDPR)',
    },
    seminarParticipation: {
      data: 'Registrations for seminar series: account, municipality, stated function, status, consent; attendance per module',
      where: 'Database (tables seminar_registrations and seminar_attendance)',
      period: "as many days after the series' last session as the editors set for the series; with the account at once",
      purpose: 'Running the series and the certificate of participation; consent (Art. 6(1)(a) GDPR)',
    },
    seminarFeedback: {
      data: 'Feedback on pilot modules: rating, comment, person',
      where: 'Database (table seminar_feedback)',
      period: "as the series' registrations; with the account only the link to the person is removed",
      purpose: 'Improving the following modules (Art. 6(1)(a) GDPR)',
    },
    newsletterSubscriptions: {
      data: 'Newsletter subscriptions: e-mail address, language, times of the request, the confirmation e-mails, the confirmation and unsubscribing; for members the link to the account; which issue went to the address',
      where: 'Database (tables newsletter_subscribers and newsletter_deliveries)',
      period: (pendingDays: number, unsubscribedDays: number) =>
        `as long as the subscription lasts; unconfirmed requests ${pendingDays} days, cancelled subscriptions ${unsubscribedDays} days after unsubscribing; with the account the subscription of its address is deleted at once`,
      purpose: 'Sending the newsletter with consent (Art. 6(1)(a) GDPR); proof of consent (double opt-in)',
    },
    challengeSubmissions: {
      data: 'Proposals for challenges of the Call for Solutions: submitting person, organisation, texts, team, references, costs, attachments, status',
      where: 'Database (tables challenge_submissions and challenge_submission_files) and the attachments in the file store',
      period:
        'as many days after the decision as set for the challenge (default 365); winners stay published; with the account at once, except proposals for organisations and proposals for decided challenges, which stay without the person',
      purpose: 'Running the competition and the jury’s review (Art. 6(1)(b) GDPR)',
    },
    apiTokens: {
      data: 'API tokens: which administrator issued and revoked a token, with the times',
      where: 'Database (table api_tokens)',
      period: 'as long as the token is in the list; with the account only the link to the person is removed',
      purpose: 'Accountability for who gave an application write access (Art. 6(1)(e) GDPR)',
    },
    challengeQuestions: {
      data: 'Questions about challenges: asking person, question, answer, answering person',
      where: 'Database (table challenge_questions)',
      period: "the link to the person as long as the challenge's proposals, with the account at once; question and answer stay public without the person",
      purpose: 'Public questions and answers about the challenge, so that everyone who submits knows the same (Art. 6(1)(e) GDPR)',
    },
    networkProfiles: {
      data: 'Network profile: sector, function, organisation, Kreis, fields of action, expertise, text about the person, picture and whether the person is listed in the directory of people',
      where: 'Database (table network_profiles) and the picture in the file store',
      period: 'until the person changes their profile or deletes their account; in the directory only while they agree',
      purpose: 'Connecting municipalities and their partners (Art. 6(1)(a) and (b) GDPR)',
    },
    networkMemberships: {
      data: 'Memberships in network groups: role, status, message with a request to join, who invited, dates',
      where: 'Database (table network_group_members)',
      period:
        'until the person leaves, is declined or withdraws, or the group or the account is deleted; if the person was the only owner of a group, the longest-standing member takes over its lead',
      purpose: 'Working together in groups (Art. 6(1)(b) GDPR)',
    },
    networkPosts: {
      data: 'Discussions in groups: posts and replies with their author, mentions, "helpful" marks and reports to the moderators with a reason',
      where: 'Database (tables network_threads, network_posts, network_mentions, network_reactions, network_reports)',
      period:
        'for as long as the group and the discussion exist; with the account, mentions and marks are deleted, posts and reports stay without the link to the person',
      purpose: 'Sharing knowledge between municipalities and moderating the groups (Art. 6(1)(b) and (e) GDPR)',
    },
    networkNotifications: {
      data: 'Notifications from the network (kind, group, read, mailed), the chosen frequency of e-mails per group and which digests were sent',
      where: 'Database (tables network_notifications, network_notification_settings, network_digest_runs)',
      period: (keepDays: number) =>
        `notifications and sent digests ${days(keepDays)}, then deleted; the settings until they are changed, the person leaves the group or deletes the account`,
      purpose: 'Telling members of new posts, requests and mentions (Art. 6(1)(b) GDPR)',
    },
    versions: {
      data: 'Versions of texts (such as knowledge items and solutions): who saved a version and when',
      where: 'Database (table record_versions)',
      period: 'for as long as the content they belong to exists; with the account, the link to the person is removed, the version stays',
      purpose: 'Traceable editing and restoring earlier texts (Art. 6(1)(e) GDPR)',
    },
    sessions: {
      data: 'Sessions: reference to the account, time of login and of last use; session cookie in the browser',
      where: 'Database (table sessions), cookie',
      period: (idleHours: number, memberHours: number, staffHours: number) =>
        `${hours(idleHours)} after the last use, valid at most ${hours(memberHours)} after login (editors and administrators: ${hours(staffHours)}); deleted at once on logout`,
      purpose: 'Staying logged in (Art. 6(1)(b) GDPR)',
    },
    accountLinks: {
      data: 'Links in e-mails to confirm or change the address and to reset the password: check value of the link, for a change the new address',
      where: 'Database (table account_tokens)',
      period: (maxHours: number) => `until the link expires (at most ${hours(maxHours)}), then deleted`,
      purpose: 'Login and account management (Art. 6(1)(b) GDPR)',
    },
    rateLimits: {
      data: 'Counters against abuse (login attempts, forms): a key value (HMAC) of the IP or e-mail address, never the address itself',
      where: 'Database (table rate_limits)',
      period: (maxHours: number) => `until the end of the counting window (at most ${hours(maxHours)})`,
      purpose: 'Protection against abuse and overload (Art. 32 GDPR)',
    },
    formSubmissions: {
      data: 'Identifier of each submitted form and the page it led to',
      where: 'Database (table form_submissions)',
      period: (n: number) => days(n),
      purpose: 'Protection against forms submitted twice (Art. 32 GDPR)',
    },
    mailJobs: {
      data: 'Outgoing e-mails: recipient address, subject, text and attachments; error messages of the mail server (without addresses)',
      where: 'Database (table jobs)',
      period: (n: number) => `${days(n)} after sending or the last delivery attempt; then only kind, number of attempts and times remain`,
      purpose: 'Delivering the e-mails (Art. 6(1)(b) GDPR)',
    },
    mailOutbox: {
      data: 'E-mails as files, only in development without a mail server (SMTP_URL unset)',
      where: 'Files in DATA_DIR/outbox',
      period: (n: number) => days(n),
      purpose: 'Looking at e-mails during development and testing',
    },
    auditLog: {
      data: 'Audit log: e-mail address of the person acting, names and addresses in the recorded changes',
      where: 'Database (table audit_log)',
      period: (n: number) => `${days(n)}, then replaced by pseudonyms; the entry itself remains`,
      purpose: 'Accountability for changes (Art. 5(2) and Art. 32 GDPR)',
    },
    uploadedFiles: {
      data: 'Uploaded files: content, file name and who uploaded them',
      where: 'Database (tables stored_files and, with a PostgreSQL server, stored_file_chunks); with the embedded database files in DATA_DIR/files',
      period: 'for as long as the content they belong to exists',
      purpose: 'Providing documents, pictures and videos (Art. 6(1)(e) GDPR)',
    },
    authorship: {
      data: 'Who created or changed content and who sent messages (reference to the account)',
      where: 'Database (with content, pages and messages)',
      period: 'for as long as the content exists; after the account is deleted it points to an anonymised account',
      purpose: 'Editorial responsibility (Art. 6(1)(e) GDPR)',
    },
    serverLog: {
      data: 'Server log: requested paths (without the secret parts of links), IP addresses, errors',
      where: 'Standard output of the app processes, collected by operations',
      period: 'as set by operations (log rotation)',
      purpose: 'Operation and troubleshooting (Art. 32 GDPR)',
    },
    backups: {
      data: 'Backups: all data listed above',
      where: 'Encrypted storage chosen by operations',
      period: 'as set by operations',
      purpose: 'Recovery after failures (Art. 32 GDPR)',
    },
  },
};
