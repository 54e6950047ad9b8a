/** A problem with one input that stops its page from being written. The message is for editors. */
export class IngestError extends Error {
  override name = 'IngestError';
}

/** Something an editor should know about a page that was still written. */
export interface IngestWarning {
  message: string;
  /** 1-based position in the source text, where the warning is about a place in it. */
  line?: number;
  column?: number;
}
