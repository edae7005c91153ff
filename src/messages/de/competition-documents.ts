/** The documents of a call (call text, guidance): the editors' list and upload, the downloads on the call's page. */
export const competitionDocuments = {
  editor: {
    title: 'Unterlagen zum Aufruf',
    link: 'Unterlagen zum Aufruf',
    count: (n: number) => (n === 1 ? '1 Dokument' : `${n} Dokumente`),
    lead: (mb: number) =>
      `Den Förderaufruf, Hinweise zur Antragstellung und andere Unterlagen kann jede und jeder auf der Seite des Aufrufs herunterladen. Erlaubt sind PDF, ODT, DOCX und XLSX bis ${mb} MB je Datei.`,
    draft: 'Der Aufruf ist noch nicht veröffentlicht. Seine Unterlagen werden erst mit ihm öffentlich; bis dahin öffnet nur die Redaktion sie.',
    empty: 'Noch keine Unterlagen.',
    caption: 'Unterlagen des Aufrufs',
    head: { position: 'Nr.', title: 'Titel', file: 'Datei', actions: 'Aktionen' },
    up: 'Nach oben',
    down: 'Nach unten',
    remove: 'Entfernen',
    /** the accessible name of a button of one document's row, e.g. "Entfernen: Förderaufruf" */
    actionLabel: (action: string, title: string) => `${action}: ${title}`,
    addTitle: 'Dokument hinzufügen',
    add: 'Hochladen',
    fields: {
      title: 'Titel',
      titleHint: 'So steht das Dokument auf der Seite des Aufrufs, zum Beispiel „Hinweise zur Antragstellung“.',
      file: 'Datei',
      fileHint: 'PDF, ODT, DOCX oder XLSX.',
      chooseAgain: (name: string) => `Wählen Sie die Datei „${name}“ noch einmal aus: Der Browser sendet sie nach einem Fehler nicht von selbst.`,
    },
    notices: {
      added: 'Das Dokument wurde hochgeladen.',
      removed: 'Das Dokument wurde entfernt.',
      moved: 'Die Reihenfolge wurde geändert.',
    },
    errors: {
      titleRequired: 'Geben Sie einen Titel ein.',
      fileRequired: 'Wählen Sie eine Datei aus.',
      fileType: 'Die Datei muss ein PDF-, ODT-, DOCX- oder XLSX-Dokument sein.',
      fileTooLarge: (mb: number) => `Die Datei ist größer als ${mb} MB.`,
      fileEmpty: 'Die Datei ist leer.',
      duplicate: (title: string) => `Diese Datei gehört schon zu den Unterlagen des Aufrufs: „${title}“.`,
    },
  },
  public: {
    title: 'Unterlagen zum Aufruf',
    /** type and size after a document's title, e.g. "PDF, 240 KB" */
    file: (type: string, size: string) => `${type}, ${size}`,
  },
};
