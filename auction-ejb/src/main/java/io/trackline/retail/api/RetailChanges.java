package io.trackline.retail.api;

/**
 * The names under which retail tells every node that its reference data changed
 * ({@code io.trackline.platform.application.ReferenceChanges}): what keeps a copy of it listens.
 */
public final class RetailChanges {

    /** A retailer was created or its settings changed. */
    public static final String RETAILERS = "retailers";

    /** A retailer's catalog feed was taken. */
    public static final String CATALOG = "catalog";

    private RetailChanges() {
    }
}
