package io.trackline.web.mmp;

import io.trackline.mmp.api.ClickCommand;
import io.trackline.web.mmp.S2SParameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parameters of a click: the visitor ({@code user_ip}/{@code ip_address}, {@code user_ua}/{@code
 * user_agent}), {@code publisher}, {@code campaign} and {@code sub1}…{@code sub5}. A click that names its
 * visitor needs the app's token, or anyone could plant a fingerprint and claim the visitor's later events;
 * a visitor's own click is described by its connection instead ({@link #visitedFrom}).
 */
record ClickRequest(String publisher, String campaign, List<String> subIds, String ip, String userAgent) {

    static final int MAX_NAME = 100;
    static final int MAX_SUB_ID = 255;
    static final String[] VISITOR_PARAMETERS = {"user_ip", "ip_address", "user_ua", "user_agent"};

    /** The click as its parameters describe it; without visitor parameters, its visitor is unknown. */
    static ClickRequest of(S2SParameters parameters) {
        List<String> subIds = new ArrayList<>(ClickCommand.SUB_IDS);
        for (int i = 1; i <= ClickCommand.SUB_IDS; i++) {
            subIds.add(text(parameters.first("sub" + i), MAX_SUB_ID));
        }
        String ip = parameters.first("user_ip", "ip_address").map(ParameterValues::ipAddress).orElse(null);
        String userAgent = text(parameters.first("user_ua", "user_agent"), S2SEventRequest.MAX_USER_AGENT);
        return new ClickRequest(text(parameters.first("publisher"), MAX_NAME),
                text(parameters.first("campaign"), MAX_NAME), subIds, ip, userAgent);
    }

    /** Whether the parameters name the visitor (any of its spellings, with a value). */
    static boolean namesVisitor(S2SParameters parameters) {
        return parameters.first(VISITOR_PARAMETERS).isPresent();
    }

    /** The same click, by the visitor its connection shows: the client's address and {@code User-Agent}. */
    ClickRequest visitedFrom(String clientIp, String clientUserAgent) {
        return new ClickRequest(publisher, campaign, subIds, clientIp, clientUserAgent);
    }

    private static String text(Optional<Parameter> parameter, int maxLength) {
        return parameter.map(value -> ParameterValues.text(value, maxLength)).orElse(null);
    }
}
