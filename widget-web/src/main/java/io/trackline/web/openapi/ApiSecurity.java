package io.trackline.web.openapi;

/**
 * The names of the OpenAPI security schemes (declared on {@link io.trackline.web.TracklineApplication}),
 * for the resources' {@code @SecurityRequirement}s.
 */
public final class ApiSecurity {

    /** A bearer token from {@code POST /api/auth/token} (OAuth 2.0 client credentials): the management API. */
    public static final String API_CLIENT = "api_client";

    /** An app's S2S token, as a {@code s2s_token} parameter or in {@code Authorization}: the MMP API. */
    public static final String S2S_TOKEN = "s2s_token";

    /** The seed's HMAC of the body with the retailer's key, in {@code X-STREAEM-HASH}: the retail API. */
    public static final String SEED_SIGNATURE = "seed_signature";

    /** Standard Webhooks ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}). */
    public static final String STANDARD_WEBHOOKS = "standard_webhooks";

    private ApiSecurity() {
    }
}
