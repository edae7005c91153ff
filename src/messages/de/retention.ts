/** Durations in words; whole days read better than hours once a period is that long. */
const days = (n: number) => (n === 1 ? '1 Tag' : `${n} Tage`);
const hours = (n: number) => (n % 24 === 0 ? days(n / 24) : n === 1 ? '1 Stunde' : `${n} Stunden`);

/**
 * The retention overview (/datenschutz/loeschfristen and docs/operations.md). Each entry's
 * period takes the numbers the deleting code uses, see src/platform/retention.
 */
export const retention = {
  title: 'Löschfristen',
  lead: 'Welche personenbezogenen Daten die Plattform speichert, wo und wie lange. Die Übersicht entsteht aus denselben Einstellungen, nach denen die Plattform Daten löscht, anonymisiert oder durch Pseudonyme ersetzt.',
  caption: 'Personenbezogene Daten und ihre Speicherdauer',
  data: 'Daten',
  where: 'Wo gespeichert',
  period: 'Wie lange',
  purpose: 'Zweck und Rechtsgrundlage',
  ownData: 'Ihre eigenen Daten können Sie unter „Mein Konto“ jederzeit herunterladen und mit dem Konto löschen.',
  linkFromPrivacy: 'Löschfristen: welche Daten die Plattform wie lange speichert',
  entries: {
    eventRegistrations: {
      data: 'Anmeldungen zu Veranstaltungen: Anrede, Name, E-Mail-Adresse, Organisation, Funktion, Antworten, Hinweise zur Barrierefreiheit, Check-in und Einwilligung',
      where: 'Datenbank (Tabelle event_registrations)',
      period: (standard: number, min: number, max: number) =>
        `${days(standard)} nach dem Ende des Termins (je Veranstaltung von der Redaktion einstellbar, ${min} bis ${max} Tage); dann anonymisiert, nur Status und Zahlen bleiben`,
      purpose: 'Durchführung der Veranstaltung; Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)',
    },
    worldCafeContributions: {
      data: 'Beiträge zum World Café: Name und Text',
      where: 'Datenbank (Tabelle event_world_cafe_contributions)',
      period: 'Name bis zur Löschung des Kontos; der Beitrag bleibt ohne Namen Teil des Ergebnisses, solange die Veranstaltung besteht',
      purpose: 'Gemeinsames Ergebnis der Veranstaltung (Art. 6 Abs. 1 lit. b DSGVO)',
    },
    accounts: {
      data: 'Konto: E-Mail-Adresse, Name, Rolle, Sprache, Passwort (nur als Hash)',
      where: 'Datenbank (Tabelle users)',
      period: 'bis zur Löschung des Kontos; dann werden Adresse und Name sofort ersetzt',
      purpose: 'Nutzung des Kontos (Art. 6 Abs. 1 lit. b DSGVO)',
    },
    consents: {
      data: 'Einwilligungen: Zweck, Wortlaut, Version und Zeitpunkt',
      where: 'Datenbank (Tabelle consents)',
      period: 'bis zur Löschung des Kontos',
      purpose: 'Nachweis der Einwilligung (Art. 7 Abs. 1 DSGVO)',
    },
    ssoIdentities: {
      data: 'Verknüpfung mit dem Anmeldedienst (Single Sign-on): Aussteller, Kennung der Person dort, bestätigte E-Mail-Adresse, Zeitpunkt der Verknüpfung und der letzten Anmeldung',
      where: 'Datenbank (Tabelle sso_identities)',
      period: 'bis die Verknüpfung gelöst oder das Konto gelöscht wird',
      purpose: 'Anmeldung über den Anmeldedienst (Art. 6 Abs. 1 lit. b DSGVO)',
    },
    ssoPending: {
      data: 'Laufende Anmeldungen über den Anmeldedienst (Prüfwerte, Rücksprungadresse) und offene Verknüpfungen mit einem Konto (Konto, Kennung, E-Mail-Adresse, Rolle)',
      where: 'Datenbank (Tabellen sso_logins und sso_pending_links); im Browser nur ein zufälliger Schlüssel als Cookie',
      period: (loginMinutes: number, linkMinutes: number) =>
        `Anmeldungen bis zur Rückkehr vom Anmeldedienst, höchstens ${loginMinutes} Minuten; offene Verknüpfungen bis zur Bestätigung, höchstens ${linkMinutes} Minuten`,
      purpose: 'Sichere Anmeldung und Bestätigung der Verknüpfung durch die Person (Art. 6 Abs. 1 lit. b DSGVO)',
    },
    memberships: {
      data: 'Mitgliedschaften und Beitrittsanfragen bei Organisationen: Konto, Rolle, Status und Zeitpunkte',
      where: 'Datenbank (Tabelle memberships)',
      period: 'bis zum Austritt, zur Ablehnung oder Entfernung, zur Löschung der Organisation oder des Kontos',
      purpose: 'Handeln für die Organisation (Art. 6 Abs. 1 lit. b DSGVO)',
    },
    invitations: {
      data: 'Einladungen in Organisationen: E-Mail-Adresse der eingeladenen Person, Rolle, wer eingeladen hat',
      where: 'Datenbank (Tabelle organisation_invitations)',
      period:
        'bis zur Ablehnung oder Rücknahme; angenommene und unbeantwortete Einladungen bis zur Löschung der Organisation oder des Kontos mit dieser Adresse',
      purpose: 'Beitritt auf Einladung (Art. 6 Abs. 1 lit. b DSGVO)',
    },
    reviews: {
      data: 'Bewertungen durch die Jury: Zuordnung der Jurorinnen und Juroren, ihre Erklärungen zu Interessenkonflikten mit Anmerkung, Punkte, Empfehlungen und Kommentare, wer zugeordnet hat',
      where: 'Datenbank (Tabellen review_assignments, reviews und review_scores)',
      period:
        'solange das Verfahren besteht, zu dem sie gehören; mit dem Konto werden Entwürfe, nicht abgeschickte Zuordnungen und Erklärungen gelöscht, abgeschickte Bewertungen bleiben ohne Verweis auf die Person',
      purpose: 'Nachvollziehbare Auswahl im Verfahren (Art. 6 Abs. 1 lit. e DSGVO)',
    },
    competitionApplications: {
      data: 'Bewerbungen im Wettbewerb: wer sie angelegt, eingereicht oder zurückgezogen hat, die Antworten (mit Ansprechpersonen, etwa Name, Funktion, E-Mail-Adresse und Telefon), Kostenplan, Partner und Anlagen, die Entscheidung mit Begründung',
      where:
        'Datenbank (Tabellen competition_applications, competition_answers, competition_budget_items, competition_co_applicants, competition_attachments) und die hochgeladenen Dateien',
      period:
        'solange das Förderverfahren besteht, zu dem sie gehören; mit dem Konto wird der Verweis auf die Person entfernt, die Bewerbung bleibt bei der Organisation',
      purpose: 'Durchführung des Förderverfahrens (Art. 6 Abs. 1 lit. e DSGVO)',
    },
    fundedProjects: {
      data: 'Geförderte Vorhaben: wer Mittel abgerufen und Berichte eingereicht hat, Berichte mit Anlagen',
      where: 'Datenbank (Tabellen competition_projects, competition_payments, competition_reports, competition_report_files) und die hochgeladenen Dateien',
      period: 'solange das Vorhaben besteht; mit dem Konto wird der Verweis auf die Person entfernt, Abrufe und Berichte bleiben beim Vorhaben',
      purpose: 'Nachweis der Verwendung der Fördermittel (Art. 6 Abs. 1 lit. c und e DSGVO)',
    },
    solutionAdoptions: {
      data: 'Anfragen zur Nachnutzung von Lösungen: wer für eine Organisation angefragt und wer geantwortet hat, Nachricht, Antwort und Erfahrungsbericht',
      where: 'Datenbank (Tabelle solution_adoptions)',
      period: 'solange die Lösung besteht; mit dem Konto wird der Verweis auf die Person entfernt, Anfrage und Bericht bleiben bei den Organisationen',
      purpose: 'Vermittlung der Nachnutzung zwischen Kommunen (Art. 6 Abs. 1 lit. e DSGVO)',
    },
    solutionContacts: {
      data: 'Ansprechpersonen von Lösungen: Name und E-Mail-Adresse, öffentlich auf der Seite der Lösung',
      where: 'Datenbank (Tabelle solutions)',
      period: 'bis die Organisation die Angabe ändert oder die Lösung löscht',
      purpose: 'Kontakt für Kommunen, die eine Lösung nachnutzen wollen (Art. 6 Abs. 1 lit. e DSGVO)',
    },
    strategyContributions: {
      data: 'Mitarbeit an der Digitalstrategie einer Organisation: wer Fragen des Reifegrad-Checks beantwortet, Fortschritt von Maßnahmen gemeldet und Kommentare als erledigt markiert hat, mit Zeitpunkt',
      where: 'Datenbank (Tabellen strategy_answers, strategy_measure_updates, strategy_comments)',
      period:
        'solange die Strategie der Organisation besteht; mit dem Konto wird der Verweis auf die Person entfernt, Antworten und Fortschritt bleiben bei der Strategie',
      purpose: 'Nachvollziehbare Arbeit an der Strategie der Kommune (Art. 6 Abs. 1 lit. e DSGVO)',
    },
    strategyComments: {
      data: 'Kommentare von Mitgliedern zu den Schritten einer Digitalstrategie: Verfasserin oder Verfasser, Text, Zeitpunkt',
      where: 'Datenbank (Tabelle strategy_comments)',
      period: 'solange die Strategie besteht; mit dem Konto werden die Kommentare der Person gelöscht',
      purpose: 'Abstimmung in der Organisation über ihre Strategie (Art. 6 Abs. 1 lit. b DSGVO)',
    },
    seminarParticipation: {
      data: 'Anmeldungen zu Seminarreihen: Konto, Kommune, angegebene Funktion, Status, Einwilligung; Anwesenheit je Modul',
      where: 'Datenbank (Tabellen seminar_registrations und seminar_attendance)',
      period: 'so viele Tage nach der letzten Sitzung der Reihe, wie die Redaktion für die Reihe festgelegt hat; mit dem Konto sofort',
      purpose: 'Durchführung der Seminarreihe und Teilnahmebescheinigung; Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)',
    },
    seminarFeedback: {
      data: 'Rückmeldungen zu Pilotmodulen: Bewertung, Kommentar, Person',
      where: 'Datenbank (Tabelle seminar_feedback)',
      period: 'wie die Anmeldungen der Reihe; mit dem Konto wird nur die Verbindung zur Person gelöscht',
      purpose: 'Verbesserung der folgenden Module (Art. 6 Abs. 1 lit. a DSGVO)',
    },
    newsletterSubscriptions: {
      data: 'Newsletter-Abonnements: E-Mail-Adresse, Sprache, Zeitpunkte der Anfrage, der Bestätigungs-E-Mails, der Bestätigung und des Abbestellens; bei Mitgliedern die Verbindung zum Konto; welche Ausgabe an die Adresse ging',
      where: 'Datenbank (Tabellen newsletter_subscribers und newsletter_deliveries)',
      period: (pendingDays: number, unsubscribedDays: number) =>
        `solange das Abonnement besteht; unbestätigte Anfragen ${pendingDays} Tage, abbestellte Abonnements ${unsubscribedDays} Tage nach dem Abbestellen; mit dem Konto wird das Abonnement seiner Adresse sofort gelöscht`,
      purpose: 'Versand des Newsletters mit Einwilligung (Art. 6 Abs. 1 lit. a DSGVO); Nachweis der Einwilligung (Double-Opt-in)',
    },
    challengeSubmissions: {
      data: 'Lösungsvorschläge zu Herausforderungen des Call for Solutions: einreichende Person, Organisation, Texte, Team, Referenzen, Kosten, Anhänge, Status',
      where: 'Datenbank (Tabellen challenge_submissions und challenge_submission_files) und die Anhänge in der Dateiablage',
      period:
        'so viele Tage nach der Entscheidung, wie für die Herausforderung festgelegt (Standard 365); Gewinner bleiben veröffentlicht; mit dem Konto sofort, außer Vorschlägen für Organisationen und Vorschlägen zu entschiedenen Herausforderungen, die ohne die Person bleiben',
      purpose: 'Durchführung des Wettbewerbs und Bewertung durch die Jury (Art. 6 Abs. 1 lit. b DSGVO)',
    },
    apiTokens: {
      data: 'API-Tokens: welche Administratorin oder welcher Administrator ein Token ausgegeben und widerrufen hat, mit Zeitpunkten',
      where: 'Datenbank (Tabelle api_tokens)',
      period: 'solange das Token in der Liste steht; mit dem Konto wird nur die Verbindung zur Person gelöscht',
      purpose: 'Nachvollziehbarkeit, wer einer Anwendung Schreibzugriff gegeben hat (Art. 6 Abs. 1 lit. e DSGVO)',
    },
    challengeQuestions: {
      data: 'Fragen zu Herausforderungen: fragende Person, Frage, Antwort, antwortende Person',
      where: 'Datenbank (Tabelle challenge_questions)',
      period:
        'die Verbindung zur Person so lange wie die Lösungsvorschläge der Herausforderung, mit dem Konto sofort; Frage und Antwort bleiben ohne Person öffentlich',
      purpose: 'Öffentliche Fragen und Antworten zur Herausforderung, damit alle Einreichenden dasselbe wissen (Art. 6 Abs. 1 lit. e DSGVO)',
    },
    networkProfiles: {
      data: 'Profil im Netzwerk: Sektor, Funktion, Organisation, Kreis, Handlungsfelder, Fachgebiete, Text über die Person, Bild und ob die Person im Personenverzeichnis steht',
      where: 'Datenbank (Tabelle network_profiles) und das Bild in der Dateiablage',
      period: 'bis die Person ihr Profil ändert oder ihr Konto löscht; im Verzeichnis nur, solange sie zugestimmt hat',
      purpose: 'Vernetzung der Kommunen und ihrer Partner (Art. 6 Abs. 1 lit. a und b DSGVO)',
    },
    networkMemberships: {
      data: 'Mitgliedschaften in Gruppen des Netzwerks: Rolle, Status, Nachricht zur Beitrittsanfrage, wer eingeladen hat, Zeitpunkte',
      where: 'Datenbank (Tabelle network_group_members)',
      period:
        'bis zum Austritt, zur Ablehnung oder Rücknahme, zur Löschung der Gruppe oder des Kontos; war die Person die einzige Inhaberin einer Gruppe, übernimmt das dienstälteste Mitglied die Leitung',
      purpose: 'Zusammenarbeit in Gruppen (Art. 6 Abs. 1 lit. b DSGVO)',
    },
    networkPosts: {
      data: 'Diskussionen in Gruppen: Beiträge und Antworten mit Verfasserin oder Verfasser, Erwähnungen, „hilfreich“-Markierungen und Meldungen an die Moderation mit Begründung',
      where: 'Datenbank (Tabellen network_threads, network_posts, network_mentions, network_reactions, network_reports)',
      period:
        'solange die Gruppe und die Diskussion bestehen; mit dem Konto werden Erwähnungen und Markierungen gelöscht, Beiträge und Meldungen bleiben ohne Verweis auf die Person',
      purpose: 'Austausch von Wissen zwischen Kommunen und Moderation der Gruppen (Art. 6 Abs. 1 lit. b und e DSGVO)',
    },
    networkNotifications: {
      data: 'Benachrichtigungen aus dem Netzwerk (Art, Gruppe, gelesen, gemailt), die gewählte Häufigkeit der E-Mails je Gruppe und welche Zusammenfassungen versandt wurden',
      where: 'Datenbank (Tabellen network_notifications, network_notification_settings, network_digest_runs)',
      period: (keepDays: number) =>
        `Benachrichtigungen und versandte Zusammenfassungen ${days(keepDays)}, dann gelöscht; die Einstellungen bis zur Änderung, zum Austritt oder zur Löschung des Kontos`,
      purpose: 'Information über neue Beiträge, Anfragen und Erwähnungen (Art. 6 Abs. 1 lit. b DSGVO)',
    },
    versions: {
      data: 'Versionen von Texten (etwa von Wissensbeiträgen und Lösungen): wer eine Version gespeichert hat und wann',
      where: 'Datenbank (Tabelle record_versions)',
      period: 'solange der Inhalt besteht, zu dem sie gehören; mit dem Konto wird der Verweis auf die Person entfernt, die Version bleibt',
      purpose: 'Nachvollziehbare Bearbeitung und Wiederherstellen früherer Fassungen (Art. 6 Abs. 1 lit. e DSGVO)',
    },
    sessions: {
      data: 'Sitzungen: Verweis auf das Konto, Zeitpunkt der Anmeldung und der letzten Nutzung; Sitzungs-Cookie im Browser',
      where: 'Datenbank (Tabelle sessions), Cookie',
      period: (idleHours: number, memberHours: number, staffHours: number) =>
        `${hours(idleHours)} nach der letzten Nutzung, gültig höchstens ${hours(memberHours)} nach der Anmeldung (Redaktion und Verwaltung: ${hours(staffHours)}); beim Abmelden sofort gelöscht`,
      purpose: 'Angemeldet bleiben (Art. 6 Abs. 1 lit. b DSGVO)',
    },
    accountLinks: {
      data: 'Links in E-Mails zum Bestätigen oder Ändern der Adresse und zum Zurücksetzen des Passworts: Prüfwert des Links, bei einer Änderung die neue Adresse',
      where: 'Datenbank (Tabelle account_tokens)',
      period: (maxHours: number) => `bis der Link abläuft (höchstens ${hours(maxHours)}), dann gelöscht`,
      purpose: 'Anmeldung und Kontoverwaltung (Art. 6 Abs. 1 lit. b DSGVO)',
    },
    rateLimits: {
      data: 'Zähler gegen Missbrauch (Anmeldeversuche, Formulare): ein Schlüsselwert (HMAC) der IP- oder E-Mail-Adresse, nie die Adresse selbst',
      where: 'Datenbank (Tabelle rate_limits)',
      period: (maxHours: number) => `bis zum Ende des Zählfensters (höchstens ${hours(maxHours)})`,
      purpose: 'Schutz vor Missbrauch und Überlastung (Art. 32 DSGVO)',
    },
    formSubmissions: {
      data: 'Kennung jedes abgeschickten Formulars und die Seite, zu der es führte',
      where: 'Datenbank (Tabelle form_submissions)',
      period: (n: number) => days(n),
      purpose: 'Schutz vor doppelt abgeschickten Formularen (Art. 32 DSGVO)',
    },
    mailJobs: {
      data: 'Ausgehende E-Mails: Empfängeradresse, Betreff, Text und Anhänge; Fehlermeldungen des Mailservers (ohne Adressen)',
      where: 'Datenbank (Tabelle jobs)',
      period: (n: number) => `${days(n)} nach dem Versand oder dem letzten Zustellversuch; danach bleiben nur Art, Zahl der Versuche und Zeitpunkte`,
      purpose: 'Zustellung der E-Mails (Art. 6 Abs. 1 lit. b DSGVO)',
    },
    mailOutbox: {
      data: 'E-Mails als Dateien, nur im Entwicklungsbetrieb ohne Mailserver (SMTP_URL nicht gesetzt)',
      where: 'Dateien in DATA_DIR/outbox',
      period: (n: number) => days(n),
      purpose: 'E-Mails bei Entwicklung und Test ansehen',
    },
    auditLog: {
      data: 'Änderungsprotokoll: E-Mail-Adresse der handelnden Person, Namen und Adressen in den protokollierten Änderungen',
      where: 'Datenbank (Tabelle audit_log)',
      period: (n: number) => `${days(n)}, dann durch Pseudonyme ersetzt; der Eintrag selbst bleibt`,
      purpose: 'Nachvollziehbarkeit von Änderungen (Art. 5 Abs. 2 und Art. 32 DSGVO)',
    },
    uploadedFiles: {
      data: 'Hochgeladene Dateien: Inhalt, Dateiname und wer sie hochgeladen hat',
      where: 'Datenbank (Tabellen stored_files und, mit PostgreSQL-Server, stored_file_chunks); mit der eingebetteten Datenbank Dateien in DATA_DIR/files',
      period: 'solange der Inhalt besteht, zu dem sie gehören',
      purpose: 'Bereitstellung von Dokumenten, Bildern und Videos (Art. 6 Abs. 1 lit. e DSGVO)',
    },
    authorship: {
      data: 'Wer Inhalte angelegt oder geändert und wer Nachrichten versandt hat (Verweis auf das Konto)',
      where: 'Datenbank (bei Inhalten, Seiten und Nachrichten)',
      period: 'solange der Inhalt besteht; nach Löschung des Kontos verweist er auf ein anonymisiertes Konto',
      purpose: 'Redaktionelle Verantwortung (Art. 6 Abs. 1 lit. e DSGVO)',
    },
    serverLog: {
      data: 'Server-Protokoll: aufgerufene Pfade (ohne geheime Link-Bestandteile), IP-Adressen, Fehler',
      where: 'Standardausgabe der App-Prozesse, gesammelt vom Betrieb',
      period: 'wie im Betrieb festgelegt (Protokollrotation)',
      purpose: 'Betrieb und Fehlersuche (Art. 32 DSGVO)',
    },
    backups: {
      data: 'Sicherungen: alle oben genannten Daten',
      where: 'vom Betrieb festgelegter, verschlüsselter Speicherort',
      period: 'wie im Betrieb festgelegt',
      purpose: 'Wiederherstellung nach Störungen (Art. 32 DSGVO)',
    },
  },
};
