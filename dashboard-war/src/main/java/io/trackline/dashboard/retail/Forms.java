package io.trackline.dashboard.retail;

import io.trackline.auction.api.AdGroupView;
import io.trackline.auction.api.CampaignView;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The campaign manager's forms: what a person types before the manager checks it. */
final class Forms {

    private Forms() {
    }

    /** A new advertiser: its name, and the brand it sells, if any. */
    public static final class NewAdvertiser implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String brand;

        void clear() {
            name = null;
            brand = null;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getBrand() {
            return brand;
        }

        public void setBrand(String brand) {
            this.brand = brand;
        }
    }

    /** A campaign to add, or changes to one. */
    public static final class CampaignForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private boolean active = true;
        private LocalDate startsOn;
        private LocalDate endsOn;
        private BigDecimal dailyBudget;
        private BigDecimal totalBudget;

        void from(CampaignView campaign) {
            name = campaign.name();
            active = "ACTIVE".equals(campaign.status());
            startsOn = campaign.startsOn();
            endsOn = campaign.endsOn();
            dailyBudget = campaign.dailyBudget();
            totalBudget = campaign.totalBudget();
        }

        void clear() {
            name = null;
            endsOn = null;
            dailyBudget = null;
            totalBudget = null;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }

        public LocalDate getStartsOn() {
            return startsOn;
        }

        public void setStartsOn(LocalDate startsOn) {
            this.startsOn = startsOn;
        }

        public LocalDate getEndsOn() {
            return endsOn;
        }

        public void setEndsOn(LocalDate endsOn) {
            this.endsOn = endsOn;
        }

        public BigDecimal getDailyBudget() {
            return dailyBudget;
        }

        public void setDailyBudget(BigDecimal dailyBudget) {
            this.dailyBudget = dailyBudget;
        }

        public BigDecimal getTotalBudget() {
            return totalBudget;
        }

        public void setTotalBudget(BigDecimal totalBudget) {
            this.totalBudget = totalBudget;
        }
    }

    /** An ad group to add, or changes to one (its products as one text of ids). */
    public static final class AdGroupForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String format = "SP";
        private boolean active = true;
        private BigDecimal defaultBid;
        private String products = "";

        void from(AdGroupView group) {
            name = group.name();
            format = group.format();
            active = "ACTIVE".equals(group.status());
            defaultBid = group.defaultBid();
            products = String.join(", ", group.productIds());
        }

        void clear() {
            name = null;
            defaultBid = null;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getFormat() {
            return format;
        }

        public void setFormat(String format) {
            this.format = format;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }

        public BigDecimal getDefaultBid() {
            return defaultBid;
        }

        public void setDefaultBid(BigDecimal defaultBid) {
            this.defaultBid = defaultBid;
        }

        public String getProducts() {
            return products;
        }

        public void setProducts(String products) {
            this.products = products == null ? "" : products;
        }
    }

    /** A keyword to add. */
    public static final class KeywordForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String keyword;
        private String matchType = "BROAD";
        private BigDecimal bid;

        void clear() {
            keyword = null;
            bid = null;
        }

        public String getKeyword() {
            return keyword;
        }

        public void setKeyword(String keyword) {
            this.keyword = keyword;
        }

        public String getMatchType() {
            return matchType;
        }

        public void setMatchType(String matchType) {
            this.matchType = matchType;
        }

        public BigDecimal getBid() {
            return bid;
        }

        public void setBid(BigDecimal bid) {
            this.bid = bid;
        }
    }
}
