import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CATEGORIES,
  type FilterName,
  KINDS,
  LANGUAGES,
  LEVELS,
  type LibraryFilters,
  SEARCH_MAX_LENGTH,
} from './libraryFilters';

/** How long typing may pause before the search runs. */
const SEARCH_DELAY_MS = 400;

interface Props {
  filters: LibraryFilters;
  /** The providers the provider filter offers (those of the loaded contents). */
  providers: readonly string[];
  onSearch: (search: string) => void;
  onFilter: (name: FilterName, value: string) => void;
}

function FilterSelect(props: {
  label: string;
  anyLabel: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  hint?: string;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={props.className ? `field ${props.className}` : 'field'}>
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value ?? ''}
        onChange={(event) => props.onChange(event.target.value)}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
      >
        <option value="">{props.anyLabel}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {props.hint && (
        <span className="field__hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      )}
    </div>
  );
}

/** The library's search box and filters; the search runs as the visitor types (or on Enter). */
export function LibraryFiltersForm({ filters, providers, onSearch, onFilter }: Props) {
  const { t } = useTranslation('library');
  const { t: common } = useTranslation();
  const searchId = useId();
  const [text, setText] = useState(filters.search);

  // Back/Forward or a link changed the address: show its search.
  useEffect(
    () => setText((current) => (current.trim() === filters.search ? current : filters.search)),
    [filters.search],
  );

  useEffect(() => {
    if (text.trim() === filters.search) return;
    const timer = window.setTimeout(() => onSearch(text), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, filters.search, onSearch]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text);
  };

  const providerOptions =
    filters.provider && !providers.includes(filters.provider) ? [filters.provider, ...providers] : providers;

  return (
    <search aria-label={t('filters.label')}>
      <form className="library-filters" onSubmit={submit}>
        <div className="field library-filters__search">
          <label htmlFor={searchId}>{t('filters.search')}</label>
          <div className="library-filters__search-row">
            <input
              id={searchId}
              type="search"
              data-testid="content-search"
              value={text}
              maxLength={SEARCH_MAX_LENGTH}
              aria-describedby={`${searchId}-hint`}
              onChange={(event) => setText(event.target.value)}
            />
            <button type="submit" className="button">
              {t('filters.submit')}
            </button>
          </div>
          <span className="field__hint" id={`${searchId}-hint`}>
            {t('filters.searchHint')}
          </span>
        </div>
        <FilterSelect
          label={t('filters.kind')}
          anyLabel={t('filters.any')}
          value={filters.kind}
          options={KINDS.map((kind) => ({ value: kind, label: common(`kind.${kind}`) }))}
          onChange={(value) => onFilter('kind', value)}
        />
        <FilterSelect
          label={t('filters.level')}
          anyLabel={t('filters.any')}
          value={filters.level}
          options={LEVELS.map((level) => ({ value: level, label: common(`level.${level}`) }))}
          onChange={(value) => onFilter('level', value)}
        />
        <FilterSelect
          label={t('filters.category')}
          anyLabel={t('filters.any')}
          value={filters.category}
          options={CATEGORIES.map((category) => ({ value: category, label: common(`category.${category}`) }))}
          onChange={(value) => onFilter('category', value)}
        />
        <FilterSelect
          label={t('filters.language')}
          anyLabel={t('filters.any')}
          value={filters.language}
          options={LANGUAGES.map((language) => ({
            value: language,
            label: common(`localeName.${language}`),
          }))}
          onChange={(value) => onFilter('language', value)}
        />
        <FilterSelect
          label={t('filters.provider')}
          anyLabel={t('filters.any')}
          value={filters.provider}
          options={providerOptions.map((provider) => ({ value: provider, label: provider }))}
          onChange={(value) => onFilter('provider', value)}
          hint={t('filters.providerHint')}
          className="library-filters__provider"
        />
      </form>
    </search>
  );
}
