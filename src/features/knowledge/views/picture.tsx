import type { PicturePageProps } from '../../../platform/pictures/picture-routes.ts';
import type { PictureView } from '../../../platform/pictures/view.ts';
import { NotificationBanner } from '../../../platform/views/components/content.tsx';
import { ErrorSummary } from '../../../platform/views/components/form.tsx';
import { PictureEditor } from '../../../platform/views/components/picture.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { adminCrumb } from './editor.tsx';
import { EDITOR_PATH, editorItemPath } from '../paths.ts';
import type { ItemRow } from '../repository.ts';

/** The title picture of an item: at the top of its page and on its card in lists. */
export function ItemPicturePage(props: PicturePageProps & { ctx: ViewContext; item: ItemRow; picture: PictureView | undefined }) {
  const { ctx, item } = props;
  const m = ctx.t.knowledge.editor;
  const title = ctx.t.knowledge.editor.titlePicture;
  const action = `${editorItemPath(item.id)}/bild`;
  return (
    <Layout
      ctx={ctx}
      title={`${title}: ${item.title}`}
      breadcrumbs={[adminCrumb(ctx), { href: EDITOR_PATH, label: m.title }, { href: editorItemPath(item.id), label: item.title }, { label: title }]}
    >
      <ErrorSummary ctx={ctx} errors={props.errors} />
      {props.notice ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="kern-body">{ctx.t.pictures.notices[props.notice]}</p>
        </NotificationBanner>
      ) : null}
      <p class="kern-body kern-body--muted">{item.title}</p>
      <h1 class="kern-heading-x-large">{title}</h1>
      <PictureEditor {...props} ctx={ctx} action={action} />
    </Layout>
  );
}
