package io.trackline.mmp.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An event an app declares, known to partners by its mapping id (their {@code event_id}). A non-repeatable
 * one (a registration) counts once per user; a repeatable one (a purchase) every time.
 */
@Entity
@Table(name = "mmp_event_definition")
@NamedQuery(name = EventDefinition.FIND_BY_APP, query = "SELECT d FROM EventDefinition d WHERE d.appId = :app")
public class EventDefinition {

    public static final String FIND_BY_APP = "EventDefinition.findByApp";
    /** The session event: every app knows it, repeatable, without declaring it. */
    public static final String SESSION = "__open";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "app_id", nullable = false)
    private long appId;

    @Column(name = "mapping_id", nullable = false, length = 64)
    private String mappingId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private boolean repeatable;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EventDefinition() {
        // for JPA
    }

    public EventDefinition(long appId, String mappingId, String name, boolean repeatable, Instant createdAt) {
        this.appId = appId;
        this.mappingId = mappingId;
        this.name = name;
        this.repeatable = repeatable;
        this.createdAt = createdAt;
    }

    public String mappingId() {
        return mappingId;
    }

    public boolean repeatable() {
        return repeatable;
    }
}
