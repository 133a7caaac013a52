package io.trackline.web.error;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The name a caller knows an invalid value by: the snake_case JSON path of a body property
 * ({@code lines[0].product_id}), or else the name of the query, path or header parameter.
 */
public final class WireNames {

    private WireNames() {
    }

    static String of(Path path) {
        List<String> properties = new ArrayList<>();
        String parameter = "";
        for (Path.Node node : path) {
            if (node.isInIterable() && !properties.isEmpty()) {
                int last = properties.size() - 1;
                properties.set(last, properties.get(last) + index(node));
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                properties.add(snakeCase(node.getName()));
            } else if (node.getKind() == ElementKind.PARAMETER) {
                parameter = snakeCase(node.getName());
            }
        }
        return properties.isEmpty() ? parameter : String.join(".", properties);
    }

    public static String snakeCase(String javaName) {
        return javaName == null ? "" : javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    private static String index(Path.Node node) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        return position == null ? "[]" : "[" + position + "]";
    }
}
