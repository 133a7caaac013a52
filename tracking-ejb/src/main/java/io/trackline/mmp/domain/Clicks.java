package io.trackline.mmp.domain;


/** Clicks, recorded one by one with what each adds to its app's daily traffic. */
public interface Clicks {

    void add(Click click);
}
