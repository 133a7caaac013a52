package io.trackline.web.influencer;

import io.trackline.platform.api.InvalidFieldException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.Set;

/**
 * Validates a wire request inside the resource method, after authentication, so that an unauthenticated
 * caller learns nothing from validation messages.
 *
 * <p>Wire requests are plain records, never JPA entities, so every property is reachable: the default
 * resolver asks JPA whether each one is loaded, through a lock that every request thread contended for
 * (seen in the benchmark's flight recordings, the most contended monitor on the postback path).
 */
@ApplicationScoped
public class RequestValidation {

    private static final TraversableResolver ALL_REACHABLE = new TraversableResolver() {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path pathToProperty,
                                   ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path pathToProperty,
                                    ElementType elementType) {
            return true;
        }
    };

    @Inject
    private ValidatorFactory validators;

    private Validator validator;

    @PostConstruct
    void start() {
        validator = validators.usingContext().traversableResolver(ALL_REACHABLE).getValidator();
    }

    public <T> T valid(T request) {
        if (request == null) {
            throw new InvalidFieldException("body", "a JSON body is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }
}
