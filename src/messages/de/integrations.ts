/** Texts of the API tokens (Verwaltung → Schnittstellen) and the API's writes. */
export const integrations = {
  title: 'Schnittstellen',
  lead: 'API-Tokens für Anwendungen, die Veranstaltungen oder Neuigkeiten über die Schnittstelle anlegen, etwa der Veranstaltungskalender eines Amtes.',
  adminCardBody: 'API-Tokens für Integrationen ausgeben und widerrufen.',
  list: {
    caption: 'API-Tokens',
    empty: 'Es wurden noch keine API-Tokens ausgegeben.',
    head: ['Name', 'Kennung', 'Berechtigungen', 'Ausgegeben', 'Zuletzt genutzt', 'Gültig bis', 'Status', 'Aktion'],
    issuedBy: (when: string, who: string | null) => (who ? `${when} von ${who}` : when),
    never: 'nie',
    noExpiry: 'unbegrenzt',
    active: 'aktiv',
    expired: 'abgelaufen',
    revoked: (when: string) => `widerrufen am ${when}`,
    revoke: 'Widerrufen',
    issue: 'Neues Token ausgeben',
  },
  scopes: {
    'events:write': 'Veranstaltungen anlegen (events:write)',
    'news:write': 'Neuigkeiten anlegen (news:write)',
  },
  issue: {
    title: 'Neues API-Token ausgeben',
    lead: 'Das Token wird nur ein einziges Mal angezeigt. Gespeichert wird nur ein Prüfwert, aus dem es sich nicht zurückgewinnen lässt.',
    name: 'Wofür ist das Token?',
    nameHint: 'Zum Beispiel „Veranstaltungskalender Amt Hüttener Berge“. Der Name erscheint im Protokoll bei allem, was mit dem Token angelegt wird.',
    scopes: 'Berechtigungen',
    scopesHint: 'Geben Sie nur, was die Anwendung braucht. Lesen ist ohne Token möglich.',
    expiresOn: 'Gültig bis einschließlich',
    expiresOnHint: 'Optional. Nach diesem Tag wird das Token abgelehnt. Leer lassen für ein Token ohne Ablaufdatum.',
    submit: 'Token ausgeben',
    cancel: 'Abbrechen',
  },
  issued: {
    title: 'Das API-Token wurde ausgegeben',
    warning:
      'Kopieren Sie das Token jetzt. Es wird nicht noch einmal angezeigt und kann nicht wiederhergestellt werden. Geht es verloren, widerrufen Sie es und geben ein neues aus.',
    tokenLabel: 'API-Token',
    usage:
      'Die Anwendung sendet es bei jedem schreibenden Aufruf im Kopf „Authorization: Bearer …“ und dazu einen eindeutigen „Idempotency-Key“, damit eine Wiederholung nichts doppelt anlegt.',
    back: 'Zur Liste der Tokens',
  },
  revoke: {
    title: (name: string) => `Token „${name}“ widerrufen?`,
    body: 'Die Anwendung, die dieses Token nutzt, kann danach nichts mehr anlegen. Was sie bisher angelegt hat, bleibt erhalten. Ein Widerruf lässt sich nicht zurücknehmen.',
    already: 'Dieses Token wurde bereits widerrufen.',
    confirm: 'Ja, Token widerrufen',
    cancel: 'Nein, zurück zur Liste',
  },
  notices: {
    revoked: 'Das Token wurde widerrufen.',
    alreadyRevoked: 'Das Token war bereits widerrufen.',
    alreadyIssued:
      'Dieses Formular wurde bereits abgeschickt; das Token wurde dabei einmal angezeigt. Geben Sie ein neues aus, falls Sie es nicht kopiert haben.',
  },
  validation: {
    nameRequired: 'Geben Sie an, wofür das Token ist.',
    scopes: 'Wählen Sie eine der angebotenen Berechtigungen.',
    scopesRequired: 'Wählen Sie mindestens eine Berechtigung.',
    day: 'Geben Sie ein Datum im Format JJJJ-MM-TT an, zum Beispiel 2027-06-30.',
    expiryPast: 'Das Ablaufdatum muss heute oder später sein.',
  },
  api: {
    createEvent: 'Veranstaltung mit Terminen anlegen (als Entwurf)',
    createEventDescription:
      'Legt eine Veranstaltung mit ihren Terminen als Entwurf an; die Redaktion prüft und veröffentlicht sie. Braucht ein Token mit der Berechtigung events:write und den Kopf Idempotency-Key: eine Wiederholung mit demselben Schlüssel legt nichts erneut an und liefert das erste Ergebnis.',
    createNews: 'Neuigkeit anlegen (als Entwurf)',
    createNewsDescription:
      'Legt eine Neuigkeit als Entwurf an; die Redaktion prüft und veröffentlicht sie. Braucht ein Token mit der Berechtigung news:write und den Kopf Idempotency-Key: eine Wiederholung mit demselben Schlüssel legt nichts erneut an und liefert das erste Ergebnis.',
  },
  problems: {
    missingToken: 'Dieser Aufruf braucht ein API-Token im Kopf „Authorization: Bearer …“.',
    invalidToken: 'Das API-Token ist ungültig, abgelaufen oder widerrufen.',
    insufficientScope: (scope: string) => `Das API-Token hat nicht die Berechtigung „${scope}“.`,
    tooManyFailures: 'Zu viele Aufrufe mit ungültigem Token von dieser Adresse. Bitte warten Sie einige Minuten.',
    idempotencyKey: 'Jeder schreibende Aufruf braucht einen Kopf „Idempotency-Key“ (8 bis 200 sichtbare ASCII-Zeichen), etwa eine UUID.',
    unknownField: 'Ein angegebenes Handlungsfeld gibt es nicht.',
  },
};
