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

    /** Seconds left as a clock shows them: "14:05", "0:09". */
    public static String clock(long seconds) {
        long s = Math.max(0, seconds);
        return s / 60 + ":" + String.format(java.util.Locale.ROOT, "%02d", s % 60);
    }

    /** A 0..1 score as a whole percentage: 0.666 → "67%". */
    public static String percent(double score) {
        return Math.round(score * 100) + "%";
    }

    /** For a script that counts down to an instant. */
    public static long epochMillis(java.time.Instant t) {
        return t.toEpochMilli();
    }

    /** Time taken, to the second: "45s", "2m 05s". */
    public static String duration(Long millis) {
        if (millis == null) {
            return "";
        }
        long s = Math.round(millis / 1000.0);
        return s < 60 ? s + "s" : s / 60 + "m " + String.format(java.util.Locale.ROOT, "%02d", s % 60) + "s";
    }

    /** An instant for a page, in UTC; the page's script shows it in the browser's own time zone. */
    public static String utc(java.time.Instant t) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", java.util.Locale.ROOT)
                .withZone(java.time.ZoneOffset.UTC).format(t);
    }
}
