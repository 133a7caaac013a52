package io.trackline.dashboard.web;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The things a page offers to work on (retailers, brands, apps) and the one chosen: the first, to begin
 * with. The services check the choice against the user; the page only offers what they listed.
 */
public final class Choice implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One thing to choose, by id, as a person reads it. */
    public record Option(long id, String label) implements Serializable {
    }

    private final List<Option> options;
    private Long chosen;

    private Choice(List<Option> options) {
        this.options = List.copyOf(options);
        this.chosen = options.isEmpty() ? null : options.get(0).id();
    }

    public static <T> Choice of(List<T> things, ToLongFunction<T> id, Function<T, String> label) {
        return new Choice(things.stream().map(thing -> new Option(id.applyAsLong(thing), label.apply(thing))).toList());
    }

    /** Whether there is anything to choose ({@code empty} is a word of EL's own). */
    public boolean isOffered() {
        return !options.isEmpty();
    }

    public List<Option> getOptions() {
        return options;
    }

    public Long getChosen() {
        return chosen;
    }

    public void setChosen(Long chosen) {
        this.chosen = chosen;
    }
}
