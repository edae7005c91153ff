/** What a notification says, in one sentence; the names are filled in when it is shown or mailed. */
interface Names {
  actor: string;
  group: string;
  thread: string;
}

/** The network's notifications (src/features/network/notifications/). */
export const networkNotifications = {
  title: 'Benachrichtigungen',
  accountLink: 'Benachrichtigungen im Netzwerk',
  someone: 'Jemand',
  sentences: {
    new_thread: (n: Names) => `${n.actor} hat in „${n.group}“ die Diskussion „${n.thread}“ begonnen.`,
    reply: (n: Names) => `${n.actor} hat in „${n.thread}“ geantwortet.`,
    mention: (n: Names) => `${n.actor} hat Sie in „${n.thread}“ erwähnt.`,
    join_request: (n: Names) => `${n.actor} möchte der Gruppe „${n.group}“ beitreten.`,
    join_accepted: (n: Names) => `Ihre Anfrage wurde angenommen: Sie sind jetzt Mitglied der Gruppe „${n.group}“.`,
    join_declined: (n: Names) => `Ihre Anfrage, der Gruppe „${n.group}“ beizutreten, wurde abgelehnt.`,
    invitation: (n: Names) => `${n.actor} hat Sie in die Gruppe „${n.group}“ eingeladen.`,
    report: (n: Names) => `${n.actor} hat einen Beitrag in „${n.thread}“ an die Moderation gemeldet.`,
  },
  /** the person's message with a request to join, and the reason a request was declined */
  note: { join_request: (text: string) => `Nachricht: „${text}“`, join_decision: (text: string) => `Begründung: ${text}` },
  list: {
    lead: 'Was in Ihren Gruppen geschehen ist, die neuesten Nachrichten zuerst. Per E-Mail hören Sie davon so, wie Sie es für jede Gruppe eingestellt haben.',
    empty: 'Noch keine Benachrichtigungen. Sobald in Ihren Gruppen etwas geschieht, das Sie betrifft, steht es hier.',
    unread: 'Neu',
    unreadCount: (n: number) => (n === 1 ? '1 ungelesene Benachrichtigung' : `${n} ungelesene Benachrichtigungen`),
    markRead: 'Alle als gelesen markieren',
    settings: 'E-Mails pro Gruppe einstellen',
  },
  settings: {
    title: 'E-Mails aus dem Netzwerk',
    lead: 'Wählen Sie für jede Ihrer Gruppen, wie Sie per E-Mail von neuen Diskussionen, Antworten und Erwähnungen hören. In der Liste der Benachrichtigungen steht alles, auch ohne E-Mail.',
    digestHint: 'Die tägliche Zusammenfassung kommt morgens um 7 Uhr, die wöchentliche montags um 7 Uhr.',
    legend: (group: string) => `E-Mails aus „${group}“`,
    none: 'Sie sind noch in keiner Gruppe Mitglied. Treten Sie einer Gruppe bei, um hier einzustellen, wie Sie von ihr hören.',
    groupsLink: 'Zu den Gruppen',
    submit: 'Einstellungen speichern',
    back: 'Zurück zu den Benachrichtigungen',
    chooseOne: (group: string) => `Wählen Sie, wie Sie von „${group}“ hören möchten.`,
  },
  notices: {
    saved: 'Ihre Einstellungen sind gespeichert.',
    read: 'Alle Benachrichtigungen sind als gelesen markiert.',
  },
  unsubscribe: {
    title: 'E-Mails abbestellen',
    group: (group: string) => `Sie erhalten E-Mails über neue Diskussionen, Antworten und Erwähnungen in der Gruppe „${group}“.`,
    all: 'Sie erhalten Zusammenfassungen per E-Mail aus Ihren Gruppen im Netzwerk.',
    hint: 'Nach dem Abbestellen sehen Sie alles weiterhin in Ihren Benachrichtigungen, wenn Sie angemeldet sind.',
    button: 'E-Mails dieser Gruppe abbestellen',
    buttonAll: 'Alle E-Mails aus dem Netzwerk abbestellen',
    doneTitle: 'Abbestellt',
    doneGroup: (group: string) => `Sie erhalten keine E-Mails mehr aus der Gruppe „${group}“.`,
    doneAll: 'Sie erhalten keine E-Mails mehr aus Ihren Gruppen im Netzwerk.',
    settingsLink: 'Einstellungen für E-Mails ansehen',
  },
  mail: {
    subject: (sentence: string) => sentence.replace(/\.$/, ''),
    greeting: (name: string) => `Guten Tag ${name},`,
    excerpt: (text: string) => `„${text}“`,
    openThread: 'Beitrag ansehen',
    openMembers: 'Anfragen ansehen',
    openGroup: 'Gruppe ansehen',
    digestSubject: { daily: 'Ihre tägliche Zusammenfassung aus dem Netzwerk', weekly: 'Ihre wöchentliche Zusammenfassung aus dem Netzwerk' },
    digestLead: 'Das ist seit Ihrer letzten Zusammenfassung in Ihren Gruppen geschehen:',
    more: (n: number) => (n === 1 ? 'und 1 weitere Benachrichtigung' : `und ${n} weitere Benachrichtigungen`),
    openList: 'Alle Benachrichtigungen ansehen',
    footer: (site: string) => `${site} – Netzwerk Digitale Kommune. Wie oft Sie E-Mails aus einer Gruppe erhalten, stellen Sie unter „Benachrichtigungen“ ein.`,
    unsubscribeGroup: (group: string) => `E-Mails aus „${group}“ abbestellen`,
    unsubscribeTitle: 'E-Mails einzelner Gruppen abbestellen',
    unsubscribeAll: 'Alle E-Mails aus dem Netzwerk abbestellen',
  },
};
