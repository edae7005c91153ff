/** Pictures of pages: variants in several sizes and formats, with their text alternative. */
export { PICTURE_FILE_TYPES, pictureForm, receivePictureForm, uploadMegabytes, type PictureFormOutcome } from './picture-form.ts';
export { attachDemoPicture, discardDemoPictures, makeDemoPictures, type DemoPicture, type DemoPictureSource } from './demo-pictures.ts';
export { cleanStoredPicture } from './clean-picture.ts';
export { discardPictureFiles, makePicture, preparePicture, type PreparedPicture } from './prepare-picture.ts';
export { PICTURE_WIDTHS, redrawPicture, renderVariants, variantWidths } from './render-variants.ts';
export { findPictures, type PictureRecord, type PictureVariantRow } from './repository.ts';
export { removePicture, replacePicture, type PictureChange } from './save-picture.ts';
export { sendPictureFile } from './send-picture.ts';
export { pictureView, type PictureView } from './view.ts';
export { pictureRoutes, type PictureNotice, type PicturePageProps, type PictureRoutes } from './picture-routes.ts';
