import pkg from '../package.json' with { type: 'json' };

/** The version of kaartwerk: part of every output's content hash, so a new version rebuilds everything. */
export const VERSION: string = pkg.version;
