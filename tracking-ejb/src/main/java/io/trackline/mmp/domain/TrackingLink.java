package io.trackline.mmp.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

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

    private String sub1;
    private String sub2;
    private String sub3;
    private String sub4;
    private String sub5;

    @Column(name = "destination_url", nullable = false, length = 2048)
    private String destinationUrl;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    protected TrackingLink() {
        // for JPA
    }

    public TrackingLink(String publicId, long appId, String publisher, String campaign, List<String> subIds,
                        String destinationUrl, Instant createdAt) {
        this.publicId = publicId;
        this.appId = appId;
        this.publisher = publisher;
        this.campaign = campaign;
        this.sub1 = subIds.get(0);
        this.sub2 = subIds.get(1);
        this.sub3 = subIds.get(2);
        this.sub4 = subIds.get(3);
        this.sub5 = subIds.get(4);
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

    public List<String> subIds() {
        return Arrays.asList(sub1, sub2, sub3, sub4, sub5);
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

    public boolean active() {
        return disabledAt == null;
    }
}
