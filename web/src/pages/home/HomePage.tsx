import { usePageTitle } from '../../hooks/usePageTitle';
import { HomeFeatured } from './HomeFeatured';
import { HomeHero } from './HomeHero';
import { HomeLiveClasses } from './HomeLiveClasses';
import { HomeNotices } from './HomeNotices';
import { HomeOpenCourses } from './HomeOpenCourses';
import './HomePage.css';

/**
 * The city's front page. The hero and the notices need no request; each other section asks for its
 * own data, so the frame paints at once and the course cards do not wait for the library or live classes.
 */
export function HomePage() {
  usePageTitle(null);
  return (
    <div className="page home">
      <HomeHero />
      <HomeOpenCourses />
      <div className="home__columns">
        <HomeFeatured />
        <HomeLiveClasses />
      </div>
      <HomeNotices />
    </div>
  );
}
