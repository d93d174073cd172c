import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../generated';
import { useGraphQLLocale } from '../../i18n';
import { ApiError } from '../ApiError';
import type { FieldControlProps } from './Field';

const CitySelectCities = graphql(`
  query CitySelectCities($locale: Locale!) {
    cities {
      id
      name(locale: $locale)
      kind
    }
  }
`);

/** The 31 cities and counties a resident can live in (the province itself is no residence). */
export function CitySelect({
  control,
  value,
  onChange,
  testId,
  exclude,
}: {
  control: FieldControlProps;
  value: string;
  /** The chosen city's id and its name in the current language. */
  onChange: (cityId: string, name: string) => void;
  testId?: string;
  /** A city not to offer, e.g. where the resident lives now. */
  exclude?: string;
}) {
  const { t } = useTranslation(['account', 'common']);
  const locale = useGraphQLLocale();
  const { data, error, refetch } = useQuery(CitySelectCities, { variables: { locale } });
  const cities = data?.cities.filter((city) => city.kind !== 'PROVINCE' && city.id !== exclude);
  if (error && !cities) return <ApiError error={error} onRetry={() => void refetch()} />;
  return (
    <select
      {...control}
      value={cities ? value : ''}
      onChange={(event) => {
        const city = cities?.find((c) => c.id === event.target.value);
        onChange(event.target.value, city?.name ?? '');
      }}
      disabled={!cities}
      data-testid={testId}
    >
      {!cities && <option value="">{t('city.loading')}</option>}
      {cities && !cities.some((city) => city.id === value) && <option value="">{t('city.choose')}</option>}
      {cities?.map((city) => (
        <option key={city.id} value={city.id}>
          {city.name}
        </option>
      ))}
    </select>
  );
}
