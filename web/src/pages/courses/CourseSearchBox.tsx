import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SEARCH_LENGTH } from './courseSearch';

const TYPING_PAUSE_MS = 500;

/**
 * The search text. It searches on Enter, and also after a pause in typing (replacing the current
 * history entry, so that the back button does not step through every letter).
 */
export function CourseSearchBox({
  value,
  onSearch,
}: {
  value: string;
  onSearch: (text: string, replace: boolean) => void;
}) {
  const { t } = useTranslation(['courses', 'common']);
  const id = useId();
  const [text, setText] = useState(value);
  const written = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // The address changed from outside (back button, "clear filters", the home page's search box).
  useEffect(() => {
    if (value !== written.current) {
      written.current = value;
      setText(value);
    }
  }, [value]);

  useEffect(() => () => clearTimeout(timer.current), []);

  function send(next: string, replace: boolean) {
    clearTimeout(timer.current);
    const trimmed = next.trim();
    if (trimmed === written.current) return;
    written.current = trimmed;
    onSearch(trimmed, replace);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    send(text, false);
  }

  function change(next: string) {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => send(next, true), TYPING_PAUSE_MS);
  }

  return (
    <search className="course-search">
      <form onSubmit={submit}>
        <label htmlFor={id}>{t('list.searchLabel')}</label>
        <div className="course-search__row">
          <input
            id={id}
            type="search"
            name="search"
            data-testid="course-search"
            value={text}
            maxLength={MAX_SEARCH_LENGTH}
            placeholder={t('list.searchPlaceholder')}
            onChange={(event) => change(event.target.value)}
          />
          <button type="submit" className="button">
            {t('list.searchButton')}
          </button>
        </div>
      </form>
    </search>
  );
}
