package io.trackline.web.security;

import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.PathParam;
import java.lang.annotation.Annotation;

/** The value of a resource method's path parameter, for the interceptors that authenticate by it. */
final class PathParameters {

    private PathParameters() {
    }

    static String value(InvocationContext invocation, String name) {
        Annotation[][] annotations = invocation.getMethod().getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof PathParam path && name.equals(path.value())) {
                    Object value = invocation.getParameters()[i];
                    return value == null ? null : value.toString();
                }
            }
        }
        throw new IllegalStateException(invocation.getMethod() + " has no @PathParam(\"" + name + "\")");
    }
}
