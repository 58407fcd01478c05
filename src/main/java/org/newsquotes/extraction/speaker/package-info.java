/**
 * Speaker resolution: source mentions are read into name, role and kind
 * ({@link org.newsquotes.extraction.speaker.MentionParser}), then resolved by an ordered chain of small
 * sieves ({@link org.newsquotes.extraction.speaker.SpeakerResolver}): organisations, groups and anonymous
 * sources as written; pronouns to the most recent agreeing speaker; full and partial names to the fullest
 * form first written in the article. Names are never invented.
 */
package org.newsquotes.extraction.speaker;
