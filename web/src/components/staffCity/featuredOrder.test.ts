import { describe, expect, it } from 'vitest';
import { addItem, MAX_FEATURED, moveItem, removeItem, sameOrder } from './featuredOrder';

describe('moveItem', () => {
  it('moves an item one place up or down', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('leaves the list as it is at either end or for an index outside it', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 5, -1)).toEqual(['a', 'b']);
  });

  it('does not change the list it was given', () => {
    const list = ['a', 'b'];
    moveItem(list, 0, 1);
    expect(list).toEqual(['a', 'b']);
  });
});

describe('addItem and removeItem', () => {
  it('adds at the end, once', () => {
    expect(addItem(['a'], 'b')).toEqual(['a', 'b']);
    expect(addItem(['a', 'b'], 'a')).toEqual(['a', 'b']);
  });

  it(`adds nothing to a list of ${MAX_FEATURED}`, () => {
    const full = Array.from({ length: MAX_FEATURED }, (_, i) => `c${i}`);
    expect(addItem(full, 'new')).toEqual(full);
    expect(addItem(full.slice(1), 'new')).toHaveLength(MAX_FEATURED);
  });

  it('removes the one given', () => {
    expect(removeItem(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
    expect(removeItem(['a'], 'x')).toEqual(['a']);
  });
});

describe('sameOrder', () => {
  it('is true only for the same ids in the same order', () => {
    expect(sameOrder(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameOrder(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameOrder(['a'], ['a', 'b'])).toBe(false);
    expect(sameOrder([], [])).toBe(true);
  });
});
