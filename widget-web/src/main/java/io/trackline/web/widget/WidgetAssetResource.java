package io.trackline.web.widget;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The overlay's script and stylesheet, served by Trackline itself (an overlay loads nothing from other
 * hosts). Only the listed files exist; they are revalidated by ETag.
 */
@Path("widget-assets/{name}")
public class WidgetAssetResource {

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "overlay.js", "text/javascript; charset=utf-8",
            "overlay.css", "text/css; charset=utf-8");
    private static final Map<String, byte[]> CONTENTS = new ConcurrentHashMap<>();

    @Context
    private Request request;

    @GET
    @Operation(hidden = true)
    public Response asset(@PathParam("name") String name) {
        String contentType = CONTENT_TYPES.get(name);
        if (contentType == null) {
            throw new NotFoundException();
        }
        byte[] content = CONTENTS.computeIfAbsent(name, WidgetAssetResource::read);
        EntityTag tag = new EntityTag(Integer.toHexString(java.util.Arrays.hashCode(content)));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        return Response.ok(content, contentType).tag(tag).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    static byte[] read(String name) {
        try (InputStream in = WidgetAssetResource.class.getResourceAsStream("/widget-assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing packaged asset " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
