-- Clicks on auction winners: one per auction_id (the primary key makes a repeat a duplicate), billed at
-- the winner's price while its campaign has budget left, else kept unbilled with the reason.
CREATE TABLE ad_click (
    auction_id        VARCHAR(64)   NOT NULL,
    retailer_id       BIGINT        NOT NULL,
    uid               VARCHAR(128)  NOT NULL,
    advertiser_id     BIGINT        NOT NULL,
    campaign_id       BIGINT        NOT NULL,
    ad_group_id       BIGINT        NOT NULL,
    price             DECIMAL(12,4) NOT NULL,
    billed            BOOLEAN       NOT NULL,
    not_billed_reason VARCHAR(32)   NULL,
    clicked_at        DATETIME(6)   NOT NULL,
    click_day         DATE          NOT NULL,
    PRIMARY KEY (auction_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_ad_click_user ON ad_click (retailer_id, uid, clicked_at);
CREATE INDEX ix_ad_click_campaign ON ad_click (campaign_id, click_day);
