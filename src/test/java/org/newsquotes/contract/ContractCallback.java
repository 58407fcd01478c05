package org.newsquotes.contract;

import io.restassured.RestAssured;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Installs the {@link ContractFilter} in REST Assured before every {@code @QuarkusTest} method (registered
 * in {@code META-INF/services}), so that no test needs to opt in. {@link SkipContract} turns it off.
 */
public class ContractCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        boolean installed = RestAssured.filters().stream().anyMatch(f -> f instanceof ContractFilter);
        if (!installed) {
            RestAssured.filters(new ContractFilter());
        }
        Class<?> testClass = context.getTestInstance().getClass();
        boolean skip = testClass.isAnnotationPresent(SkipContract.class)
                || context.getTestMethod() != null && context.getTestMethod().isAnnotationPresent(SkipContract.class);
        ContractFilter.enable(!skip);
    }
}
