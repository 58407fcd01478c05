/**
 * Wiring: typed configuration ({@code quotes.*}), the CDI producer for the extraction engine, and the
 * one-time loader of the seed articles.
 */
package org.newsquotes.config;
