import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../app/Loading';
import { graphql } from '../../generated';
import { useGraphQLLocale } from '../../i18n';
import { ApiError } from '../ApiError';
import { ContentForm } from './ContentForm';
import { type ContentDraft, draftFromContent } from './contentDraft';
import { type SavedContent, useSaveContent } from './useSaveContent';

// Each text per locale: a missing translation answers the Korean one (draftFromContent drops it).
const ContentAdminEditContent = graphql(`
  query ContentAdminEditContent($id: ID!) {
    content(id: $id) {
      id
      titleKo: title(locale: KO)
      titleEn: title(locale: EN)
      titleZh: title(locale: ZH)
      titleVi: title(locale: VI)
      descriptionKo: description(locale: KO)
      descriptionEn: description(locale: EN)
      descriptionZh: description(locale: ZH)
      descriptionVi: description(locale: VI)
      kind
      provider
      url
      level
      category
      durationMinutes
      languages
      retiredAt
      city {
        id
      }
    }
  }
`);

/** A stored content's form, prefilled; saving replaces all of its fields. */
export function EditContent({
  id,
  onSaved,
  onCancel,
}: {
  id: string;
  onSaved: (content: SavedContent) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('admin');
  const { data, loading, error, refetch } = useQuery(ContentAdminEditContent, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ApiError error={error} onRetry={() => void refetch()} />;
  if (!data?.content) return <p className="notice">{t('edit.gone')}</p>;
  return (
    <EditForm
      key={id}
      id={id}
      initial={draftFromContent(data.content, data.content.city?.id)}
      onSaved={onSaved}
      onCancel={onCancel}
    />
  );
}

function EditForm({
  id,
  initial,
  onSaved,
  onCancel,
}: {
  id: string;
  initial: ContentDraft;
  onSaved: (content: SavedContent) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('admin');
  const locale = useGraphQLLocale();
  const [values, setValues] = useState(initial);
  const set = useCallback(
    (name: keyof ContentDraft, value: string) => setValues((current) => ({ ...current, [name]: value })),
    [],
  );
  const { save, saving, error, localField } = useSaveContent(id);
  const submit = async () => {
    const saved = await save(values, locale);
    if (saved) onSaved(saved);
  };
  return (
    <ContentForm
      values={values}
      set={set}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      saving={saving}
      error={error}
      localField={localField}
      submitLabel={t('form.save')}
      cityHint={t('hints.cityEdit')}
    />
  );
}
