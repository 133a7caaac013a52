package io.trackline.dashboard.retail;

import io.trackline.auction.api.AdGroupView;
import io.trackline.auction.api.AdvertiserView;
import io.trackline.auction.api.CampaignManagement;
import io.trackline.auction.api.CampaignView;
import io.trackline.auction.api.RetailDashboard;
import io.trackline.dashboard.security.Viewer;
import io.trackline.dashboard.web.Choice;
import io.trackline.dashboard.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * The campaign manager: a retailer's advertisers (the user's own, for an advertiser), an advertiser's
 * campaigns with their dates and budgets, a campaign's ad groups, and an ad group's bid, products and
 * keywords. Every change goes through {@link CampaignManagement}, which checks it is the user's to make.
 */
@Named
@ViewScoped
public class CampaignsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RetailDashboard console;

    @EJB
    private CampaignManagement manager;

    @Inject
    private Viewer viewer;

    private Choice retailer;
    private List<AdvertiserView> advertisers = List.of();
    private AdvertiserView advertiser;
    private List<CampaignView> campaigns = List.of();
    private CampaignView campaign;
    private List<AdGroupView> adGroups = List.of();
    private AdGroupView adGroup;
    private final Forms.NewAdvertiser newAdvertiser = new Forms.NewAdvertiser();
    private final Forms.CampaignForm newCampaign = new Forms.CampaignForm();
    private final Forms.CampaignForm campaignChanges = new Forms.CampaignForm();
    private final Forms.AdGroupForm newAdGroup = new Forms.AdGroupForm();
    private final Forms.AdGroupForm adGroupChanges = new Forms.AdGroupForm();
    private final Forms.KeywordForm newKeyword = new Forms.KeywordForm();

    @PostConstruct
    void load() {
        retailer = RetailerChoice.of(console.retailers(viewer.user()));
        if (retailer.isOffered()) {
            chooseRetailer();
        }
        newCampaign.setStartsOn(LocalDate.now(ZoneOffset.UTC));
    }

    public void chooseRetailer() {
        advertisers = manager.advertisers(viewer.user(), retailer.getChosen());
        selectAdvertiser(advertisers.size() == 1 ? advertisers.get(0) : null);
    }

    public void selectAdvertiser(AdvertiserView chosen) {
        advertiser = chosen;
        campaigns = chosen == null ? List.of() : manager.campaigns(viewer.user(), chosen.id());
        selectCampaign(null);
    }

    public void selectCampaign(CampaignView chosen) {
        campaign = chosen;
        adGroups = chosen == null ? List.of() : manager.adGroups(viewer.user(), chosen.id());
        if (chosen != null) {
            campaignChanges.from(chosen);
        }
        selectAdGroup(null);
    }

    public void selectAdGroup(AdGroupView chosen) {
        adGroup = chosen;
        if (chosen != null) {
            adGroupChanges.from(chosen);
        }
    }

    public void addAdvertiser() {
        Messages.attempt(() -> {
            AdvertiserView added = manager.addAdvertiser(viewer.user(), retailer.getChosen(),
                    newAdvertiser.getName(), newAdvertiser.getBrand());
            newAdvertiser.clear();
            advertisers = manager.advertisers(viewer.user(), retailer.getChosen());
            selectAdvertiser(added);
        });
    }

    public void addCampaign() {
        Messages.attempt(() -> {
            CampaignView added = manager.addCampaign(viewer.user(), advertiser.id(), newCampaign.getName(),
                    newCampaign.getStartsOn(), newCampaign.getEndsOn(), newCampaign.getDailyBudget(),
                    newCampaign.getTotalBudget());
            newCampaign.clear();
            campaigns = manager.campaigns(viewer.user(), advertiser.id());
            selectCampaign(added);
        });
    }

    public void saveCampaign() {
        Messages.attempt(() -> {
            CampaignView saved = manager.changeCampaign(viewer.user(), campaign.id(), campaignChanges.isActive(),
                    campaignChanges.getEndsOn(), campaignChanges.getDailyBudget(), campaignChanges.getTotalBudget());
            campaigns = manager.campaigns(viewer.user(), advertiser.id());
            campaign = saved;
        });
    }

    public void addAdGroup() {
        Messages.attempt(() -> {
            AdGroupView added = manager.addAdGroup(viewer.user(), campaign.id(), newAdGroup.getName(),
                    newAdGroup.getFormat(), newAdGroup.getDefaultBid());
            newAdGroup.clear();
            adGroups = manager.adGroups(viewer.user(), campaign.id());
            selectAdGroup(added);
        });
    }

    public void saveAdGroup() {
        Messages.attempt(() -> {
            adGroup = manager.changeAdGroup(viewer.user(), adGroup.id(), adGroupChanges.isActive(),
                    adGroupChanges.getDefaultBid(), Arrays.asList(adGroupChanges.getProducts().split("[,\\s]+")));
            adGroups = manager.adGroups(viewer.user(), campaign.id());
            adGroupChanges.from(adGroup);
        });
    }

    public void addKeyword() {
        Messages.attempt(() -> {
            adGroup = manager.addKeyword(viewer.user(), adGroup.id(), newKeyword.getKeyword(),
                    newKeyword.getMatchType(), newKeyword.getBid());
            newKeyword.clear();
            adGroups = manager.adGroups(viewer.user(), campaign.id());
        });
    }

    public void removeKeyword(AdGroupView.Keyword keyword) {
        Messages.attempt(() -> {
            adGroup = manager.removeKeyword(viewer.user(), adGroup.id(), keyword.id());
            adGroups = manager.adGroups(viewer.user(), campaign.id());
        });
    }

    /** Only a retailer (or an admin) adds advertisers. */
    public boolean isAddsAdvertisers() {
        return retailer.getChosen() != null && console.manages(viewer.user(), retailer.getChosen());
    }

    public List<AdvertiserView> getAdvertisers() {
        return advertisers;
    }

    public AdvertiserView getAdvertiser() {
        return advertiser;
    }

    public List<CampaignView> getCampaigns() {
        return campaigns;
    }

    public CampaignView getCampaign() {
        return campaign;
    }

    public List<AdGroupView> getAdGroups() {
        return adGroups;
    }

    public AdGroupView getAdGroup() {
        return adGroup;
    }

    public Forms.NewAdvertiser getNewAdvertiser() {
        return newAdvertiser;
    }

    public Forms.CampaignForm getNewCampaign() {
        return newCampaign;
    }

    public Forms.CampaignForm getCampaignChanges() {
        return campaignChanges;
    }

    public Forms.AdGroupForm getNewAdGroup() {
        return newAdGroup;
    }

    public Forms.AdGroupForm getAdGroupChanges() {
        return adGroupChanges;
    }

    public Forms.KeywordForm getNewKeyword() {
        return newKeyword;
    }

    public List<String> getMatchTypes() {
        return List.of("BROAD", "PHRASE", "EXACT", "NEGATIVE");
    }

    /** What a bid of nothing means on a keyword: the ad group's default. */
    public BigDecimal bidOf(AdGroupView.Keyword keyword) {
        return keyword.bid() != null ? keyword.bid() : adGroup.defaultBid();
    }

    public Choice getRetailer() {
        return retailer;
    }
}
