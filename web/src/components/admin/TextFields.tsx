import { useTranslation } from 'react-i18next';
import { Field } from '../account/Field';
import { CONTENT_RULES, type ContentDraft, type Suffix, TRANSLATED } from './contentDraft';

/** The title and description of a content in each of the four languages; Korean is required. */
export function TextFields({
  values,
  set,
  errorFor,
}: {
  values: ContentDraft;
  set: (name: keyof ContentDraft, value: string) => void;
  errorFor: (field: string) => string | undefined;
}) {
  const { t } = useTranslation(['admin', 'common']);
  return (
    <>
      {TRANSLATED.map((suffix: Suffix) => {
        const language = t(`common:localeName.${suffix.toUpperCase() as 'KO' | 'EN' | 'ZH' | 'VI'}`);
        const korean = suffix === 'Ko';
        const title = `title${suffix}` as const;
        const description = `description${suffix}` as const;
        return (
          <fieldset key={suffix} className="content-form__language">
            <legend>
              {korean ? t('form.koreanLegend', { language }) : t('form.languageLegend', { language })}
            </legend>
            <Field
              label={t('form.title', { language })}
              hint={
                korean
                  ? t('hints.titleRequired', { max: CONTENT_RULES.title })
                  : t('hints.titleOptional', { max: CONTENT_RULES.title })
              }
              error={errorFor(`input.${title}`)}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  lang={suffix.toLowerCase()}
                  value={values[title]}
                  onChange={(e) => set(title, e.target.value)}
                  required={korean}
                />
              )}
            </Field>
            <Field
              label={t('form.description', { language })}
              hint={
                korean
                  ? t('hints.descriptionRequired', { max: CONTENT_RULES.description })
                  : t('hints.descriptionOptional', { max: CONTENT_RULES.description })
              }
              error={errorFor(`input.${description}`)}
            >
              {(control) => (
                <textarea
                  {...control}
                  lang={suffix.toLowerCase()}
                  rows={korean ? 4 : 3}
                  value={values[description]}
                  onChange={(e) => set(description, e.target.value)}
                  required={korean}
                />
              )}
            </Field>
          </fieldset>
        );
      })}
    </>
  );
}
