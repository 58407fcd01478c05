package org.newsquotes.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Turns contract validation off for a test class or method. Only for tests that talk to routes the
 * document deliberately does not describe; say why where it is used.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SkipContract {
    /** Why the interaction cannot be validated. */
    String value();
}
