package io.trackline.platform.web;

import io.trackline.platform.domain.AddressBlock;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a request comes from, for abuse limits and for a visitor's own click: the connection's address,
 * or, behind the load balancers and proxies listed in {@code trackline.http.trusted-proxies} (addresses or
 * CIDR blocks, comma-separated; none by default), the client they forwarded for ({@link ForwardedFor}).
 */
@ApplicationScoped
public class ClientAddresses {

    static final String HEADER = "X-Forwarded-For";

    @Inject
    @ConfigProperty(name = "trackline.http.trusted-proxies")
    Optional<String> trustedProxies;

    private List<AddressBlock> trusted;

    @PostConstruct
    void read() {
        trusted = AddressBlock.list(trustedProxies.orElse(""));
    }

    public String of(HttpServletRequest request) {
        return ForwardedFor.client(request.getRemoteAddr(), Collections.list(request.getHeaders(HEADER)), trusted);
    }
}
