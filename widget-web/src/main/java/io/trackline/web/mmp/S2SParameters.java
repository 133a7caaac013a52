package io.trackline.web.mmp;

import jakarta.enterprise.context.RequestScoped;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of the current S2S request, from its query string and body, and its {@code Authorization}
 * header. A parameter given more than once keeps its first non-blank value (the seed's own examples repeat
 * {@code event_id} with an empty value); given two different values, it was refused before it got here.
 */
@RequestScoped
public class S2SParameters {

    /** A parameter as the caller sent it: the name tells the caller which of its spellings was wrong. */
    public record Parameter(String name, String value) {
    }

    private Map<String, String> values = Map.of();
    private String authorization;

    void read(Map<String, String> newValues, String authorizationHeader) {
        this.values = Map.copyOf(newValues);
        this.authorization = authorizationHeader;
    }

    /** The first of these names that has a non-blank value, its value stripped. */
    public Optional<Parameter> first(String... names) {
        for (String name : names) {
            String value = values.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(new Parameter(name, value.strip()));
            }
        }
        return Optional.empty();
    }

    public Optional<String> value(String... names) {
        return first(names).map(Parameter::value);
    }

    public Optional<String> authorization() {
        return authorization == null || authorization.isBlank() ? Optional.empty() : Optional.of(authorization);
    }
}
