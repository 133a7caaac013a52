import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long dashboard pages take to render, as a browser asks for them: signs in as each user (the demo
 * password), loads each of its pages a few times to warm up, then {@code rounds} times one after another,
 * and prints per page the median, 95th percentile and slowest full response in ms. It signs in as the
 * login page's scripts do (view state and CSP nonce with the form). A page that answers other than 200,
 * or without its report, fails the run.
 *   java bench/ReportPages.java BASE ROUNDS user=path [user=path …]
 */
public class ReportPages {

    private static final String PASSWORD = "trackline-demo";
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"login\"[^>]*action=\"([^\"]+)\"");
    private static final int WARM_UP = 5;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rounds = Integer.parseInt(args[1]);
        System.out.printf("%-58s %-10s %8s %8s %8s%n", "page", "user", "p50 ms", "p95 ms", "max ms");
        for (String page : Arrays.copyOfRange(args, 2, args.length)) {
            String user = page.substring(0, page.indexOf('='));
            String path = page.substring(page.indexOf('=') + 1);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            signIn(client, base, user);
            for (int i = 0; i < WARM_UP; i++) {
                load(client, base + path);
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                load(client, base + path);
                times.add((System.nanoTime() - start) / 1e6);
            }
            times.sort(Double::compare);
            System.out.printf("%-58s %-10s %8.1f %8.1f %8.1f%n", path, user, times.get(times.size() / 2),
                    times.get((int) Math.ceil(times.size() * 0.95) - 1), times.get(times.size() - 1));
        }
    }

    private static void signIn(HttpClient client, String base, String user) throws Exception {
        String login = client.send(HttpRequest.newBuilder(URI.create(base + "/dashboard/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = "login_SUBMIT=1&login%3Ausername=" + encode(user) + "&login%3Apassword=" + encode(PASSWORD)
                + "&login%3AsignIn=&jakarta.faces.ViewState=" + encode(first(VIEW_STATE, login))
                + "&primefaces.nonce=" + encode(first(NONCE, login));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base
                        + first(FORM_ACTION, login).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (!signedIn.body().contains("Signed in as " + user)) {
            throw new IllegalStateException(user + " could not sign in: " + signedIn.statusCode() + " at "
                    + signedIn.uri());
        }
    }

    private static void load(HttpClient client, String url) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200 || !page.body().contains("tl-chart") && !page.body().contains("tl-cards")) {
            throw new IllegalStateException(url + " answered " + page.statusCode() + " without its report");
        }
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("Not on the page: " + pattern);
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
