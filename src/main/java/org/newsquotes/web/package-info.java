/**
 * HTTP plumbing shared by every resource: RFC 9457 problem responses and their exception mappers,
 * paging parameters, the page envelope and its {@code Link} header, query parameter parsing.
 */
package org.newsquotes.web;
