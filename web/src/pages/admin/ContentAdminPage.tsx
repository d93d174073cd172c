import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AddContent } from '../../components/admin/AddContent';
import { ContentAdminList } from '../../components/admin/ContentAdminList';
import { EditContent } from '../../components/admin/EditContent';
import type { SavedContent } from '../../components/admin/useSaveContent';
import { RequireRole } from '../../components/RequireRole';
import { usePageTitle } from '../../hooks/usePageTitle';
import './admin.css';

/** The province admin's curation of the shared library: search, add, edit and retire contents. */
export function ContentAdminPage() {
  return (
    <RequireRole roles={['PROVINCE_ADMIN']}>
      <ContentAdmin />
    </RequireRole>
  );
}

type Mode = { kind: 'closed' } | { kind: 'add' } | { kind: 'edit'; id: string };
type Outcome = { kind: 'saved'; content: SavedContent } | { kind: 'retired'; title: string };

function ContentAdmin() {
  const { t } = useTranslation('admin');
  usePageTitle(t('page.title'));
  const [mode, setMode] = useState<Mode>({ kind: 'closed' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const modeKey = mode.kind === 'edit' ? mode.id : mode.kind;

  // An opened form is where the admin works next: its heading takes focus (and comes into view).
  useEffect(() => {
    if (modeKey !== 'closed') formHeading.current?.focus();
  }, [modeKey]);

  const open = (next: Mode) => {
    setOutcome(null);
    setMode(next);
  };
  const close = () => {
    setMode({ kind: 'closed' });
    window.setTimeout(() => addButton.current?.focus());
  };
  const saved = (content: SavedContent) => {
    setOutcome({ kind: 'saved', content });
    close();
  };

  return (
    <div className="page content-admin" data-testid="content-admin">
      <h1>{t('page.title')}</h1>
      <p>{t('page.intro')}</p>
      <div role="status" aria-live="polite" className="content-admin__outcome">
        {outcome?.kind === 'saved' && (
          <p className="notice notice--success" data-testid="content-saved">
            <span>{t('saved.text', { title: outcome.content.title })}</span>{' '}
            <Link to={`/library/${encodeURIComponent(outcome.content.id)}`}>{t('saved.open')}</Link>
          </p>
        )}
        {outcome?.kind === 'retired' && (
          <p className="notice notice--success">{t('retire.done', { title: outcome.title })}</p>
        )}
      </div>
      {mode.kind === 'closed' && (
        <div className="actions">
          <button ref={addButton} type="button" className="button" onClick={() => open({ kind: 'add' })}>
            {t('add.open')}
          </button>
        </div>
      )}
      <div
        className={
          mode.kind === 'closed' ? 'content-admin__body' : 'content-admin__body content-admin__body--form'
        }
      >
        {mode.kind !== 'closed' && (
          <section className="content-admin__form" aria-labelledby="content-form-title">
            <h2 id="content-form-title" ref={formHeading} tabIndex={-1}>
              {mode.kind === 'add' ? t('add.title') : t('edit.title')}
            </h2>
            {mode.kind === 'add' ? (
              <AddContent onSaved={saved} onCancel={close} />
            ) : (
              <EditContent id={mode.id} onSaved={saved} onCancel={close} />
            )}
          </section>
        )}
        <section className="content-admin__library" aria-labelledby="content-admin-library">
          <h2 id="content-admin-library">{t('list.title')}</h2>
          <ContentAdminList
            onEdit={(id) => open({ kind: 'edit', id })}
            onRetired={(title) => setOutcome({ kind: 'retired', title })}
          />
        </section>
      </div>
    </div>
  );
}
