/**
 * Speakers: who is quoted. People and organisations are merged across articles by their normalised
 * canonical name; groups and anonymous sources stay per article. Aliases (full name, surname, other
 * spellings) and roles seen are stored so that a surname alone finds a person.
 */
package org.newsquotes.speaker;
