/**
 * The text toolkit that the target resolvers (engine-core), the templates (engine-templates) and
 * the transcript importers (engine-media) share, so that a word, a term, a sentence and a BM25
 * score mean the same everywhere: one tokenizer ({@link dev.reportengine.text.Tokens}), stopword
 * lists ({@link dev.reportengine.text.Stopwords}), sentence splitting ({@link
 * dev.reportengine.text.Sentences}) and Okapi BM25 ({@link dev.reportengine.text.Bm25}). It depends
 * on the JDK only, and on JSpecify's annotations at compile time.
 */
module dev.reportengine.text {
  requires static transitive org.jspecify;

  exports dev.reportengine.text;
}
