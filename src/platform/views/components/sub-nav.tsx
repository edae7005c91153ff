/** A row of links between the parts of one thing, the current one marked. */
export function SubNav(props: { label: string; items: { href: string; label: string; current: boolean }[] }) {
  return (
    <nav class="dk-subnav" aria-label={props.label}>
      <ul class="dk-subnav__list">
        {props.items.map((item) => (
          <li key={item.href}>
            <a class="dk-subnav__link" href={item.href} aria-current={item.current ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
