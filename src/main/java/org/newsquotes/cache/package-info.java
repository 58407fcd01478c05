/**
 * The in-process cache of serialised list responses ({@code GET /api/v1/quotes} and a speaker's quotes) and its
 * invalidation: immediately after this instance's own writes commit, and within the poll interval of
 * {@code data_version} for writes of other instances on the same database.
 */
package org.newsquotes.cache;
