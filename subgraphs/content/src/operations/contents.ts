// Curating the shared library (province admins): add, replace and retire contents.
import {
  conflict,
  creationKey,
  forbidden,
  isProvinceAdmin,
  notFound,
  sameCreation,
  unauthenticated,
} from '@baeumteo/server';
import type { Context } from '../context.ts';
import type { ContentRow } from '../db/schema.ts';
import { type ContentInput, checkContent } from '../rules/contentInput.ts';

function requireCurator(ctx: Context): void {
  if (!ctx.caller) throw unauthenticated();
  if (!isProvinceAdmin(ctx.caller)) throw forbidden('Only province admins curate the shared library.');
}

export async function createContent(
  ctx: Context,
  input: ContentInput,
  idempotencyKey?: string | null,
): Promise<ContentRow> {
  requireCurator(ctx);
  const key = creationKey(ctx.caller, idempotencyKey);
  const checked = checkContent(input);
  const result = await ctx.repo.contents.create(checked, key);
  return sameCreation(result, (row) => row.url === checked.url, 'content');
}

export async function updateContent(ctx: Context, id: string, input: ContentInput): Promise<ContentRow> {
  requireCurator(ctx);
  const checked = checkContent(input);
  const updated = await ctx.repo.contents.update(id, checked);
  if (!updated) throw notFound('No content with this id.');
  ctx.loaders.contentById.clear(id).prime(id, updated);
  return updated;
}

export async function retireContent(ctx: Context, id: string): Promise<ContentRow> {
  requireCurator(ctx);
  const result = await ctx.repo.contents.retire(id);
  if (result.status === 'MISSING') throw notFound('No content with this id.');
  if (result.status === 'ALREADY') throw conflict('This content is already retired.');
  return result.row as ContentRow;
}
