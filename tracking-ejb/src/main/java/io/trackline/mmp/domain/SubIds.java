package io.trackline.mmp.domain;

import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/** The publisher's five free sub-ids of a link or click ({@code sub1}…{@code sub5}), any of them absent. */
@Embeddable
public class SubIds {

    public static final int COUNT = 5;

    private String sub1;
    private String sub2;
    private String sub3;
    private String sub4;
    private String sub5;

    protected SubIds() {
        // for JPA
    }

    /** @param values {@value #COUNT} values in order, {@code null} where absent */
    public SubIds(List<String> values) {
        if (values.size() != COUNT) {
            throw new IllegalArgumentException("Sub-ids come " + COUNT + " at a time, not " + values.size());
        }
        this.sub1 = values.get(0);
        this.sub2 = values.get(1);
        this.sub3 = values.get(2);
        this.sub4 = values.get(3);
        this.sub5 = values.get(4);
    }

    public static SubIds none() {
        return new SubIds(Arrays.asList(new String[COUNT]));
    }

    public List<String> values() {
        return Arrays.asList(sub1, sub2, sub3, sub4, sub5);
    }

    /** These sub-ids where present, else the defaults'. */
    public SubIds orElse(SubIds defaults) {
        List<String> mine = values();
        List<String> theirs = defaults.values();
        String[] merged = new String[COUNT];
        for (int i = 0; i < COUNT; i++) {
            merged[i] = mine.get(i) != null ? mine.get(i) : theirs.get(i);
        }
        return new SubIds(Arrays.asList(merged));
    }
}
