package org.hotline.web.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, built with JSON-P so that every label is a proper JSON
 * string, and with every {@code <} escaped, since PrimeFaces writes the configuration into a {@code <script>}: a name
 * from the PBX or an institution's name cannot end it. Stacked bars of counts, and lines over hours or days.
 * <p>
 * Right to left (Arabic, Kurdish), a chart is mirrored as the page is: the first label (the earliest hour or day) on
 * the right, the values' axis on the right, and the legend and tooltips laid out right to left.
 */
public final class Charts {

    private Charts() {}

    /** One series: its label, its colour and a value per label of the chart. */
    public record Series(String label, String colour, List<? extends Number> values) {}

    public static String stackedBars(List<String> labels, List<Series> series, boolean rightToLeft) {
        return chart(
                "bar",
                labels,
                series,
                Json.createObjectBuilder().add("stacked", true),
                Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true),
                rightToLeft);
    }

    public static String lines(List<String> labels, List<Series> series, boolean percent, boolean rightToLeft) {
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true);
        if (percent) {
            y.add("max", 100);
        }
        return chart("line", labels, series, Json.createObjectBuilder(), y, rightToLeft);
    }

    private static String chart(
            String type,
            List<String> labels,
            List<Series> series,
            JsonObjectBuilder x,
            JsonObjectBuilder y,
            boolean rightToLeft) {
        boolean line = "line".equals(type);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series one : series) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            one.values().forEach(value -> values.add(value.doubleValue()));
            JsonObjectBuilder dataset = Json.createObjectBuilder()
                    .add("label", one.label())
                    .add("data", values)
                    .add("borderColor", one.colour())
                    .add("backgroundColor", one.colour());
            if (line) {
                dataset.add("fill", false).add("tension", 0.2);
            }
            datasets.add(dataset);
        }
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        return Json.createObjectBuilder()
                .add("type", type)
                .add(
                        "data",
                        Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add("x", x.add("reverse", rightToLeft))
                                                .add("y", y.add("position", rightToLeft ? "right" : "left")))
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("rtl", rightToLeft)
                                                                .add("textDirection", rightToLeft ? "rtl" : "ltr"))
                                                .add(
                                                        "tooltip",
                                                        Json.createObjectBuilder()
                                                                .add("rtl", rightToLeft)
                                                                .add("textDirection", rightToLeft ? "rtl" : "ltr"))))
                .build()
                .toString()
                .replace("<", "\\u003c"); // written into a <script>: no label may end it
    }
}
