package org.pledgescope.diagnostics;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a text is not an ISO date, in the words that help: a day the month does not have ({@code 2019-06-31}), a month
 * that does not exist, or a date written day or month first ({@code 27/06/2019}, for which the ISO form is offered when
 * it is unambiguous).
 */
public final class DateText {
    private static final Pattern ISO_SHAPE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern LOOSE_ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern OTHER_ORDER = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");

    private DateText() {}

    /** The day {@code text} names, or null when it names none. */
    public static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Why {@code text}, which {@link #parse} refused, is not a date: a sentence starting with the text quoted. */
    public static String problem(String text) {
        String quoted = "'" + text + "'";
        Matcher iso = ISO_SHAPE.matcher(text);
        if (iso.matches()) {
            int year = Integer.parseInt(iso.group(1));
            int month = Integer.parseInt(iso.group(2));
            int day = Integer.parseInt(iso.group(3));
            if (month < 1 || month > 12) {
                return quoted + " is not an ISO date (YYYY-MM-DD): there is no month " + month + " (01 to 12)";
            }
            YearMonth ym = YearMonth.of(year, month);
            String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year;
            return day == 0
                    ? quoted + " is not a day: days start at 01"
                    : quoted + " is not a day: " + name + " has " + ym.lengthOfMonth() + " days";
        }
        Matcher loose = LOOSE_ISO.matcher(text);
        if (loose.matches()) {
            String padded = iso(loose.group(1), Integer.parseInt(loose.group(2)), Integer.parseInt(loose.group(3)));
            if (padded != null) {
                return quoted + " is not an ISO date (YYYY-MM-DD): month and day take two digits, " + padded;
            }
        }
        Matcher other = OTHER_ORDER.matcher(text);
        if (other.matches()) {
            int first = Integer.parseInt(other.group(1));
            int second = Integer.parseInt(other.group(2));
            String year = other.group(3);
            String iso1 = iso(year, second, first);
            String iso2 = iso(year, first, second);
            String hint = first > 12 && iso1 != null
                    ? ": written day first; in ISO form it is " + iso1
                    : second > 12 && iso2 != null
                            ? ": written month first; in ISO form it is " + iso2
                            : iso1 != null && iso2 != null && !iso1.equals(iso2)
                                    ? ": write it year first, " + iso1 + " (day first) or " + iso2 + " (month first)"
                                    : iso1 != null ? ": write it year first, " + iso1 : "";
            return quoted + " is not an ISO date (YYYY-MM-DD, year first)" + hint;
        }
        return quoted + " is not an ISO date (YYYY-MM-DD)";
    }

    private static String iso(String year, int month, int day) {
        String text = String.format(Locale.ROOT, "%s-%02d-%02d", year, month, day);
        return parse(text) == null ? null : text;
    }
}
