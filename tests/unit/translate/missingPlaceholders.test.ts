import { describe, expect, it } from 'vitest';
import { missingPlaceholders, placeholdersOf } from '../../../src/translate/missingPlaceholders.ts';

describe('the placeholders a translation must keep', () => {
  it('finds kaartwerk\'s {paper} and {size} and every Handlebars expression, blocks and triple braces included', () => {
    expect(placeholdersOf('poster {size} op {paper}-tegels')).toEqual(['{size}', '{paper}']);
    expect(placeholdersOf('Wat {{#if deck.title}}wil{{/if}} {{{ card.index }}} je?')).toEqual(['{{#if deck.title}}', '{{/if}}', '{{{card.index}}}']);
    // braces around words with spaces, or empty, are text
    expect(placeholdersOf('{ niet } {} {{deck.title}}')).toEqual(['{{deck.title}}']);
  });

  it('names what the target drops or misspells, once each, in the source\'s order', () => {
    expect(missingPlaceholders('poster {size} op {paper}-tegels', '{papier} parçalarında poster')).toEqual(['{size}', '{paper}']);
    expect(missingPlaceholders('{{deck.title}} en {{deck.title}}', '{{deck.titel}}')).toEqual(['{{deck.title}}']);
    expect(missingPlaceholders('kaarten op {paper}-vellen', '{paper} sayfalarında kartlar')).toEqual([]);
    // moved, repeated or spaced inside the braces: still kept
    expect(missingPlaceholders('Met {{deck.title}} laat je', 'ile {{ deck.title }} ve {{deck.title}}')).toEqual([]);
    expect(missingPlaceholders('zonder', 'sans')).toEqual([]);
  });
});
