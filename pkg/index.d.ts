/**
 * Extractive summarization: the few sentences that best carry a text, returned verbatim
 * with their positions and scores.
 *
 * Offsets (`start`, `end`) are in UTF-16 code units, like every JavaScript string index:
 * `text.slice(start, end) === sentence.text` for any input.
 */

/**
 * The languages this build supports, as ISO 639-1 codes (`languages()` lists them at run
 * time). Their English names (`"german"`) are accepted too, in any case.
 */
export type LanguageCode =
  | 'ar' | 'da' | 'de' | 'el' | 'en' | 'es' | 'fi' | 'fr' | 'hu' | 'it' | 'ja'
  | 'ko' | 'nl' | 'no' | 'pt' | 'ro' | 'ru' | 'sv' | 'ta' | 'tr' | 'zh';

/**
 * Where sentences sit that carry a text: `"auto"` (the default: `"conversation"` for a
 * conversation, `"general"` otherwise), `"general"` (any text; the opening weighs a little
 * more), `"news"` (an inverted pyramid: the opening weighs much more) or `"conversation"`
 * (a turn weighs by what it says: fillers and backchannels weigh nothing).
 */
export type Profile = 'auto' | 'general' | 'news' | 'conversation';

/**
 * How to read the text's structure: `"auto"` (tell it from the text, the default),
 * `"text"` (plain text: paragraphs, titles and lists as the splitter finds them), and, in
 * the entry `salient-summarizer/markdown` only (the default entry's module leaves their
 * readers out, for size, and throws for them), `"conversation"` (a transcript `Name: words`, a chat export `[12:01] name: message`, or
 * WebVTT/SRT captions: each turn read apart, labels, timings and markup such as
 * `{vocalsound}` never counting as content, each sentence with its `speaker`),
 * `"markdown"` (code, tables, headings and HTML are never sentences; line breaks inside a
 * paragraph do not end one; block quotes count only when the rest is too short) or
 * `"email"` (the new message is the text; quoted lines and earlier messages count only
 * when it is too short; headers, signatures and legal footers are never sentences).
 * `"html"` is the format of `salient-summarizer/html`'s `summarizeHtml`; `summarize`
 * refuses it.
 */
export type Format = 'auto' | 'text' | 'conversation' | 'markdown' | 'email' | 'html';

/** The format a text was read as: never `"auto"`. */
export type ReadFormat = Exclude<Format, 'auto'>;

/**
 * How sentences are ranked: `"tfidf"` (closeness to the text's centroid, the default) or
 * `"textrank"` (graph centrality).
 */
export type Algorithm = 'tfidf' | 'textrank';

/**
 * How long a summary may be: at most one of these; three sentences when none is given.
 * Counts leave out fragments (titles, headings) and repeated sentences; a budget larger
 * than the document keeps all its sentences.
 */
export type Length =
  | { sentences?: number; ratio?: never; words?: never; chars?: never }
  | { ratio: number; sentences?: never; words?: never; chars?: never }
  | { words: number; sentences?: never; ratio?: never; chars?: never }
  | { chars: number; sentences?: never; ratio?: never; words?: never };

/** Options of {@link summarize}. Unknown keys are an error. */
export type SummarizeOptions = Length & {
  /** The language of the text; default `"auto"`, which detects it. */
  language?: LanguageCode | 'auto';
  /** How to read the text's structure; default `"auto"`. */
  format?: Format;
  /** How sentences are ranked; default `"tfidf"`. */
  algorithm?: Algorithm;
  /**
   * What kind of text it is; default `"auto"`: `"conversation"` for a conversation,
   * `"general"` otherwise.
   */
  profile?: Profile;
  /**
   * In (0, 1]: a sentence whose TF-IDF cosine similarity to one already chosen exceeds it
   * is skipped; default 0.5. `1` skips exact repeats only, which are always skipped.
   */
  redundancy?: number;
  /**
   * A question or a few words to focus the summary on: the sentences that answer it best,
   * and most central among those. An empty query is an error. In the entry
   * `salient-summarizer/markdown` only: the default entry's module leaves the query's
   * ranking out, for size, and throws for a query.
   */
  query?: string;
};

/** Options of {@link splitSentences}. Unknown keys are an error. */
export interface SplitOptions {
  /** The language of the text; default `"auto"`, which detects it. */
  language?: LanguageCode | 'auto';
}

/** Options of {@link keyphrases}. Unknown keys are an error. */
export interface KeyphraseOptions {
  /** How many keyphrases at most, a whole number of at least 1; default 10. */
  count?: number;
  /** The language of the text; default `"auto"`, which detects it. */
  language?: LanguageCode | 'auto';
  /**
   * The longest keyphrase in words (in characters, twice as many, for Chinese and
   * Japanese); default 4.
   */
  maxWords?: number;
  /**
   * In (0, 1]: a phrase that shares more than this share of its distinct words with a
   * better one is left out; default 0.7. `1` keeps every phrase.
   */
  redundancy?: number;
}

