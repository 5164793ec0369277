/**
 * `salient-summarizer/html`: web pages read for their main content (the article, without
 * menus, sidebars, comments and footers) and summarized, by the same Rust library as the
 * default entry, in a WebAssembly module of its own that only this entry loads.
 *
 * Offsets are UTF-16 code units: `start` and `end` into the main text, `element_start` and
 * `element_end` into the HTML string given.
 */

import type { LanguageCode, SummarizeOptions } from './index.js';

/** One sentence of a page's summary. */
export interface PageSentence {
  /** The sentence, equal to `main_text.slice(start, end)`. */
  text: string;
  /** Where it starts in the main text, in UTF-16 code units. */
  start: number;
  /** Where it ends in the main text (exclusive), in UTF-16 code units. */
  end: number;
  /** Where the element it came from (a paragraph, list item, quote, cell) starts in the HTML. */
  element_start: number;
  /** Where that element ends in the HTML (exclusive): after the `>` of its end tag. */
  element_end: number;
  /** Its number among the main content's sentences, from 0. */
  index: number;
  /** Salience relative to the best sentence, in [0, 1]. */
  score: number;
}

/** A summary of a page: the `salient` command's `--json` output for a page. */
export interface PageSummary {
  /** The sentences joined by single spaces. */
  text: string;
  /** The chosen sentences, in document order. */
  sentences: PageSentence[];
  /** The language the page was read as. */
  language: LanguageCode;
  /** How many sentences the main content has. */
  document_sentences: number;
  /** The page's title, from its structured data, meta elements or `<title>`. */
  title: string | null;
  /** The author's name, where the page marks it. */
  byline: string | null;
  /** The date of publication as the page writes it, where it marks one. */
  date: string | null;
  /** The main content's text, which `start` and `end` point into. */
  main_text: string;
}

/** A block of a page's main content. */
export interface PageBlock {
  /** Where it starts in the main text, in UTF-16 code units. */
  start: number;
  /** Where it ends in the main text (exclusive). */
  end: number;
  /** Where its element starts in the HTML. */
  element_start: number;
  /** Where its element ends in the HTML (exclusive). */
  element_end: number;
  /** What it is. */
  kind: 'paragraph' | 'heading' | 'list_item' | 'quote' | 'cell' | 'code' | 'caption';
  /** A heading's level, 1 to 6; 0 for other blocks. */
  level: number;
}

/** The main content of a page. */
export interface Page {
  /** The main content's text: its blocks separated by blank lines. */
  text: string;
  title: string | null;
  byline: string | null;
  date: string | null;
  blocks: PageBlock[];
}

/**
 * Summarizes the HTML page `html` by its main content. Any string is accepted.
 *
 * @throws {Error} when an option is unknown or invalid, as `summarize` does.
 */
export function summarizeHtml(html: string, options?: SummarizeOptions): PageSummary;

/**
 * Summarizes a live DOM element (such as `document.body`): its `outerHTML`, which the
 * browser serializes natively, faster than reading the element node by node from
 * WebAssembly would be. Element offsets point into `element.outerHTML`.
 */
export function summarizeElement(element: Element, options?: SummarizeOptions): PageSummary;

/** Reads the HTML page `html` for its main content, title, byline and date. */
export function extract(html: string): Page;

/**
 * Loads the HTML module, once. In browsers, bundlers and workers it must have resolved
 * before the first call; in Node.js the module loads by itself on first use.
 */
export function init(
  source?: string | URL | Response | ArrayBuffer | ArrayBufferView | WebAssembly.Module,
): Promise<void>;
