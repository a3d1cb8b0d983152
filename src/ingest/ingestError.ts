/** A run that could not complete (missing input, unreadable manifest, folder in use…): one clear line. */
export class IngestError extends Error {}
