import type { PicturePageProps } from '../../pictures/picture-routes.ts';
import type { PictureView } from '../../pictures/view.ts';
import type { ViewContext } from '../context.ts';
import { FileField } from './file-field.tsx';
import { Button, errorFor, Form, TextField, valueFor } from './form.tsx';

/** The sizes attribute of the two places pictures stand: the page's text column and a card in a grid. */
export const PICTURE_SIZES = {
  page: '(min-width: 50rem) 46rem, 100vw',
  // beside the card's text from 40rem, a third of the card; above it on a phone
  card: '(min-width: 40rem) 16rem, 100vw',
} as const;

const srcset = (picture: PictureView, format: 'webp' | 'jpeg') =>
  picture.sources
    .filter((s) => s.format === format)
    .map((s) => `${s.url} ${s.width}w`)
    .join(', ');

/**
 * A picture in the sizes it was made in, WebP where the browser takes it and JPEG otherwise. The
 * width and height reserve its space before it arrives; below the fold it loads only when the
 * reader scrolls near it. `first` marks the picture at the top of a page, which loads at once.
 * `decorative` leaves the text alternative out where the picture repeats what stands beside it,
 * as on a card whose page shows the picture with its text.
 */
export function Picture(props: { picture: PictureView; sizes: keyof typeof PICTURE_SIZES; first?: boolean; decorative?: boolean; class?: string }) {
  const { picture } = props;
  const jpegs = picture.sources.filter((s) => s.format === 'jpeg');
  // the fallback for browsers without srcset: the size of the page's column
  const fallback = jpegs.find((s) => s.width >= 960) ?? jpegs[jpegs.length - 1];
  const sizes = PICTURE_SIZES[props.sizes];
  return (
    <picture class={`dk-picture${props.class ? ` ${props.class}` : ''}`}>
      <source type="image/webp" srcset={srcset(picture, 'webp')} sizes={sizes} />
      <img
        src={fallback?.url}
        srcset={srcset(picture, 'jpeg')}
        sizes={sizes}
        width={picture.width}
        height={picture.height}
        alt={props.decorative ? '' : picture.alt}
        loading={props.first ? undefined : 'lazy'}
        fetchpriority={props.first ? 'high' : undefined}
        decoding="async"
      />
    </picture>
  );
}

/**
 * The editor's picture page: the current picture with its text alternative, the form to upload
 * a new one or change the text, and the form to remove it (pictureRoutes answers both).
 */
export function PictureEditor(props: PicturePageProps & { ctx: ViewContext; picture: PictureView | undefined; action: string }) {
  const { ctx, picture, errors } = props;
  const m = ctx.t.pictures;
  const values = props.values ?? { alt: picture?.alt ?? '' };
  return (
    <>
      <p class="kern-body">{m.lead}</p>
      <h2 class="kern-heading-medium">{m.current}</h2>
      {picture ? (
        <figure class="dk-figure">
          <Picture picture={picture} sizes="page" first />
          <figcaption class="kern-body kern-body--muted">{m.altShown(picture.alt)}</figcaption>
        </figure>
      ) : (
        <p class="kern-body">{m.none}</p>
      )}
      <Form ctx={ctx} action={props.action} submissionId={props.submissionId} multipart>
        <FileField
          name="picture"
          label={m.file}
          hint={picture ? m.replaceHint(props.maxMb) : m.fileHint(props.maxMb)}
          notes={[props.chosenAgain ? m.chooseAgain(props.chosenAgain) : undefined]}
          error={errorFor(errors, 'picture')}
          accept="image/png,image/jpeg,image/webp"
        />
        <TextField name="alt" label={m.alt} hint={m.altHint} value={valueFor(values, 'alt')} error={errorFor(errors, 'alt')} maxLength={300} />
        <Button>{picture ? m.save : m.upload}</Button>
      </Form>
      {picture ? (
        <Form ctx={ctx} action={`${props.action}/entfernen`}>
          <p class="kern-body">{m.removeLead}</p>
          <Button variant="warning">{m.remove}</Button>
        </Form>
      ) : null}
    </>
  );
}
