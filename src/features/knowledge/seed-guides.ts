import type { DemoItem } from './seed-item.ts';

const GUIDE_ID = '4b000000-0000-4000-8000-000000000001';

/** Guides and documents of the demo: written for this platform, no real municipality named. */
export const DEMO_GUIDES: DemoItem[] = [
  {
    id: GUIDE_ID,
    slug: 'in-drei-schritten-zur-digitalen-strategie',
    type: 'guide',
    step: 'planen',
    fieldsOfAction: ['verwaltung', 'infrastruktur-daten'],
    audiences: ['verwaltung', 'politik'],
    tags: ['Strategie', 'Einstieg'],
    title: 'In drei Schritten zur digitalen Strategie',
    summary: 'Wie eine Gemeinde mit überschaubarem Aufwand eine Digitalstrategie erarbeitet, die Rat, Verwaltung und Bürgerschaft mittragen.',
    body: `Eine Digitalstrategie ist kein dickes Papier für die Schublade. Sie beantwortet drei Fragen: Wo stehen wir, wo wollen wir hin, und was tun wir als Nächstes? Dieser Leitfaden führt durch die drei Schritte, die sich in vielen kleinen und mittleren Kommunen bewährt haben.

## Schritt 1: Bestandsaufnahme

Beginnen Sie mit einem ehrlichen Blick auf das, was schon da ist. Oft ist mehr vorhanden, als man denkt.

- Welche Online-Dienste bietet die Verwaltung heute an?
- Welche Fachverfahren und Programme sind im Einsatz, und wann laufen die Verträge aus?
- Wo gibt es Medienbrüche, also Stellen, an denen Daten abgetippt werden?
- Welche Initiativen gibt es bereits in Vereinen, Schulen und Betrieben?

Halten Sie das Ergebnis auf wenigen Seiten fest. Eine Tabelle mit Dienst, Zuständigkeit und Reifegrad genügt.

## Schritt 2: Ziele und Handlungsfelder

Leiten Sie aus der Bestandsaufnahme drei bis fünf Ziele ab. Gute Ziele sind konkret und überprüfbar: „Bis Ende nächsten Jahres können alle Anträge im Bürgerbüro auch online gestellt werden" ist besser als „Wir werden digitaler".

| Handlungsfeld | Beispielziel | Verantwortlich |
| --- | --- | --- |
| Verwaltung | Zehn meistgenutzte Anträge online | Hauptamt |
| Bildung | WLAN in allen Grundschulen | Schulträger |
| Beteiligung | Jährliche Online-Befragung | Bürgermeisterbüro |

## Schritt 3: Maßnahmenplan

Ordnen Sie jedem Ziel Maßnahmen, Zuständigkeiten, Kosten und einen Zeitraum zu. Planen Sie bewusst kleine Vorhaben ein, die schnell sichtbar werden – das schafft Vertrauen für die größeren.

## Was danach kommt

Legen Sie die Strategie dem Rat zum Beschluss vor und berichten Sie einmal im Jahr über den Stand. Eine Strategie lebt davon, dass sie fortgeschrieben wird.`,
  },
  {
    slug: 'buergerbeteiligung-digital-organisieren',
    type: 'guide',
    step: 'vernetzen',
    fieldsOfAction: ['beteiligung'],
    audiences: ['verwaltung', 'politik', 'buergerschaft'],
    tags: ['Beteiligung', 'Online-Befragung'],
    title: 'Bürgerbeteiligung digital organisieren',
    summary: 'Online-Befragungen, digitale Ideenkarten und hybride Versammlungen: was sich für welche Frage eignet und worauf Sie achten sollten.',
    body: `Digitale Beteiligung erreicht Menschen, die abends nicht ins Rathaus kommen können: Eltern kleiner Kinder, Pendlerinnen, Schichtarbeiter. Sie ersetzt die Versammlung vor Ort nicht, sondern ergänzt sie.

## Das passende Format wählen

| Frage | Geeignetes Format | Dauer |
| --- | --- | --- |
| Wie zufrieden sind Sie mit …? | Online-Befragung | 3–4 Wochen |
| Wo fehlt eine Bank, ein Radweg? | Digitale Ideenkarte | 6 Wochen |
| Wie soll der Marktplatz aussehen? | Hybride Werkstatt | 1 Abend |

## Vorbereitung

- Klären Sie vorab, was mit den Ergebnissen geschieht und wer entscheidet.
- Formulieren Sie Fragen in einfacher Sprache und testen Sie sie mit zwei, drei Personen.
- Sorgen Sie dafür, dass auch ohne Internet mitgemacht werden kann, etwa mit Papierbögen im Bürgerbüro.

## Datenschutz

Erheben Sie nur, was Sie brauchen. Für eine Ideenkarte genügen meist ein Ort und ein Text; Namen und E-Mail-Adressen sind nur nötig, wenn Sie Rückfragen stellen wollen. Informieren Sie verständlich darüber, wie lange die Daten gespeichert werden.

## Ergebnisse zurückmelden

Der häufigste Fehler ist Schweigen nach der Beteiligung. Veröffentlichen Sie eine Zusammenfassung und sagen Sie, welche Vorschläge aufgegriffen werden und warum andere nicht.`,
  },
  {
    slug: 'foerdermittel-finden',
    type: 'guide',
    step: 'planen',
    fieldsOfAction: ['verwaltung', 'wirtschaft-tourismus'],
    audiences: ['verwaltung', 'politik'],
    tags: ['Förderung', 'Finanzierung'],
    title: 'Fördermittel finden und beantragen',
    summary: 'Wo Kommunen Förderprogramme für Digitalisierung finden, wie sie passende auswählen und wie ein Antrag gelingt.',
    body: `Für Digitalisierungsvorhaben gibt es Förderprogramme von Land, Bund und EU. Die Kunst liegt darin, das passende Programm zu finden und den Aufwand realistisch einzuschätzen.

## Wo suchen?

- die Förderdatenbank des Bundes
- die Förderberatung des Landes und der Kreise
- Stiftungen, die Projekte im ländlichen Raum unterstützen
- das Netzwerk dieser Plattform: Fragen Sie Kommunen, die ein Programm schon genutzt haben

## Passt das Programm?

| Prüffrage | Warum sie wichtig ist |
| --- | --- |
| Ist unsere Kommune antragsberechtigt? | Manche Programme richten sich nur an Kreise oder Verbünde. |
| Wie hoch ist der Eigenanteil? | Er muss im Haushalt eingeplant sein. |
| Wann ist die Frist? | Ratsbeschlüsse brauchen Vorlauf. |
| Welche Nachweise werden verlangt? | Der Verwendungsnachweis kostet Zeit. |

## Der Antrag

Beschreiben Sie zuerst das Problem, dann die Lösung. Gutachterinnen und Gutachter wollen verstehen, warum das Vorhaben gerade bei Ihnen nötig ist und was sich danach für die Menschen verbessert. Ein Zeitplan mit Meilensteinen und eine nachvollziehbare Kostenaufstellung gehören dazu.

## Nach der Bewilligung

Legen Sie früh fest, wer die Belege sammelt und den Verwendungsnachweis schreibt. Wer das erst am Ende angeht, verliert Wochen.`,
  },
  {
    slug: 'open-data-in-der-kommune',
    type: 'guide',
    step: 'umsetzen',
    fieldsOfAction: ['infrastruktur-daten'],
    audiences: ['verwaltung', 'wirtschaft', 'wissenschaft'],
    tags: ['Open Data', 'Daten'],
    title: 'Open Data in der Kommune',
    summary: 'Welche Daten sich zur Veröffentlichung eignen, in welchen Formaten und mit welcher Lizenz – ein Einstieg für kleine Verwaltungen.',
    body: `Offene Daten sind Daten, die jede und jeder frei nutzen darf. Kommunen besitzen viele davon: Haltestellen, Spielplätze, Haushaltszahlen, Öffnungszeiten. Veröffentlicht schaffen sie Transparenz und ermöglichen neue Anwendungen.

## Geeignete erste Datensätze

- Standorte öffentlicher Einrichtungen (Schulen, Kitas, Toiletten)
- Haushaltsplan und Jahresabschluss
- Termine der Abfallentsorgung
- Ergebnisse von Wahlen

Personenbezogene Daten und Daten, die die Sicherheit gefährden, gehören nicht dazu.

## Formate

| Format | Geeignet für |
| --- | --- |
| CSV | Tabellen, z. B. Haushaltszahlen |
| GeoJSON | Orte und Flächen |
| iCalendar | Termine |

Vermeiden Sie PDF als einziges Format: Maschinen können es kaum lesen.

## Lizenz

Verwenden Sie eine offene Lizenz wie die Datenlizenz Deutschland – Namensnennung oder Zero. Ohne Lizenz dürfen andere die Daten rechtlich nicht sicher nutzen.

## Veröffentlichen

Stellen Sie die Daten in das Open-Data-Portal des Landes ein, damit sie gefunden werden. Beschreiben Sie jeden Datensatz kurz: Inhalt, Stand, Ansprechperson. Aktualisieren Sie regelmäßig – veraltete Daten schaden dem Vertrauen mehr als fehlende.`,
  },
  {
    slug: 'digitale-verwaltungsleistungen-einfuehren',
    type: 'guide',
    step: 'umsetzen',
    fieldsOfAction: ['verwaltung'],
    audiences: ['verwaltung'],
    tags: ['Online-Dienste', 'OZG'],
    title: 'Online-Dienste der Verwaltung einführen',
    summary: 'Von der Auswahl der ersten Leistungen bis zum Betrieb: wie kleine Verwaltungen Anträge online anbieten.',
    body: `Viele Verwaltungsleistungen lassen sich heute online beantragen. Für kleine Verwaltungen ist die Frage nicht ob, sondern in welcher Reihenfolge.

## Die ersten Leistungen auswählen

Beginnen Sie mit Leistungen, die oft nachgefragt werden und einfach sind: Meldebescheinigung, Hundesteuer, Sperrmüll. Die Zahl der Vorgänge im letzten Jahr zeigt, wo sich der Aufwand lohnt.

## Nachnutzen statt selbst bauen

Für die meisten Leistungen gibt es fertige Online-Dienste, die das Land oder andere Kommunen bereitstellen. Prüfen Sie zuerst, was nachgenutzt werden kann.

## Die Arbeit dahinter

Ein Online-Antrag hilft wenig, wenn er im Amt ausgedruckt wird. Planen Sie mit, wie der Antrag digital weiterbearbeitet wird:

1. Eingang im Postfach oder Fachverfahren
2. Prüfung und Bescheid
3. Zustellung und Ablage in der E-Akte

## Mitarbeitende mitnehmen

Schulen Sie die Sachbearbeitung frühzeitig und sammeln Sie ihre Rückmeldungen in den ersten Wochen. Sie wissen am besten, wo ein Formular unklar ist.

## Bekannt machen

Weisen Sie auf der Website, im Amtsblatt und am Schalter auf das neue Angebot hin. Zählen Sie nach drei Monaten, wie viele Anträge online eingehen.`,
  },
  {
    slug: 'netzwerk-vor-ort-aufbauen',
    type: 'guide',
    step: 'vernetzen',
    fieldsOfAction: ['beteiligung', 'wirtschaft-tourismus'],
    audiences: ['verwaltung', 'buergerschaft', 'wirtschaft'],
    tags: ['Netzwerk', 'Ehrenamt'],
    title: 'Ein Digitalnetzwerk vor Ort aufbauen',
    summary: 'Wie Verwaltung, Vereine, Betriebe und Schulen zusammenfinden und gemeinsam Digitalprojekte anstoßen.',
    body: `Digitalisierung gelingt selten im Rathaus allein. Wer Partnerinnen und Partner vor Ort gewinnt, hat mehr Ideen, mehr Hände und mehr Rückhalt.

## Wen einladen?

- Vereine und Ehrenamtliche, etwa aus Seniorenarbeit und Jugendarbeit
- Schulen und Volkshochschule
- Handwerk, Handel und Gastronomie
- die Bibliothek als Lernort

## Das erste Treffen

Laden Sie zu einem offenen Abend ein, nicht zu einer Sitzung. Eine kurze Begrüßung, dann Gespräche an Thementischen: Was läuft schon gut? Wo hakt es? Was würden Sie gern gemeinsam anpacken?

## Dranbleiben

| Was | Wie oft | Wer |
| --- | --- | --- |
| Netzwerktreffen | vierteljährlich | Verwaltung lädt ein |
| Digitalsprechstunde für Ältere | wöchentlich | Ehrenamtliche |
| Newsletter | monatlich | Netzwerk reihum |

## Erfolge sichtbar machen

Berichten Sie im Amtsblatt und auf dieser Plattform über das, was gelungen ist. Sichtbare Erfolge ziehen neue Mitstreiterinnen und Mitstreiter an.`,
  },
  {
    slug: 'digitale-schule-gemeinsam-gestalten',
    type: 'guide',
    step: 'umsetzen',
    fieldsOfAction: ['bildung'],
    audiences: ['verwaltung', 'politik'],
    tags: ['Schule', 'Schulträger'],
    title: 'Digitale Schule gemeinsam gestalten',
    summary: 'Was Schulträger, Schulleitungen und Kommunalpolitik beim Ausbau von Netz, Geräten und Support beachten sollten.',
    body: `Der Schulträger sorgt für die Ausstattung, die Schule für den Unterricht. Damit beides zusammenpasst, müssen beide Seiten früh miteinander sprechen.

## Der Medienentwicklungsplan

Jede Schule beschreibt, wie sie digitale Medien im Unterricht einsetzen will. Daraus ergibt sich, welche Ausstattung sie braucht. Fragen Sie nach dem Plan, bevor Sie Geräte bestellen.

## Netz und Geräte

- stabiles WLAN in allen Unterrichtsräumen
- eine Anbindung mit ausreichender Bandbreite
- Geräte, die zentral verwaltet werden können

## Support nicht vergessen

Die häufigste Schwachstelle ist der Betrieb. Lehrkräfte sollen unterrichten, nicht Drucker reparieren. Planen Sie feste Ansprechpersonen und Reaktionszeiten ein, etwa gemeinsam mit Nachbarkommunen.

| Aufgabe | Zuständig |
| --- | --- |
| Beschaffung und Wartung | Schulträger |
| Pädagogisches Konzept | Schule |
| Fortbildung der Lehrkräfte | Land |

## Kosten über die Jahre

Geräte halten etwa fünf Jahre. Planen Sie die Ersatzbeschaffung von Anfang an im Haushalt ein.`,
  },
  {
    slug: 'telemedizin-im-laendlichen-raum',
    type: 'guide',
    step: 'vernetzen',
    fieldsOfAction: ['gesundheit-pflege', 'daseinsvorsorge'],
    audiences: ['verwaltung', 'buergerschaft'],
    tags: ['Gesundheit', 'Pflege'],
    title: 'Telemedizin im ländlichen Raum unterstützen',
    summary: 'Was Kommunen beitragen können, damit Videosprechstunden und digitale Pflegeangebote die Menschen vor Ort erreichen.',
    body: `Kommunen sind nicht für die ärztliche Versorgung zuständig, können sie aber wirksam unterstützen – besonders dort, wo Praxen schließen.

## Was Kommunen tun können

- Räume für eine Telemedizin-Station bereitstellen, etwa im Dorfgemeinschaftshaus
- Ehrenamtliche gewinnen, die älteren Menschen bei der Videosprechstunde helfen
- Praxen, Pflegedienste und Apotheken an einen Tisch bringen

## Ein Beispiel

Eine Gemeinde richtet im Gemeindehaus einen ruhigen Raum mit Tablet, Blutdruckmessgerät und guter Internetverbindung ein. Eine geschulte Pflegekraft ist zweimal pro Woche vor Ort und verbindet Patientinnen und Patienten mit der Hausarztpraxis im Nachbarort.

## Worauf achten?

| Thema | Hinweis |
| --- | --- |
| Datenschutz | Gespräche nur in geschlossenen Räumen |
| Technik | Ersatzgerät und feste Ansprechperson |
| Erreichbarkeit | barrierefreier Zugang, Anbindung an den Nahverkehr |

Sprechen Sie früh mit der Kassenärztlichen Vereinigung und dem Kreis, welche Modelle in Ihrer Region möglich sind.`,
  },
  {
    slug: 'mobilitaet-on-demand',
    type: 'guide',
    step: 'umsetzen',
    fieldsOfAction: ['mobilitaet'],
    audiences: ['verwaltung', 'politik', 'buergerschaft'],
    tags: ['Rufbus', 'Nahverkehr'],
    title: 'Rufbus und Mitfahrangebote digital buchbar machen',
    summary: 'Wie Kommunen mit dem Kreis flexible Mobilitätsangebote einführen, die per App und Telefon gebucht werden können.',
    body: `Wo ein Linienbus leer fährt, kann ein Rufbus die bessere Lösung sein: Er kommt, wenn jemand ihn bestellt.

## Voraussetzungen

- Abstimmung mit dem Aufgabenträger für den Nahverkehr, meist dem Kreis
- eine Buchungsplattform, die App, Website und Telefon verbindet
- feste Haltepunkte oder ein Bedienungsgebiet

## Alle mitnehmen

Nicht jede Person nutzt eine App. Eine Telefonnummer mit verlässlichen Zeiten ist Pflicht. Bibliotheken und Seniorentreffs können beim ersten Buchen helfen.

## Kennzahlen

| Kennzahl | Warum |
| --- | --- |
| Fahrten pro Woche | zeigt die Nachfrage |
| Anteil Telefonbuchungen | zeigt, wer die App nicht nutzt |
| Wartezeit | zeigt die Qualität |

Werten Sie die Zahlen nach einem halben Jahr aus und passen Sie Bediengebiet und Zeiten an.`,
  },
  {
    slug: 'checkliste-informationssicherheit',
    type: 'document',
    step: 'planen',
    fieldsOfAction: ['verwaltung', 'infrastruktur-daten'],
    audiences: ['verwaltung'],
    tags: ['IT-Sicherheit', 'Checkliste'],
    title: 'Checkliste: Informationssicherheit in kleinen Verwaltungen',
    language: 'de',
    files: { fileId: { id: '4b000000-0000-4000-8000-0000000000d1', name: 'checkliste-informationssicherheit.pdf' } },
    summary: 'Die wichtigsten Maßnahmen gegen Cyberangriffe und Datenverlust, zum Abhaken und Besprechen im Team.',
    body: `Diese Checkliste fasst zusammen, was jede Verwaltung unabhängig von ihrer Größe umsetzen sollte. Sie ersetzt kein Sicherheitskonzept, hilft aber beim Anfangen.

## Organisation

- Es gibt eine benannte Person für Informationssicherheit.
- Ein Notfallplan liegt ausgedruckt vor und ist bekannt.
- Mitarbeitende werden einmal im Jahr geschult.

## Technik

- Sicherungen werden täglich erstellt und regelmäßig zurückgespielt.
- Mindestens eine Sicherung liegt getrennt vom Netz.
- Updates werden zeitnah eingespielt.
- Konten für die Administration sind von Arbeitskonten getrennt.
- Der Zugang von außen ist mit einem zweiten Faktor geschützt.

## Im Ernstfall

| Schritt | Wer |
| --- | --- |
| Gerät vom Netz trennen | die Person, die es bemerkt |
| Verantwortliche informieren | IT-Ansprechperson |
| Meldung an die Landesbehörde | Verwaltungsleitung |

Besprechen Sie die Liste im Team und halten Sie fest, was noch fehlt und bis wann es erledigt wird.`,
  },
  {
    slug: 'mustervorlage-ratsbeschluss-digitalstrategie',
    type: 'document',
    step: 'planen',
    fieldsOfAction: ['verwaltung'],
    audiences: ['verwaltung', 'politik'],
    tags: ['Vorlage', 'Ratsbeschluss'],
    title: 'Mustervorlage: Ratsbeschluss zur Digitalstrategie',
    language: 'de',
    files: { fileId: { id: '4b000000-0000-4000-8000-0000000000d2', name: 'mustervorlage-ratsbeschluss-digitalstrategie.pdf' } },
    summary: 'Eine anpassbare Beschlussvorlage, mit der die Verwaltung dem Rat eine Digitalstrategie zur Entscheidung vorlegt.',
    body: `Die folgende Vorlage können Sie an Ihre Kommune anpassen. Passagen in eckigen Klammern ersetzen Sie durch Ihre Angaben.

## Beschlussvorschlag

Der Rat der Gemeinde [Name] beschließt die als Anlage beigefügte Digitalstrategie. Die Verwaltung wird beauftragt, die Maßnahmen umzusetzen und dem Rat jährlich zu berichten.

## Begründung

Die Gemeinde will ihre Leistungen für Bürgerinnen, Bürger und Unternehmen einfacher zugänglich machen. Die Strategie wurde in [Zeitraum] unter Beteiligung von [Gruppen] erarbeitet.

## Finanzielle Auswirkungen

| Jahr | Betrag | Haushaltsstelle |
| --- | --- | --- |
| [Jahr 1] | [Betrag] € | [Stelle] |
| [Jahr 2] | [Betrag] € | [Stelle] |

## Anlagen

1. Digitalstrategie der Gemeinde [Name]
2. Ergebnisse der Bürgerbefragung`,
  },
  {
    slug: 'energiedaten-sichtbar-machen',
    type: 'guide',
    step: 'umsetzen',
    fieldsOfAction: ['energie-umwelt', 'infrastruktur-daten'],
    audiences: ['verwaltung', 'wirtschaft'],
    tags: ['Energie', 'Klimaschutz'],
    title: 'Energieverbrauch kommunaler Gebäude sichtbar machen',
    summary: 'Wie digitale Zähler und ein einfaches Energiemonitoring helfen, Kosten und Emissionen in Schulen, Hallen und Rathaus zu senken.',
    body: `Wer seinen Verbrauch kennt, kann ihn senken. Viele Kommunen lesen Zähler noch einmal im Jahr von Hand ab und bemerken Fehler erst mit der Rechnung.

## Schritt für Schritt

1. Gebäude mit dem höchsten Verbrauch auswählen
2. Digitale Zähler für Strom, Wärme und Wasser einbauen
3. Werte in einem Energiemonitoring zusammenführen
4. Auffälligkeiten monatlich besprechen

## Typische Funde

- Heizungen, die am Wochenende durchlaufen
- Beleuchtung in leeren Sporthallen
- tropfende Leitungen, erkennbar an nächtlichem Wasserverbrauch

## Aufwand und Nutzen

| Maßnahme | Aufwand | Wirkung |
| --- | --- | --- |
| Heizzeiten anpassen | gering | hoch |
| LED-Umrüstung | mittel | hoch |
| Gebäudeleittechnik | hoch | sehr hoch |

Veröffentlichen Sie die Verbrauchswerte als offene Daten. Das schafft Transparenz und motiviert Schulen zum Energiesparen.`,
  },
];
