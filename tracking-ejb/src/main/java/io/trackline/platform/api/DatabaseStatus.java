package io.trackline.platform.api;

/**
 * What the readiness check reports about the database: whether a connection answered, which product it
 * is and which schema version the migrations left it at.
 */
public record DatabaseStatus(boolean up, String product, String schemaVersion) {

    private static final String EMBEDDED_PRODUCT = "H2";

    public static DatabaseStatus down() {
        return new DatabaseStatus(false, null, null);
    }

    /** It answers, and its schema is migrated: requests can be served. */
    public boolean ready() {
        return up && schemaVersion != null;
    }

    /** The embedded database, chosen when no external database is configured. */
    public boolean embedded() {
        return product != null && product.startsWith(EMBEDDED_PRODUCT);
    }
}
