import { useTranslation } from 'react-i18next';
import type { ContentKind, ContentLevel, LearningCategory, Locale } from '../../generated/graphql';

export interface ContentFactsValue {
  kind: ContentKind;
  level: ContentLevel;
  category: LearningCategory;
  provider: string;
  durationMinutes: number;
  languages: readonly Locale[];
}

/** What a content is, in words: kind, level, area, provider, running time and languages. */
export function ContentFacts({ content }: { content: ContentFactsValue }) {
  const { t } = useTranslation('library');
  const { t: common } = useTranslation();
  const languages = content.languages.map((language) => common(`localeName.${language}`)).join(', ');
  const facts: [string, string][] = [
    [t('facts.kind'), common(`kind.${content.kind}`)],
    [t('facts.level'), common(`level.${content.level}`)],
    [t('facts.category'), common(`category.${content.category}`)],
    [t('facts.provider'), content.provider],
    [
      content.kind === 'DOCUMENT' ? t('facts.readingTime') : t('facts.duration'),
      common('units.minutes', { count: content.durationMinutes }),
    ],
    [t('facts.languages'), languages],
  ];
  return (
    <dl className="content-facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
