import { fileTypeLabel, formatFileSize } from '../../../../platform/files/index.ts';
import type { PicturePageProps } from '../../../../platform/pictures/picture-routes.ts';
import type { PictureView } from '../../../../platform/pictures/view.ts';
import { NotificationBanner, Table } from '../../../../platform/views/components/content.tsx';
import type { DocumentFormState } from '../../../../platform/files/document-upload.ts';
import { type DocumentNotice, DocumentRowActions, DocumentUploadForm } from '../../../../platform/views/components/documents.tsx';
import { ErrorSummary } from '../../../../platform/views/components/form.tsx';
import { PictureEditor } from '../../../../platform/views/components/picture.tsx';
import type { ViewContext } from '../../../../platform/views/context.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import { editSolutionPath, LIBRARY_PATH, MY_SOLUTIONS_PATH } from '../../core/paths.ts';
import type { SolutionRow } from '../../core/repository.ts';
import { ownerDocumentPath } from '../paths.ts';
import type { SolutionDocument } from '../repository.ts';

const crumbs = (ctx: ViewContext, solution: SolutionRow, label: string) => [
  { href: LIBRARY_PATH, label: ctx.t.solutions.nav },
  { href: MY_SOLUTIONS_PATH, label: ctx.t.solutionsProfiles.mine.title },
  { href: editSolutionPath(solution.id), label: solution.title },
  { label },
];

/** The owners' list of a solution's documents with the form to upload another. */
export function DocumentsPage(
  props: {
    ctx: ViewContext;
    solution: SolutionRow;
    documents: SolutionDocument[];
    maxMegabytes: number;
    notice?: DocumentNotice | undefined;
  } & DocumentFormState,
) {
  const { ctx, solution, documents, values, errors } = props;
  const m = ctx.t.solutionsProfiles.documents;
  const rows = documents.map((d, i) => [
    <a key="title" href={ownerDocumentPath(solution.id, d.id)}>
      {d.title}
    </a>,
    m.file(fileTypeLabel(d.contentType), formatFileSize(ctx.locale, d.size)),
    <DocumentRowActions key="actions" ctx={ctx} base={ownerDocumentPath(solution.id, d.id)} title={d.title} index={i} count={documents.length} words={m} />,
  ]);
  return (
    <Layout ctx={ctx} title={`${m.title}: ${solution.title}`} breadcrumbs={crumbs(ctx, solution, m.title)} wide>
      <ErrorSummary ctx={ctx} errors={errors} />
      {props.notice ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="kern-body">{m.notices[props.notice]}</p>
        </NotificationBanner>
      ) : null}
      <p class="kern-body kern-body--muted">{solution.title}</p>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <p class="kern-body">{m.lead(props.maxMegabytes)}</p>
      {rows.length === 0 ? (
        <p class="kern-body">{m.empty}</p>
      ) : (
        <Table caption={m.caption} captionHidden head={[m.head.title, m.head.file, m.head.actions]} rows={rows} />
      )}
      <DocumentUploadForm
        ctx={ctx}
        action={editSolutionPath(solution.id, 'dokumente')}
        submissionId={props.submissionId}
        words={m}
        values={values}
        errors={errors}
        chooseAgain={props.chooseAgain}
      />
    </Layout>
  );
}

/** The solution's title picture, with its required text alternative. */
export function SolutionPicturePage(props: PicturePageProps & { ctx: ViewContext; solution: SolutionRow; picture: PictureView | undefined }) {
  const { ctx, solution } = props;
  const title = ctx.t.solutionsProfiles.picture.title;
  return (
    <Layout ctx={ctx} title={`${title}: ${solution.title}`} breadcrumbs={crumbs(ctx, solution, title)}>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      {props.notice ? (
        <NotificationBanner ctx={ctx} variant="success">
          <p class="kern-body">{ctx.t.pictures.notices[props.notice]}</p>
        </NotificationBanner>
      ) : null}
      <p class="kern-body kern-body--muted">{solution.title}</p>
      <h1 class="kern-heading-x-large">{title}</h1>
      <PictureEditor {...props} ctx={ctx} action={editSolutionPath(solution.id, 'bild')} />
    </Layout>
  );
}
