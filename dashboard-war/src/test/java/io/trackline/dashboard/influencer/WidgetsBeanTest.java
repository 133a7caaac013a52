package io.trackline.dashboard.influencer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.trackline.dashboard.web.Viewers;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The widgets page's bean: the widget and influencer it shows, the overlay's address, the preview's reloads. */
class WidgetsBeanTest {

    private final WidgetsBean bean = new WidgetsBean();

    @BeforeEach
    void signIn() {
        bean.console = new FakeInfluencerConsole();
        bean.viewer = Viewers.of("brand", "brand", "acme");
        bean.load();
        bean.open();
    }

    @Test
    void theLatestInfluencersOverlayIsShownAtAnEncodedAddress() {
        assertEquals("ann b", bean.getInfluencer());
        assertEquals("/widget/acme/main%20widget/ann%20b", bean.getOverlayPath());
        assertEquals("reg", bean.getTestEventType());
        assertEquals(List.of("ann b", "anna"), bean.influencerNames("ann"));
    }

    @Test
    void aBrandWithoutInfluencersPreviewsAPlaceholderInfluencer() {
        bean.getBrand().setChosen(FakeInfluencerConsole.GLOBEX.id());
        bean.brandChanged();

        assertEquals("/widget/globex/main%20widget/" + WidgetsBean.PREVIEW_INFLUENCER, bean.getOverlayPath());
    }

    @Test
    void anotherInfluencerReloadsThePreviewAndNoInfluencerShowsNone() {
        String before = bean.getPreviewPath();
        bean.setInfluencer(" bob ");
        bean.influencerChanged();

        assertNotEquals(before, bean.getPreviewPath());
        assertEquals("/widget/acme/main%20widget/bob", bean.getOverlayPath());
        bean.setInfluencer("");
        assertNull(bean.getOverlayPath());
    }
}
