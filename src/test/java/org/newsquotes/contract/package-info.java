/**
 * Contract tests: every REST Assured interaction of every {@code @QuarkusTest} is validated against the
 * checked-in OpenAPI document ({@code openapi/openapi.yaml}) by {@link org.newsquotes.contract.ContractFilter},
 * installed before each test by {@link org.newsquotes.contract.ContractCallback}.
 */
package org.newsquotes.contract;
