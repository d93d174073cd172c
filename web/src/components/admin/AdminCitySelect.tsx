import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../generated';
import { useGraphQLLocale } from '../../i18n';
import { ApiError } from '../ApiError';
import type { FieldControlProps } from '../account/Field';

const ContentAdminCities = graphql(`
  query ContentAdminCities($locale: Locale!) {
    cities {
      id
      name(locale: $locale)
      kind
    }
  }
`);

/** The city whose own content it is, one of the 31; none (the empty value) for province-wide. */
export function AdminCitySelect({
  control,
  value,
  onChange,
}: {
  control: FieldControlProps;
  value: string;
  onChange: (cityId: string) => void;
}) {
  const { t } = useTranslation('admin');
  const locale = useGraphQLLocale();
  const { data, error, refetch } = useQuery(ContentAdminCities, { variables: { locale } });
  const cities = data?.cities.filter((city) => city.kind !== 'PROVINCE');
  if (error && !cities) return <ApiError error={error} onRetry={() => void refetch()} />;
  return (
    <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{t('form.provinceWide')}</option>
      {/* A chosen city stays shown while the list loads. */}
      {!cities && value !== '' && <option value={value}>{value}</option>}
      {cities?.map((city) => (
        <option key={city.id} value={city.id}>
          {city.name}
        </option>
      ))}
    </select>
  );
}
