package io.trackline.mmp.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A click on an app's ad, known outside by an unguessable public id. The visitor is kept only as a
 * fingerprint: a keyed hash whose key is destroyed after a day.
 */
@Entity
@Table(name = "mmp_click")
public class Click {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 22)
    private String publicId;

    @Column(name = "app_id", nullable = false)
    private long appId;

    @Column(name = "link_id")
    private Long linkId;

    @Column(length = 100)
    private String publisher;

    @Column(length = 100)
    private String campaign;

    @Embedded
    private SubIds subIds;

    @Column(length = 64)
    private String fingerprint;

    @Column(name = "clicked_at", nullable = false)
    private Instant clickedAt;

    @Column(name = "click_day", nullable = false)
    private LocalDate clickDay;

    protected Click() {
        // for JPA
    }

    public Click(String publicId, long appId, Long linkId, String publisher, String campaign, SubIds subIds,
                 String fingerprint, Instant clickedAt) {
        this.publicId = publicId;
        this.appId = appId;
        this.linkId = linkId;
        this.publisher = publisher;
        this.campaign = campaign;
        this.subIds = subIds;
        this.fingerprint = fingerprint;
        this.clickedAt = clickedAt;
        this.clickDay = LocalDate.ofInstant(clickedAt, ZoneOffset.UTC);
    }

    public long appId() {
        return appId;
    }

    public LocalDate clickDay() {
        return clickDay;
    }

    public String publisher() {
        return publisher;
    }

    public String campaign() {
        return campaign;
    }
}
