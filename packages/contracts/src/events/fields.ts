// The field shapes learning events are made of, shared by every verb's schema.
import { z } from 'zod';
import { learningCategoryIds } from '../reference/categories.ts';

/** Any RFC 4122 layout, including the stable (SHA-256, version 5 layout) ids producers derive. */
export const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
  error: 'must be a UUID',
});

/** A tenant id: the province or one of its cities, e.g. "siheung". */
export const tenantId = z.string().min(1).max(40);

/** RFC 3339 with an offset; producers write UTC (`Date.toISOString()`). */
export const instant = z.iso.datetime({ offset: true });

export const category = z.enum(learningCategoryIds);

/** Learning hours credited by one event. */
export const hours = z.number().finite().min(0).max(1000);

/** A title as the producer knew it when the event happened (printed on certificates). */
export const title = z.string().min(1).max(300);
