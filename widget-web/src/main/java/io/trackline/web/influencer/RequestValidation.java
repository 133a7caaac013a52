package io.trackline.web.influencer;

import io.trackline.platform.api.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Validates a wire request inside the resource method, after authentication, so that an unauthenticated
 * caller learns nothing from validation messages.
 */
@ApplicationScoped
public class RequestValidation {

    @Inject
    private Validator validator;

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
