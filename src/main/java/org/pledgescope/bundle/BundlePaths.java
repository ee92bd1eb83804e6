package org.pledgescope.bundle;

/** Which names a bundle's entries may have: relative, forward slashes, no {@code ..}, nothing a shell or OS reads. */
final class BundlePaths {
    private BundlePaths() {}

    /** What is wrong with an entry's name, or null when it is a safe relative path. */
    static String problem(String name) {
        if (name.isEmpty()) {
            return "is empty";
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return "'" + name + "' is an absolute path";
        }
        if (name.contains("\\")) {
            return "'" + name + "' contains a backslash";
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < 0x20 || name.charAt(i) == 0x7f) {
                return "'" + name.replaceAll("\\p{Cntrl}", "?") + "' contains a control character";
            }
        }
        String file = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String segment : file.split("/", -1)) {
            if (segment.equals("..")) {
                return "'" + name + "' contains '..'";
            }
            if (segment.isEmpty() || segment.equals(".")) {
                return "'" + name + "' has an empty or '.' segment";
            }
        }
        return null;
    }
}
