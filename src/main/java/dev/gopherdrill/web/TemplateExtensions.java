package dev.gopherdrill.web;

import io.quarkus.qute.TemplateExtension;

/** Display logic shared by templates. */
@TemplateExtension
public class TemplateExtensions {

    private TemplateExtensions() {
    }

    /**
     * An interval as Anki prints it on its buttons: days below a month, then months and
     * years with one decimal ("15d", "1.2mo", "2.5y"); {@code null} for "again today".
     */
    public static String interval(Integer days, String lang) {
        if (days == null) {
            return null;
        }
        boolean zh = "zh".equals(lang);
        if (days < 30) {
            return days + (zh ? "天" : "d");
        }
        if (days < 365) {
            return oneDecimal(days / 30.0) + (zh ? "个月" : "mo");
        }
        return oneDecimal(days / 365.0) + (zh ? "年" : "y");
    }

    static String oneDecimal(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** Percentage for progress bars, 0..100. */
    public static int percentOf(int done, int remaining) {
        int total = done + remaining;
        return total == 0 ? 100 : Math.round(100f * done / total);
    }
}
