import { type FragmentType, getFragmentData, graphql } from '../../generated';
import type { CityRow } from './cityRows';

/** What the table, the chart and the headline read of each city: aggregates only, no person. */
export const CityRows_stats = graphql(`
  fragment CityRows_stats on ProvinceStats {
    cities {
      city {
        id
        name(locale: $locale)
      }
      activeLearners
      participationRate
      enrollments
      completions
      completionRate
      learningHours
    }
  }
`);

export function cityRowsOf(stats: FragmentType<typeof CityRows_stats>): CityRow[] {
  return getFragmentData(CityRows_stats, stats).cities.map(({ city, ...numbers }) => ({
    id: city.id,
    name: city.name,
    ...numbers,
  }));
}
