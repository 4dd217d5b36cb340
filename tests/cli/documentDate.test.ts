import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { documentDate } from '../../src/model/documentDate.ts';
import { documentInfo } from '../helpers/pdf.ts';
import { fixtureProject, run } from '../helpers/project.ts';

/** The PDF's CreationDate, read back from its Info dictionary. */
const creationDate = async (file: string) => (await documentInfo(file)).creationDate?.toISOString();

describe('the date in the PDFs', () => {
  const saved = process.env.SOURCE_DATE_EPOCH;
  afterEach(() => {
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = saved;
  });

  it('comes from SOURCE_DATE_EPOCH when it is a positive number, else a fixed date', () => {
    expect(documentDate({ SOURCE_DATE_EPOCH: '1700000000' })).toBe('2023-11-14T22:13:20.000Z');
    expect(documentDate({})).toBe('2024-01-01T00:00:00.000Z');
    expect(documentDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toBe('2024-01-01T00:00:00.000Z');
  });

  it('is part of the content hash: a new date renders the files again, the same date keeps them', async () => {
    const dir = fixtureProject('_base');
    const cards = path.join(dir, 'output/default/nl/proef.cards.pdf');
    delete process.env.SOURCE_DATE_EPOCH;
    expect((await run(dir, 'build')).code).toBe(0);
    expect(await creationDate(cards)).toBe('2024-01-01T00:00:00.000Z');
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    const again = await run(dir, 'build');
    expect(again.stdout).toMatch(/: 2 files written, 0 unchanged/);
    expect(await creationDate(cards)).toBe('2023-11-14T22:13:20.000Z');
    expect((await run(dir, 'build')).stdout).toMatch(/: 0 files written, 2 unchanged/);
  });
});
