import { useEffect } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../generated';
import { accessiblePrimary } from '../lib/color';

export const CityTheme_city = graphql(`
  fragment CityTheme_city on City {
    id
    site {
      siteName
      primaryColor
    }
  }
`);

/** Applies the city's color (made readable under white text) and site name to the whole document. */
export function useCityTheme(
  cityRef: FragmentType<typeof CityTheme_city> | null | undefined,
  fallbackTitle: string,
) {
  const city = getFragmentData(CityTheme_city, cityRef);
  const color = city?.site.primaryColor;
  const title = city?.site.siteName ?? fallbackTitle;

  useEffect(() => {
    if (color === undefined) return;
    document.documentElement.style.setProperty('--city-primary', accessiblePrimary(color));
  }, [color]);

  useEffect(() => {
    document.title = title;
  }, [title]);
}
