package org.newsquotes.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a query parameter the matched endpoint does not take, with a 400 problem naming it and listing the
 * ones it does take. Without it a misspelt filter ({@code ?speakr=stoltenberg}, {@code ?type=direct&form=2022-01-01})
 * was silently ignored and answered the unfiltered list, which a reader takes for the filtered one.
 * <p>
 * The known names are read from the resource method's {@link QueryParam} parameters and the {@link QueryParam}
 * fields of its {@link BeanParam} classes: the same annotations the OpenAPI document is generated from, so what
 * is documented is exactly what is accepted. Requests that matched no resource method (404, 405, 406) are left
 * to the other mappers.
 */
public class KnownQueryParams {

    private static final Map<Method, Set<String>> KNOWN = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> known = KNOWN.computeIfAbsent(method, KnownQueryParams::queryParamsOf);
        for (String name : new TreeSet<>(request.getUriInfo().getQueryParameters().keySet())) {
            if (!known.contains(name)) {
                throw ApiException.badParameter(Texts.clip(name, 40), known.isEmpty()
                        ? "is not a parameter of this endpoint, which takes none"
                        : "is not a parameter of this endpoint (it takes " + String.join(", ", known) + ")");
            }
        }
    }

    /** The query parameter names a resource method takes, directly or through its bean parameters. */
    static Set<String> queryParamsOf(Method method) {
        TreeSet<String> names = new TreeSet<>();
        for (Parameter p : method.getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            if (q != null) {
                names.add(q.value());
            }
            if (p.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> c = p.getType(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        QueryParam fq = f.getAnnotation(QueryParam.class);
                        if (fq != null) {
                            names.add(fq.value());
                        }
                    }
                }
            }
        }
        return java.util.Collections.unmodifiableSortedSet(names);
    }
}
