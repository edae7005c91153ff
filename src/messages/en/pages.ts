import type { pages as de } from '../de/pages.ts';

export const pages: typeof de = {
  home: {
    title: 'Welcome',
    lead: 'The platform of the programme for digital municipalities: events, knowledge, funding, network and good solutions in one place.',
    stepsTitle: 'Three steps to a digital municipality',
    stepNumber: (n: number) => `Step ${n} of 3`,
    steps: [
      { title: 'Connect', body: 'Get to know other municipalities and share experience.' },
      { title: 'Plan strategically', body: 'Develop your digital strategy with guides and tools.' },
      { title: 'Get going', body: 'Put measures into practice and adopt proven solutions.' },
    ],
    joinTitle: 'Take part',
    joinBody: 'With an account you can join your organisation and act on its behalf.',
  },
  edit: {
    listTitle: 'Service pages',
    listLead: 'Legal notice, privacy, accessibility and contact are linked from the footer of every page.',
    title: (page: string) => `Edit page: ${page}`,
    titleDe: 'Title (German)',
    titleEn: 'Title (English)',
    bodyDe: 'Text (German)',
    bodyEn: 'Text (English)',
    bodyHint: 'Separate paragraphs with a blank line. Lines starting with "## " become subheadings.',
    saved: 'The page has been saved.',
    lastChanged: 'Last changed',
    edit: 'Edit',
    view: 'View',
    page: 'Page',
  },
  defaults: {
    impressum: {
      title: 'Legal notice',
      body: '## Publisher\n\nMinistry for Digitalisation (sample entry)\nMusterstraße 1\n24103 Kiel\n\n## Contact\n\nEmail: digitale-kommune@example.org\n\n## Responsible for the content\n\nThese details are placeholders of the installation and are maintained by the administration under "Service pages".',
    },
    datenschutz: {
      title: 'Privacy',
      body: '## Principles\n\nWe process personal data only as far as the purpose requires. There are no analytics or advertising tools and no requests to third parties.\n\n## Cookies\n\nWithout logging in we set no cookie. After login a session cookie keeps you logged in. If you choose a language, we remember that choice in a cookie.\n\n## Your rights\n\nUnder "My account" you can download all your data and delete your account.',
    },
    barrierefreiheit: {
      title: 'Accessibility statement',
      body: '## Compliance status\n\nThis platform aims to meet BITV 2.0 and WCAG 2.1 level AA. Every page is checked automatically with axe and works without JavaScript, with a keyboard and at 400 % zoom.\n\n## Report a barrier\n\nIf you encounter a barrier, write to us via the contact page.\n\n## Enforcement procedure\n\nIf you do not receive a satisfactory answer, you can contact the conciliation body of your state.',
    },
    kontakt: {
      title: 'Contact',
      body: '## Programme office\n\nWrite to us at digitale-kommune@example.org. We usually answer within two working days.',
    },
  },
};
