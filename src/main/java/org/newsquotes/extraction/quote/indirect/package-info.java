/**
 * Reported speech without quotation marks (indirect quotes, paraphrase, beliefs and intentions), found by
 * hand-written linear scanners over the tokens of each sentence:
 * <ul>
 *   <li>{@link org.newsquotes.extraction.quote.indirect.Tokenizer} and
 *       {@link org.newsquotes.extraction.quote.indirect.QuoteMask}: words (read through the spun-text
 *       normaliser) and the characters inside double quotation marks (including NYT-style {@code ''});</li>
 *   <li>{@link org.newsquotes.extraction.quote.indirect.CueLexicon}: cue words mined from the PolNeAR train
 *       split, each with its measured precision, which is both the threshold and the candidate score;</li>
 *   <li>{@code LeadingClause}: "X said (that) CONTENT" and short object phrases ("endorsed Clinton",
 *       "called for a recount"); {@code TrailingClause}: "CONTENT, X said" and "CONTENT, said X"
 *       (source checked by {@code InvertedClause}, noun uses skipped by {@code NounUse});
 *       {@code AccordingClause}: "according to X, CONTENT", "CONTENT, according to X";
 *       {@code HeadlineClause}: "Name: CONTENT" title lines, {@code LabelLine}: paragraphs opening
 *       "SPEAKER: CONTENT" (transcripts), where {@code LinePlace} says the sentence stands; all on the clause boundaries of
 *       {@code ClauseEdges}, with the content bounds of {@code ContentBounds} and the content starts of
 *       {@code ContentStart} (past a date, a setting or an opening adverbial; no reading off a hearer);</li>
 *   <li>{@code NounCue}: cue words used as nouns with their object ("his attacks on CONTENT");
 *       {@code SupportRecipient}: support received ("CONTENT has the support of X");</li>
 *   <li>{@code AskedClause}: a question put to the main clause's subject ("Asked about CONTENT, X said");</li>
 *   <li>{@code PassiveClause}: a passive cue with its agent ("CONTENT was first reported by X");
 *       {@code PassiveSubject}: one without ("The price was not disclosed");</li>
 *   <li>{@code CopulaNoun}: a cue noun with its content after a copula or colon ("Their fear is that CONTENT");</li>
 *   <li>{@code CueObject}: where a leading cue's object starts (a far "that", particles, urged persons with
 *       {@code UrgedObject}, manner adverbs with {@code MannerAdverb}, an object with its infinitive after
 *       "expects", "allows" with {@code ControlObject}); {@code SaidAside}: words after "said," that are not what
 *       was said; {@code CommaAfterCue}: which cue words may report a clause after "CUE ,";</li>
 *   <li>{@code RelativeGap}: a relative word as the cue's object ("which the council rejected");</li>
 *   <li>{@code TopicPhrase}: the phrase after "about" ("questions about CONTENT"), whatever word governs it,
 *       where no cue word's reading covers it;</li>
 *   <li>{@code AttitudeObject}: a belief or feeling with its object after its own preposition ("confident in
 *       CONTENT", "distanced himself from CONTENT"), also taken over by a cue whose object ends with the attitude
 *       word ("has shown no interest | in CONTENT"); {@code SelfDescribed}: "a self-described CONTENT";
 *       {@code ReaderQuestion}: a paragraph-opening question to the reader gives nothing;</li>
 *   <li>{@code CueReading}: which of these readers applies to one cue word; {@code ContentTrim}: contents
 *       cut before a partial quote, circumstances ("on Thursday", "showed up") dropped, an opening infinitive's verb
 *       left to the cue ("refused to endorse | CONTENT");</li>
 *   <li>{@link org.newsquotes.extraction.quote.indirect.SentenceScanner}: chooses non-overlapping readings
 *       best-first.</li>
 * </ul>
 * Limits: one sentence at a time; no parser, so content boundaries inside long sentences are guesses and
 * cue words used as nouns are told apart only by the word before them.
 */
package org.newsquotes.extraction.quote.indirect;
