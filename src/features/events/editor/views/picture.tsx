import type { PicturePageProps } from '../../../../platform/pictures/picture-routes.ts';
import type { PictureView } from '../../../../platform/pictures/view.ts';
import { ErrorSummary } from '../../../../platform/views/components/form.tsx';
import { PictureEditor } from '../../../../platform/views/components/picture.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import type { EventRow } from '../../core/event-repository.ts';
import { EventEditorLayout, sectionPath } from './shared.tsx';

export function EventPicturePage(props: PicturePageProps & { ctx: ViewContext; event: EventRow; picture: PictureView | undefined }) {
  const { ctx, event } = props;
  const action = sectionPath(event.id, 'picture');
  return (
    <EventEditorLayout
      ctx={ctx}
      event={event}
      title={ctx.t.pictures.title}
      section="picture"
      noticeText={props.notice ? ctx.t.pictures.notices[props.notice] : undefined}
      top={<ErrorSummary ctx={ctx} errors={props.errors} />}
    >
      <PictureEditor {...props} ctx={ctx} action={action} />
    </EventEditorLayout>
  );
}
