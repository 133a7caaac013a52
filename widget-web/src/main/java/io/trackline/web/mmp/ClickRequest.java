package io.trackline.web.mmp;

import io.trackline.mmp.api.ClickCommand;
import io.trackline.web.mmp.S2SParameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parameters of a click: the visitor ({@code user_ip}/{@code ip_address}, {@code user_ua}/{@code
 * user_agent}, falling back to what the connection tells), {@code publisher}, {@code campaign} and
 * {@code sub1}…{@code sub5}.
 */
record ClickRequest(String publisher, String campaign, List<String> subIds, String ip, String userAgent) {

    static final int MAX_NAME = 100;
    static final int MAX_SUB_ID = 255;

    /**
     * @param connectionIp        the address the request came from, for a visitor's own click; else {@code null}
     * @param connectionUserAgent the request's {@code User-Agent}, likewise
     */
    static ClickRequest of(S2SParameters parameters, String connectionIp, String connectionUserAgent) {
        List<String> subIds = new ArrayList<>(ClickCommand.SUB_IDS);
        for (int i = 1; i <= ClickCommand.SUB_IDS; i++) {
            subIds.add(text(parameters.first("sub" + i), MAX_SUB_ID));
        }
        String ip = parameters.first("user_ip", "ip_address").map(ParameterValues::ipAddress).orElse(connectionIp);
        String userAgent = Optional.ofNullable(text(parameters.first("user_ua", "user_agent"),
                S2SEventRequest.MAX_USER_AGENT)).orElse(connectionUserAgent);
        return new ClickRequest(text(parameters.first("publisher"), MAX_NAME),
                text(parameters.first("campaign"), MAX_NAME), subIds, ip, userAgent);
    }

    private static String text(Optional<Parameter> parameter, int maxLength) {
        return parameter.map(value -> ParameterValues.text(value, maxLength)).orElse(null);
    }
}
