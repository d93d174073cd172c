import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../components/ApiError';
import { graphql } from '../../generated';
import type { Locale, NotificationChannel } from '../../generated/graphql';
import { LOCALE_NAMES } from '../../i18n/locale';
import { type ChoosableKind, kindKey } from './kinds';

export const PreferencesFormSave = graphql(`
  mutation PreferencesFormSave($input: NotificationPreferencesInput!) {
    setNotificationPreferences(input: $input) {
      language
      kinds {
        kind
        channels
        timeCritical
      }
    }
  }
`);

export interface KindChoice {
  kind: ChoosableKind;
  channels: readonly NotificationChannel[];
  timeCritical: boolean;
}

const languages: readonly Locale[] = ['KO', 'EN', 'ZH', 'VI'];
const channels: readonly NotificationChannel[] = ['EMAIL', 'KAKAO'];

/**
 * Which kinds of message come by which channel, and in which language: a table of checkboxes,
 * saved at once. Account messages are not in it: they always come by email.
 */
export function PreferencesForm({
  language,
  kinds,
  hasPhone,
}: {
  language: Locale | null;
  kinds: readonly KindChoice[];
  hasPhone: boolean;
}) {
  const { t } = useTranslation(['notifications', 'common']);
  const stored = () => ({
    language: (language ?? '') as Locale | '',
    kinds: new Map(kinds.map((k) => [k.kind, new Set(k.channels)])),
  });
  const [chosenLanguage, setLanguage] = useState<Locale | ''>(() => stored().language);
  const [chosen, setChosen] = useState(() => stored().kinds);
  const [save, saving] = useMutation(PreferencesFormSave, { refetchQueries: ['NotificationSettingsPage'] });
  const [saved, setSaved] = useState(false);
  const [edited, setEdited] = useState(false);

  // What is stored may change while the page is open (read again after saving, or changed by an
  // unsubscribe link): the form shows it unless the learner is in the middle of a change.
  const storedKey = JSON.stringify({ language, kinds });
  useEffect(() => {
    if (edited) return;
    const now = stored();
    setLanguage(now.language);
    setChosen(now.kinds);
  }, [storedKey]);

  const toggle = (kind: ChoosableKind, channel: NotificationChannel, on: boolean) => {
    setSaved(false);
    setEdited(true);
    setChosen((current) => {
      const next = new Map(current);
      const set = new Set(next.get(kind));
      if (on) set.add(channel);
      else set.delete(channel);
      next.set(kind, set);
      return next;
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    try {
      await save({
        variables: {
          input: {
            language: chosenLanguage || null,
            kinds: [...chosen].map(([kind, set]) => ({ kind, channels: channels.filter((c) => set.has(c)) })),
          },
        },
      });
      setSaved(true);
      setEdited(false);
    } catch {
      // shown below
    }
  };

  return (
    <section className="card preferences-form" aria-labelledby="preferences-title">
      <h2 id="preferences-title">{t('preferences.title')}</h2>
      <p>{t('preferences.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="preferences-language">{t('preferences.language')}</label>
          <select
            id="preferences-language"
            data-testid="preferences-language"
            value={chosenLanguage}
            onChange={(e) => {
              setSaved(false);
              setEdited(true);
              setLanguage(e.target.value as Locale | '');
            }}
          >
            <option value="">{t('preferences.accountLanguage')}</option>
            {languages.map((l) => (
              <option key={l} value={l} lang={l.toLowerCase()}>
                {LOCALE_NAMES[l.toLowerCase() as keyof typeof LOCALE_NAMES]}
              </option>
            ))}
          </select>
        </div>
        <table className="preferences-table">
          <caption>{t('preferences.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('preferences.kind')}</th>
              <th scope="col">{t('preferences.channel.EMAIL')}</th>
              <th scope="col">{t('preferences.channel.KAKAO')}</th>
            </tr>
          </thead>
          <tbody>
            {kinds.map(({ kind, timeCritical }) => (
              <tr key={kind} data-testid="preference" data-kind={kind}>
                <th scope="row">
                  {t(kindKey(kind))}
                  {timeCritical && (
                    <span className="preferences-table__note">{t('preferences.atNight')}</span>
                  )}
                </th>
                {channels.map((channel) => (
                  <td key={channel}>
                    <input
                      type="checkbox"
                      data-testid={`preference-${kind}-${channel}`}
                      aria-label={`${t(kindKey(kind))}: ${t(`preferences.channel.${channel}`)}`}
                      checked={chosen.get(kind)?.has(channel) ?? false}
                      onChange={(e) => toggle(kind, channel, e.target.checked)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {!hasPhone && <p className="preferences-form__hint">{t('preferences.kakaoNeedsPhone')}</p>}
        {saving.error && <ApiError error={saving.error} />}
        <div className="actions">
          <button type="submit" className="button" data-testid="save-preferences" disabled={saving.loading}>
            {t('preferences.save')}
          </button>
          <span role="status">
            {saved && (
              <span className="notice notice--success" data-testid="preferences-saved">
                {t('preferences.saved')}
              </span>
            )}
          </span>
        </div>
      </form>
    </section>
  );
}
