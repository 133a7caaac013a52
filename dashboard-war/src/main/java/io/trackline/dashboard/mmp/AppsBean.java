package io.trackline.dashboard.mmp;

import io.trackline.dashboard.security.Viewer;
import io.trackline.dashboard.web.Choice;
import io.trackline.dashboard.web.Messages;
import io.trackline.mmp.api.AppView;
import io.trackline.mmp.api.DeclaredEventView;
import io.trackline.mmp.api.MmpDashboard;
import io.trackline.mmp.api.TrackingLinkView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The apps page: an app's settings, the events it declares (and a new one), its tracking links with the
 * address a publisher places (a new one; disabling one).
 */
@Named
@ViewScoped
public class AppsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MmpDashboard console;

    @Inject
    Viewer viewer;

    private Choice app;
    private List<AppView> apps = List.of();
    private List<DeclaredEventView> events = List.of();
    private List<TrackingLinkView> links = List.of();
    private String eventId;
    private String eventName;
    private boolean repeatable;
    private String publisher;
    private String campaign;
    private String destinationUrl;

    @PostConstruct
    void load() {
        apps = console.apps(viewer.user());
        app = Choice.of(apps, AppView::id, view -> view.name() + " (" + view.code() + ")");
        if (app.isOffered()) {
            appChanged();
        }
    }

    public void appChanged() {
        events = console.events(viewer.user(), app.getChosen());
        links = console.links(viewer.user(), app.getChosen());
    }

    public void declareEvent() {
        Messages.attempt(() -> {
            console.declareEvent(viewer.user(), app.getChosen(), eventId == null ? null : eventId.strip(), eventName,
                    repeatable);
            Messages.info("Partners may send event_id " + eventId.strip() + " from now on.");
            eventId = null;
            eventName = null;
            repeatable = false;
            events = console.events(viewer.user(), app.getChosen());
        });
    }

    public void addLink() {
        Messages.attempt(() -> {
            TrackingLinkView link = console.addLink(viewer.user(), app.getChosen(), publisher, campaign,
                    destinationUrl);
            Messages.info("Tracking link " + link.publicId() + " is live.");
            publisher = null;
            campaign = null;
            destinationUrl = null;
            links = console.links(viewer.user(), app.getChosen());
        });
    }

    public void disableLink(TrackingLinkView link) {
        Messages.attempt(() -> {
            console.disableLink(viewer.user(), app.getChosen(), link.publicId());
            Messages.info("Tracking link " + link.publicId() + " is disabled: its clicks are refused.");
            links = console.links(viewer.user(), app.getChosen());
        });
    }

    /** The path a publisher places for a link; the page puts the server's address in front. */
    public String clickPath(TrackingLinkView link) {
        return "/mmp/click?link=" + link.publicId();
    }

    public AppView getChosenApp() {
        return apps.stream().filter(view -> app.getChosen() != null && view.id() == app.getChosen()).findFirst()
                .orElse(null);
    }

    public Choice getApp() {
        return app;
    }

    public List<DeclaredEventView> getEvents() {
        return events;
    }

    public List<TrackingLinkView> getLinks() {
        return links;
    }

    public String getEventId() {
        return eventId;
    }

    public void setEventId(String eventId) {
        this.eventId = eventId;
    }

    public String getEventName() {
        return eventName;
    }

    public void setEventName(String eventName) {
        this.eventName = eventName;
    }

    public boolean isRepeatable() {
        return repeatable;
    }

    public void setRepeatable(boolean repeatable) {
        this.repeatable = repeatable;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }

    public String getDestinationUrl() {
        return destinationUrl;
    }

    public void setDestinationUrl(String destinationUrl) {
        this.destinationUrl = destinationUrl;
    }
}
