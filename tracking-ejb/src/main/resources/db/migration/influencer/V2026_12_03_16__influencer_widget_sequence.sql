-- Each widget's (product and influencer) counted postbacks are numbered 1, 2, 3… without gaps, in the order
-- they commit: the transaction that stores a batch adds its counted postbacks to their widgets' rows here,
-- in key order, and holds those rows until it commits. The number is the overlay's event id (SSE id,
-- Last-Event-ID), on every node. Postbacks stored before this migration have none; a widget's numbers
-- start at 1 after it, and an overlay that reconnects with an older id gets a fresh snapshot.
CREATE TABLE widget_sequence (
    product_id    BIGINT NOT NULL,
    influencer_id BIGINT NOT NULL,
    last_sequence BIGINT NOT NULL,
    PRIMARY KEY (product_id, influencer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

ALTER TABLE postback ADD COLUMN widget_sequence BIGINT NULL;

CREATE INDEX ix_postback_widget_sequence ON postback (product_id, influencer_id, widget_sequence);
