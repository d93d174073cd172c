// The languages the platform speaks: sites, titles, descriptions and messages.
export const locales = ['KO', 'EN', 'ZH', 'VI'] as const;

export type Locale = (typeof locales)[number];