/** A keyphrase found by {@link keyphrases}. */
export interface Keyphrase {
  /** The phrase as it most often appears in the text: `input.slice(s.start, s.end)` for one of its spans. */
  text: string;
  /** Its score relative to the text's best keyphrase, in (0, 1]. */
  score: number;
  /** Its occurrences in the input, in order, in UTF-16 code units (`end` exclusive). */
  spans: { start: number; end: number }[];
}

/** One sentence of a summary. */
export interface SummarySentence {
  /** The sentence, equal to `input.slice(start, end)`. */
  text: string;
  /** Where it starts in the input, in UTF-16 code units. */
  start: number;
  /** Where it ends in the input (exclusive), in UTF-16 code units. */
  end: number;
  /** Its number among the document's sentences (fragments not counted), from 0. */
  index: number;
  /** Salience relative to the document's best sentence, in [0, 1]. */
  score: number;
  /**
   * Who said it, in a conversation whose turns name their speakers (`"Anna"` for
   * `Anna: We start.`); absent in other texts.
   */
  speaker?: string;
}

/**
 * A summary: sentences of the input in document order. The same shape as the `salient`
 * command's `--json` output, with offsets in UTF-16 code units here.
 */
export interface Summary {
  /**
   * The sentences joined by single spaces; in a conversation, a sentence whose speaker is
   * not the one of the sentence before it opens with the speaker's name (`Anna: We start.`).
   */
  text: string;
  /** The chosen sentences, in document order; empty for a text without sentences. */
  sentences: SummarySentence[];
  /** The language the text was read as: the one given, or the one detected. */
  language: LanguageCode;
  /** The format the text was read as: the one given, or the one detected. */
  format: ReadFormat;
  /** How many sentences the document has, fragments (titles, headings) not counted. */
  document_sentences: number;
  /**
   * Only with a `query`: `true` when the summary answers it, `false` when no word of it
   * (stop words aside) occurs in the text, so that the summary is the one without a query.
   */
  query_matched?: boolean;
}

/** A sentence of a {@link CollectionSummary}. */
export interface CollectionSentence extends SummarySentence {
  /** The index of its document in the array given; `start` and `end` are offsets in it. */
  document: number;
}

/** How one document of a collection was read. */
export interface DocumentReading {
  /** The language the document was read as: the one given, or the one detected. */
  language: LanguageCode;
  /** The format the document was read as: the one given, or the one detected. */
  format: ReadFormat;
  /** How many sentences the document has, fragments not counted. */
  document_sentences: number;
}

/**
 * One summary of many documents: sentences of any of them, by document (in the order
 * given), then by position. Offsets are in UTF-16 code units of the sentence's document.
 */
export interface CollectionSummary {
  /** The sentences joined by single spaces. */
  text: string;
  /** The chosen sentences, by document, then position. */
  sentences: CollectionSentence[];
  /** How each document was read, in the order given. */
  documents: DocumentReading[];
  /** How many sentences the documents have in all. */
  document_sentences: number;
  /**
   * Only with a `query`: `true` when the summary answers it, `false` when no word of it
   * (stop words aside) occurs in any document, so that the summary is the one without a query.
   */
  query_matched?: boolean;
}

/** A sentence or fragment found by {@link splitSentences}. */
export interface Segment {
  /** The text, equal to `input.slice(start, end)`, without surrounding whitespace. */
  text: string;
  /** Where it starts in the input, in UTF-16 code units. */
  start: number;
  /** Where it ends in the input (exclusive), in UTF-16 code units. */
  end: number;
  /**
   * `"sentence"` when it ends with sentence-final punctuation, otherwise `"fragment"`: a
   * title, heading, date, caption or link line. Fragments never appear in a summary.
   */
  kind: 'sentence' | 'fragment';
  /** The paragraph (block between blank lines) it stands in, from 0. */
  paragraph: number;
}

/**
 * Summarizes `text`: its most salient sentences within the length budget, in document
 * order, each an exact slice of `text`. Any string is accepted, including an empty one.
 *
 * @throws {Error} when an option is unknown or invalid; the message (the Rust library's,
 *   as on every face of salient) names the option and what to give instead: a `TypeError`
 *   for a value of the wrong type, a `RangeError` for a number out of range.
 */
export function summarize(text: string, options?: SummarizeOptions): Summary;


/**
 * Splits `text` into sentences and fragments, in document order. Every non-whitespace
 * character belongs to exactly one segment.
 *
 * @throws {Error} when an option is unknown or invalid.
 */
export function splitSentences(text: string, options?: SplitOptions): Segment[];


/** The codes of the languages this build supports. */
export function languages(): LanguageCode[];

/**
 * Loads the WebAssembly module, once; later calls return the same promise. In browsers,
 * bundlers and workers it must have resolved before the first call of another function.
 * In Node.js the module loads by itself on first use, and `init()` resolves at once.
 *
 * @param source where to load the module from, when not from beside the package's
 *   JavaScript (the default): a URL, a `Response`, the module's bytes or a compiled
 *   `WebAssembly.Module`.
 */
export function init(
  source?: string | URL | Response | ArrayBuffer | ArrayBufferView | WebAssembly.Module,
): Promise<void>;
