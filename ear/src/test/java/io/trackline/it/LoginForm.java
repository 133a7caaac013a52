package io.trackline.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The dashboard's login form as a script posts it, over HTTP or HTTPS, with no cookie but those a test sends:
 * the page is fetched for its view state and script nonce, then the form is posted. Headers come as name,
 * value pairs (an {@code X-Forwarded-For} to speak for an address of the test's own, an {@code Accept}, a
 * {@code Cookie}).
 */
final class LoginForm {

    static final String PAGE = "/dashboard/login.xhtml";
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("csp\\.init\\('([^']+)'\\)");

    private final HttpClient client;
    private final String baseUrl;

    private LoginForm(HttpClient client, String baseUrl) {
        this.client = client;
        this.baseUrl = baseUrl;
    }

    static LoginForm overHttp() {
        return at(System.getProperty("trackline.it.base-url", "http://localhost:9180"));
    }

    /** Over plain HTTP, on another server than the test server. */
    static LoginForm at(String baseUrl) {
        return new LoginForm(Http.CLIENT, baseUrl);
    }

    /** Over the test server's HTTPS port, whose certificate the server generated: any certificate is trusted. */
    static LoginForm overHttps() {
        return new LoginForm(HttpClient.newBuilder().sslContext(trustingAnyCertificate())
                .connectTimeout(Duration.ofSeconds(5)).build(),
                System.getProperty("trackline.it.https-base-url", "https://localhost:9543"));
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    /** Fetches the login page and posts its form with that username and password. */
    HttpResponse<String> signIn(String username, String password, String... headers) {
        return post(get(PAGE, headers), username, password, headers);
    }

    /** Posts the form of a login page fetched before with that username and password. */
    HttpResponse<String> post(HttpResponse<String> page, String username, String password, String... headers) {
        String[] fields = {"login_SUBMIT", "1", "login:username", username, "login:password", password,
                "login:signIn", "", "jakarta.faces.ViewState", found(VIEW_STATE, page),
                "primefaces.nonce", found(NONCE, page)};
        StringJoiner form = new StringJoiner("&");
        for (int i = 0; i < fields.length; i += 2) {
            form.add(URLEncoder.encode(fields[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return send(request(PAGE, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
    }

    /** Every {@code Set-Cookie} of a response. */
    static List<String> cookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie");
    }

    /** The {@code Set-Cookie} of that cookie, if the response sets it. */
    static Optional<String> cookie(HttpResponse<?> response, String name) {
        return cookies(response).stream().filter(cookie -> cookie.startsWith(name + "=")).findFirst();
    }

    /** The value a {@code Set-Cookie} gives its cookie. */
    static String value(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1).split(";")[0];
    }

    /** The attributes of a {@code Set-Cookie}, lower case, after its name and value. */
    static List<String> attributes(String setCookie) {
        return Stream.of(setCookie.split(";")).skip(1).map(attribute -> attribute.strip().toLowerCase()).toList();
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String found(Pattern pattern, HttpResponse<String> page) {
        Matcher matcher = pattern.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("No " + pattern + " in the login page (" + page.statusCode() + ")");
        }
        return matcher.group(1);
    }

    private static SSLContext trustingAnyCertificate() {
        TrustManager anyCertificate = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {anyCertificate}, new SecureRandom());
            return tls;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
