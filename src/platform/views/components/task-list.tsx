import type { ComponentChildren } from 'preact';

/** One task: its page (none while it cannot be started), its name and where it stands. */
export interface Task {
  id: string;
  title: string;
  href?: string | undefined;
  /** the status words, usually a Tag; read out after the task's name */
  status: ComponentChildren;
  hint?: string | undefined;
}

export interface TaskGroup {
  title: string;
  tasks: Task[];
}

/**
 * KERN's task list (the GOV.UK pattern for long applications): numbered groups of tasks, each
 * a link over the whole row while it can be worked on, with its state beside it.
 */
export function TaskList(props: { groups: TaskGroup[] }) {
  return (
    <div class="kern-task-list">
      <div class="kern-task-list-group">
        {props.groups.map((group, g) => (
          <section key={group.title} aria-labelledby={`task-group-${g}`}>
            <div class="kern-task-list__header">
              <h2 class="kern-heading" id={`task-group-${g}`}>
                {`${g + 1}. ${group.title}`}
              </h2>
            </div>
            <ul class="kern-task-list__list">
              {group.tasks.map((task) => (
                <li key={task.id} class="kern-task-list__item">
                  <div class="kern-task-list__title">
                    {task.href ? (
                      <a class="kern-link kern-link--stretched kern-task-list__content-wrapper" href={task.href} aria-describedby={`task-${task.id}-status`}>
                        <span>{task.title}</span>
                      </a>
                    ) : (
                      <div class="kern-task-list__content-wrapper">
                        <span class="kern-body">{task.title}</span>
                      </div>
                    )}
                    {task.hint ? <p class="kern-body kern-body--small">{task.hint}</p> : null}
                  </div>
                  <div class="kern-task-list__status" id={`task-${task.id}-status`}>
                    {task.status}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
