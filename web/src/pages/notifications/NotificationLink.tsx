import { Link } from 'react-router';

/**
 * A message's link: a page of this site (a course) opens in the site; anything else (a
 * certificate's public verification, a live class) as the address it is.
 */
export function NotificationLink({ href, label }: { href: string; label: string }) {
  const course = /\/courses\/[0-9a-f-]{36}$/i.exec(href);
  if (course) {
    return (
      <Link to={course[0]} className="notification__link">
        {label}
      </Link>
    );
  }
  return (
    <a href={href} className="notification__link" rel="noopener">
      {label}
    </a>
  );
}
