package io.trackline.mmp.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A link a publisher places: its clicks are credited to the publisher and campaign, then redirected. */
@Entity
@Table(name = "mmp_tracking_link")
@NamedQuery(name = TrackingLink.FIND_BY_PUBLIC_ID, query = "SELECT l FROM TrackingLink l WHERE l.publicId = :id")
public class TrackingLink {

    public static final String FIND_BY_PUBLIC_ID = "TrackingLink.findByPublicId";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 32)
    private String publicId;

    @Column(name = "app_id", nullable = false)
    private long appId;

    @Column(nullable = false, length = 100)
    private String publisher;

    @Column(length = 100)
    private String campaign;

    @Embedded
    private SubIds subIds;

    @Column(name = "destination_url", nullable = false, length = 2048)
    private String destinationUrl;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    protected TrackingLink() {
        // for JPA
    }

    public TrackingLink(String publicId, long appId, String publisher, String campaign, SubIds subIds,
                        String destinationUrl, Instant createdAt) {
        this.publicId = publicId;
        this.appId = appId;
        this.publisher = publisher;
        this.campaign = campaign;
        this.subIds = subIds;
        this.destinationUrl = destinationUrl;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long appId() {
        return appId;
    }

    public String publisher() {
        return publisher;
    }

    public String campaign() {
        return campaign;
    }

    /** The link's default sub-ids; none when it has none (JPA loads an embeddable of null columns as null). */
    public SubIds subIds() {
        return subIds == null ? SubIds.none() : subIds;
    }

    /** The destination with the click id appended as {@code clkid}, before any fragment. */
    public String destinationWith(String clickId) {
        return withClickId(destinationUrl, clickId);
    }

    static String withClickId(String url, String clickId) {
        int hash = url.indexOf('#');
        String beforeFragment = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        String separator = !beforeFragment.contains("?") ? "?"
                : beforeFragment.endsWith("?") || beforeFragment.endsWith("&") ? "" : "&";
        return beforeFragment + separator + "clkid=" + clickId + fragment;
    }

    /** Its clicks are refused from {@code at} on; the clicks it brought stay. */
    public void disable(Instant at) {
        if (disabledAt == null) {
            disabledAt = at;
        }
    }

    public boolean active() {
        return disabledAt == null;
    }
}
