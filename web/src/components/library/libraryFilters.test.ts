import { describe, expect, it } from 'vitest';
import { apiFilter, filtersFromParams, providersOf, withParam } from './libraryFilters';

describe('filtersFromParams', () => {
  it('reads the filters of the address', () => {
    const params = new URLSearchParams(
      'q=%20marketing%20&kind=YOUTUBE&level=BEGINNER&category=VOCATIONAL&language=EN&provider=GSEEK',
    );
    expect(filtersFromParams(params)).toEqual({
      search: 'marketing',
      kind: 'YOUTUBE',
      level: 'BEGINNER',
      category: 'VOCATIONAL',
      language: 'EN',
      provider: 'GSEEK',
    });
  });

  it('ignores unknown values and cuts the search to 100 characters', () => {
    const params = new URLSearchParams({
      kind: 'PODCAST',
      level: 'beginner',
      language: 'FR',
      q: 'a'.repeat(150),
    });
    const filters = filtersFromParams(params);
    expect(filters).toMatchObject({
      kind: undefined,
      level: undefined,
      language: undefined,
      provider: undefined,
    });
    expect(filters.search).toHaveLength(100);
  });
});

describe('apiFilter', () => {
  it('sends only the filters that are set, and never the provider', () => {
    expect(apiFilter({ search: '', provider: 'GSEEK' })).toEqual({});
    expect(apiFilter({ search: '요리', level: 'ADVANCED' })).toEqual({ search: '요리', level: 'ADVANCED' });
  });
});

describe('withParam', () => {
  it('sets a filter and keeps the others', () => {
    expect(withParam(new URLSearchParams('q=a'), 'kind', 'VIDEO').toString()).toBe('q=a&kind=VIDEO');
  });

  it('removes a filter set to nothing', () => {
    expect(withParam(new URLSearchParams('q=a&kind=VIDEO'), 'kind', '').toString()).toBe('q=a');
  });
});

describe('providersOf', () => {
  it('lists each provider once, sorted', () => {
    expect(
      providersOf([{ provider: 'K-MOOC' }, { provider: 'GSEEK' }, { provider: 'K-MOOC' }], 'en'),
    ).toEqual(['GSEEK', 'K-MOOC']);
  });
});
