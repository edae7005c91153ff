import type { PicturePageProps, PictureView } from '../../../../platform/pictures/index.ts';
import { Notice } from '../../../../platform/views/components/content.tsx';
import { ErrorSummary } from '../../../../platform/views/components/form.tsx';
import { PictureEditor } from '../../../../platform/views/components/picture.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { MY_PROFILE_PATH, PEOPLE_PATH } from '../../core/paths.ts';
import { MY_PICTURE_PATH } from '../paths.ts';
import { DirectoryLayout } from './shared.tsx';

/** /netzwerk/mein-profil/bild: the person's picture in the directory, its text alternative, its removal. */
export function MyPicturePage(props: PicturePageProps & { ctx: ViewContext; picture: PictureView | undefined }) {
  const { ctx } = props;
  const m = ctx.t.networkDirectory;
  return (
    <DirectoryLayout
      ctx={ctx}
      title={m.pictureTitle}
      crumbs={[{ href: PEOPLE_PATH, label: m.title }, { href: MY_PROFILE_PATH, label: m.mine.title }, { label: m.pictureTitle }]}
    >
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <Notice ctx={ctx} notice={props.notice ? ctx.t.pictures.notices[props.notice] : undefined} />
      <h1 class="kern-heading-x-large">{m.pictureTitle}</h1>
      <PictureEditor {...props} ctx={ctx} action={MY_PICTURE_PATH} />
    </DirectoryLayout>
  );
}
