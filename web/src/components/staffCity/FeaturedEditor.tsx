import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../lib/errors';
import { ApiError } from '../ApiError';
import { ContentPicker } from './ContentPicker';
import { type FeaturedContent, FeaturedContentRow } from './FeaturedContentRow';
import { addItem, MAX_FEATURED, moveItem, removeItem, sameOrder } from './featuredOrder';
import { useFeatureContents } from './useFeatureContents';

type Announcement = {
  key: 'moved' | 'removed' | 'added' | 'saved' | 'reset';
  title?: string;
  position?: number;
};

/**
 * The city's featured contents as staff arrange them: moved up and down, removed, added from the
 * library, then saved in one call. Nothing reaches the site before Save; a failed save keeps the
 * arrangement on the page.
 */
export function FeaturedEditor({ cityId, saved }: { cityId: string; saved: readonly FeaturedContent[] }) {
  const { t } = useTranslation('staffCity');
  const savedIds = saved.map((content) => content.id);
  const [order, setOrder] = useState<string[]>(savedIds);
  const [known, setKnown] = useState(() => new Map(saved.map((content) => [content.id, content])));
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const { save, saving, error, reset } = useFeatureContents(cityId);
  const changed = !sameOrder(order, savedIds);

  // Focus follows the moved content (its button in the same direction, or the other one at an end).
  useEffect(() => {
    if (!focusTarget || !list.current) return;
    const [id, by] = focusTarget.split(':');
    const same = list.current.querySelector<HTMLButtonElement>(`[data-move="${id}:${by}"]`);
    const other = list.current.querySelector<HTMLButtonElement>(
      `[data-move="${id}:${by === '1' ? '-1' : '1'}"]`,
    );
    (same && !same.disabled ? same : other)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const titleOf = (id: string) => known.get(id)?.title ?? '';
  const change = (next: string[], said: Announcement) => {
    reset();
    setOrder(next);
    setAnnouncement(said);
  };
  const move = (index: number, by: -1 | 1) => {
    const id = order[index];
    if (!id) return;
    change(moveItem(order, index, by), { key: 'moved', title: titleOf(id), position: index + by + 1 });
    setFocusTarget(`${id}:${by}`);
  };
  const remove = (index: number) => {
    const id = order[index];
    if (!id) return;
    change(removeItem(order, id), { key: 'removed', title: titleOf(id) });
    // The next content's remove button, else the previous one's, else the list's heading.
    window.setTimeout(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>('[data-testid="remove-featured"]');
      const next = buttons?.[Math.min(index, (buttons?.length ?? 1) - 1)];
      (next ?? list.current?.querySelector<HTMLElement>('h3'))?.focus();
    });
  };
  const add = (content: FeaturedContent) => {
    setKnown((current) => new Map(current).set(content.id, content));
    change(addItem(order, content.id), { key: 'added', title: content.title, position: order.length + 1 });
  };
  const submit = async () => {
    if (await save(order)) setAnnouncement({ key: 'saved' });
  };
  const undo = () => change(savedIds, { key: 'reset' });

  const contents = order.flatMap((id) => {
    const content = known.get(id);
    return content ? [content] : [];
  });

  return (
    <div className="featured-editor" ref={list}>
      <div className="featured-editor__head">
        <h3 tabIndex={-1}>{t('featured.listTitle')}</h3>
        <p className="muted" data-testid="featured-count">
          {t('featured.count', { count: order.length, max: MAX_FEATURED })}
        </p>
      </div>
      <p role="status" aria-live="polite" className="featured-editor__status" data-testid="featured-status">
        {announcement &&
          t(`featured.said.${announcement.key}`, {
            title: announcement.title ?? '',
            position: announcement.position ?? 0,
          })}
      </p>
      {contents.length === 0 ? (
        <p className="notice">{t('featured.empty')}</p>
      ) : (
        <ol className="featured-list">
          {contents.map((content, index) => (
            <FeaturedContentRow
              key={content.id}
              content={content}
              position={index + 1}
              count={contents.length}
              onMove={(by) => move(index, by)}
              onRemove={() => remove(index)}
            />
          ))}
        </ol>
      )}
      {changed && (
        <p className="notice" data-testid="featured-unsaved">
          {t('featured.unsaved')}
        </p>
      )}
      {error !== undefined && (
        <ApiError
          error={error}
          message={hasErrorCode(error, 'BAD_USER_INPUT') ? t('featured.saveRefused') : undefined}
        />
      )}
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => void submit()}
          disabled={saving || !changed}
          data-testid="save-featured"
        >
          {saving ? t('featured.saving') : t('featured.save')}
        </button>
        {changed && (
          <button type="button" className="button button--secondary" onClick={undo} disabled={saving}>
            {t('featured.undo')}
          </button>
        )}
      </div>
      <ContentPicker chosen={order} full={order.length >= MAX_FEATURED} onAdd={add} />
    </div>
  );
}
