package io.trackline.web.influencer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Which overlay should show a test alert, and as which event type (default: {@code default}). */
public record TestAlertRequest(
        @NotBlank(message = "is required") @Size(max = 64)
        @Pattern(regexp = PostbackRequest.CODE, message = PostbackRequest.CODE_MESSAGE) String product,
        @NotBlank(message = "is required") @Size(max = 100) String influencerId,
        @Size(max = 64) @Pattern(regexp = PostbackRequest.CODE, message = PostbackRequest.CODE_MESSAGE)
        String eventType,
        @Size(max = 100) String campaign) {
}
