import { useTranslation } from 'react-i18next';
import { useFormDraft } from '../../hooks/useFormDraft';
import { useGraphQLLocale } from '../../i18n';
import { ContentForm } from './ContentForm';
import { EMPTY_DRAFT } from './contentDraft';
import { type SavedContent, useSaveContent } from './useSaveContent';

/** A new content for the library; what was typed survives errors and reloads of the page. */
export function AddContent({
  onSaved,
  onCancel,
}: {
  onSaved: (content: SavedContent) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('admin');
  const locale = useGraphQLLocale();
  const [values, set, clear] = useFormDraft('admin-content', EMPTY_DRAFT);
  const { save, saving, error, localField } = useSaveContent();
  const submit = async () => {
    const saved = await save(values, locale);
    if (!saved) return;
    clear();
    onSaved(saved);
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
      submitLabel={t('form.add')}
    />
  );
}
