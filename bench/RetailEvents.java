import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed retail events for the benchmark, one request a line in bench/Paced.java's format (method, path,
 * headers, body, tab-separated), on retailer 11 with key TEST-KEY:
 * <pre>java bench/RetailEvents.java clicks COUNT     clicks on the winners bench/retail_data.sh stores
 * java bench/RetailEvents.java purchases COUNT  purchases by the shoppers who clicked, of the products shown</pre>
 * Click i is on winner {@code bench-click-i} by shopper {@code bench-shopper-(i mod 20,000)}; purchase i is
 * that shopper's order {@code bench-order-i} of the product their click showed, and one more.
 */
public class RetailEvents {

    static final long RETAILER = 11;
    static final String KEY = "TEST-KEY";
    static final int SHOPPERS = 20_000;
    static final int AD_GROUPS = 10_000;

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[1]);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String shopper = "bench-shopper-" + (i % SHOPPERS);
            Map<String, Object> body = new TreeMap<>();
            String path;
            if (args[0].equals("clicks")) {
                path = "/api/event/click/" + RETAILER;
                body.put("auction_id", "bench-click-" + i);
                body.put("uid", shopper);
            } else {
                path = "/api/event/purchase/" + RETAILER;
                body.put("order_id", "bench-order-" + i);
                body.put("uid", shopper);
                body.put("lines", List.of(line("BENCH-" + (i % SHOPPERS) % AD_GROUPS, 1, "19.99"),
                        line("BENCH-" + (i * 7 + 3) % AD_GROUPS, 2, "4.50")));
            }
            String json = json(body);
            out.append("POST\t").append(path).append("\tContent-Type: application/json|X-STREAEM-HASH: ")
                    .append(sign(canonical(body))).append('\t').append(json).append('\n');
        }
        System.out.print(out);
    }

    static Map<String, Object> line(String product, int quantity, String price) {
        Map<String, Object> line = new TreeMap<>();
        line.put("product_id", product);
        line.put("quantity", new Number(Integer.toString(quantity)));
        line.put("price", new Number(price));
        return line;
    }

    /** A JSON number, kept as its text: the signature covers numbers as sent. */
    record Number(String text) {
    }

    /** The retail API's canonical string: members by lower-cased name, values concatenated, recursively. */
    static String canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder text = new StringBuilder();
            new TreeMap<>(map).forEach((name, member) -> text.append(canonical(member)));
            return text.toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder text = new StringBuilder();
            list.forEach(element -> text.append(canonical(element)));
            return text.toString();
        }
        return value instanceof Number number ? number.text() : value.toString();
    }

    static String json(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<String> members = new ArrayList<>();
            map.forEach((name, member) -> members.add("\"" + name + "\":" + json(member)));
            return "{" + String.join(",", members) + "}";
        }
        if (value instanceof List<?> list) {
            List<String> elements = new ArrayList<>();
            list.forEach(element -> elements.add(json(element)));
            return "[" + String.join(",", elements) + "]";
        }
        return value instanceof Number number ? number.text() : "\"" + value + "\"";
    }

    static String sign(String canonical) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    }
}
