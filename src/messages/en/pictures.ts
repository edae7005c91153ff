import type { pictures as de } from '../de/pictures.ts';

export const pictures: typeof de = {
  title: 'Picture',
  lead: 'The picture stands at the top of the page and on the card in lists. On upload it is converted into three sizes as WebP and JPEG; camera data such as the place it was taken are removed.',
  current: 'Current picture',
  present: 'Present, with text alternative',
  none: 'No picture yet.',
  altShown: (alt: string) => `Text alternative: “${alt}”`,
  file: 'Picture file',
  fileHint: (mb: number) => `PNG, JPEG or WebP, at most ${mb} MB. Preferably landscape and at least 1440 pixels wide.`,
  replaceHint: (mb: number) => `Only if you want to replace the picture: PNG, JPEG or WebP, at most ${mb} MB.`,
  alt: 'Text alternative',
  altHint: 'Describe in one sentence what the picture shows – for people who cannot see it. Not “picture of …”.',
  upload: 'Upload picture',
  save: 'Save picture',
  remove: 'Remove picture',
  removeLead: 'The page then shows no picture; all sizes of the picture are deleted.',
  chooseAgain: (name: string) => `The file “${name}” was not saved. Please choose it again.`,
  notices: {
    pictureSaved: 'The picture has been saved.',
    pictureRemoved: 'The picture has been removed.',
  },
  validation: {
    altRequired: 'Enter a text alternative that describes what the picture shows',
    fileRequired: 'Choose a picture file',
    wrongType: 'The picture must be a PNG, JPEG or WebP file',
    tooLarge: (mb: number) => `The picture file may be at most ${mb} MB`,
    empty: 'The chosen file is empty',
    unreadable: 'The file cannot be read as a picture or is larger than 40 megapixels. Save the picture again as JPEG and then upload it',
  },
};
