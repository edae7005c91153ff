import type { OrganisationSection, OrganisationSectionProvider } from '../../platform/deps.ts';
import { listApplicationsOfOrganisations } from './applications/repository.ts';
import { applicantStatus } from './core/application-states.ts';
import { formatEuro } from '../../platform/text/money.ts';
import { applicationPath, projectPath } from './core/paths.ts';
import { listShowcase } from './projects/repository.ts';

/**
 * On an organisation's profile: its funded projects for everyone, and its applications for
 * its members – with a decision only once it is released, and a link for those who manage it.
 */
export const competitionOrganisationSections: OrganisationSectionProvider = async (deps, organisation, viewer, t, locale) => {
  const m = t.competition.organisationPage;
  const sections: OrganisationSection[] = [];
  const projects = await listShowcase(deps.db, { organisationId: organisation.id });
  if (projects.length > 0) {
    sections.push({
      title: m.projects,
      items: projects.map((p) => ({
        href: projectPath(p.slug),
        title: p.title,
        meta: m.projectMeta(p.callTitle, formatEuro(locale, p.amountCents), t.competition.projects.statuses[p.status]),
      })),
    });
  }
  if (!viewer.member && !viewer.manager) return sections;
  const applications = await listApplicationsOfOrganisations(deps.db, [organisation.id]);
  if (applications.length > 0) {
    sections.push({
      title: m.applications,
      items: applications.map((a) => ({
        href: viewer.manager ? applicationPath(a.id) : undefined,
        title: a.title || m.untitled,
        meta: m.applicationMeta(a.callTitle, t.competitionApplications.status[applicantStatus(a.status, a.decisionsReleasedAt !== null)], a.reference),
      })),
    });
  }
  return sections;
};
