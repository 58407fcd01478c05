/**
 * Guards in front of the API: API-key protection of writes (and optionally reads), loopback-only anonymous
 * writes when no key is configured, hard request limits (body size, query-parameter length and encoding),
 * Jackson read constraints and the OpenAPI security scheme. Everything here answers with RFC 9457
 * {@code application/problem+json}, never an empty body.
 */
package org.newsquotes.security;
