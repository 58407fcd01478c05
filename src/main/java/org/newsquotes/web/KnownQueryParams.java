package org.newsquotes.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
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
 * A parameter given twice ({@code ?speaker=putin&speaker=biden}) is refused the same way: every parameter of this
 * API takes one value, and a reader who sent two expects either both or neither to apply, while the endpoint would
 * have read the first and dropped the other.
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
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (String name : new TreeSet<>(query.keySet())) {
            if (!known.contains(name)) {
                throw ApiException.badParameter(Texts.clip(name, 40), known.isEmpty()
                        ? "is not a parameter of this endpoint, which takes none"
                        : "is not a parameter of this endpoint (it takes " + String.join(", ", known) + ")");
            }
            if (query.get(name).size() > 1) {
                throw ApiException.badParameter(name, "must be given at most once");
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
