import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../generated';
import { useLocale } from '../../i18n';
import { ContentFacts } from './ContentFacts';
import { percentText } from './percentText';

export const ContentCardFragment = graphql(`
  fragment LibraryContentCard_content on Content {
    id
    title(locale: $locale)
    kind
    level
    category
    provider
    durationMinutes
    languages
    myProgress {
      percent
      completedAt
    }
  }
`);

/** One content in the library's results: its title links to the content page. */
export function ContentCard(props: { content: FragmentType<typeof ContentCardFragment>; signedIn: boolean }) {
  const content = getFragmentData(ContentCardFragment, props.content);
  const { t } = useTranslation('library');
  const { locale } = useLocale();
  const progress = content.myProgress;
  return (
    <li className="card content-card">
      <h2 className="content-card__title">
        <Link to={`/library/${encodeURIComponent(content.id)}`} data-testid="content-card">
          {content.title}
        </Link>
      </h2>
      <ContentFacts content={content} />
      {props.signedIn && (
        <p className="content-card__progress">
          {progress?.completedAt
            ? t('card.finished', { percent: percentText(progress.percent, locale) })
            : progress
              ? t('card.progress', { percent: percentText(progress.percent, locale) })
              : t('card.notStarted')}
        </p>
      )}
    </li>
  );
}
