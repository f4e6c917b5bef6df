package org.circuitpress.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.circuitpress.model.Branding;
import org.circuitpress.model.Diagnostics;
import org.circuitpress.model.Location;
import org.circuitpress.model.Names;

/**
 * Reads a two-column {@code setting,value} file. A bad setting is a warning and keeps its default,
 * so branding never stops a run.
 */
public final class BrandingReader {
  public static final String SHEET = "Branding";
  public static final Columns COLUMNS =
      Columns.of(List.of("setting", "value"), List.of()).allowingNoRows();
  static final List<String> SETTINGS =
      List.of("name", "logo", "accent", "contact", "footer", "fallback_font");
  private static final Pattern COLOUR = Pattern.compile("#?([0-9A-Fa-f]{6})");
  private static final Pattern SHORT_COLOUR = Pattern.compile("#?([0-9A-Fa-f]{3})");
  private static final Pattern RGB =
      Pattern.compile("(?i)rgb\\s*\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*\\)");

  private BrandingReader() {}

  /** The branding; {@link Branding#DEFAULT} settings for anything missing or wrong. */
  public static Branding read(Path file, Diagnostics d) {
    // Branding never fails a run: what would be an error in a roster (an empty file, a missing
    // column) is a warning here, and the handouts keep the default branding.
    Diagnostics local = new Diagnostics();
    Branding b = readSettings(file, local);
    for (org.circuitpress.model.Diagnostic x : local.all()) {
      d.add(x.isError()
          ? org.circuitpress.model.Diagnostic.warning(x.location(), x.message() + "; the handouts use the default"
              + " branding for what it would have set")
          : x);
    }
    return b;
  }

  private static Branding readSettings(Path file, Diagnostics d) {
    Path folder = file.toAbsolutePath().normalize().getParent();
    Set<String> seen = new HashSet<>();
    Map<String, Integer> usedRow = new HashMap<>();
    Map<String, Integer> firstRow = new HashMap<>();
    Branding b = Branding.DEFAULT;
    String[] name = {b.name()};
    Path[] logo = {b.logo()};
    int[] accent = {b.accentRgb()};
    String[] contact = {b.contact()};
    String[] footer = {b.footer()};
    Path[] font = {b.fallbackFont()};
    Location[] nameAt = {null};
    Location[] contactAt = {null};
    Location[] footerAt = {null};
    TableReader.scan(
        file,
        SHEET,
        COLUMNS,
        d,
        row -> {
          Fields f = new Fields(row, d);
          String setting = f.text("setting");
          String key = Names.header(setting);
          String value = f.text("value");
          if (setting.isEmpty()) {
            f.warning("value", "a value without a setting name is ignored");
            return;
          }
          Optional<String> known =
              key.equals("colour") || key.equals("color")
                  ? Optional.of("accent")
                  : SETTINGS.stream().filter(s -> Names.header(s).equals(key)).findFirst();
          if (known.isEmpty()) {
            String hint =
                Suggest.closest(setting, SETTINGS, Names::header)
                    .map(s -> "; did you mean " + s + "?")
                    .orElse("; known settings are " + String.join(", ", SETTINGS));
            f.warning("setting", "unknown setting \"" + setting + "\" ignored" + hint);
            return;
          }
          if (usedRow.containsKey(known.get())) {
            int at = usedRow.get(known.get());
            f.warning("setting", "the setting " + known.get() + " is given twice; "
                + (at == firstRow.get(known.get()) ? "the first one" : "the one on row " + at)
                + " is used");
            return;
          }
          // A setting given again after one that could not be used (an empty value, a colour
          // misspelled) is used: it is what the trainer meant.
          boolean again = !seen.add(known.get());
          firstRow.putIfAbsent(known.get(), f.at("setting").row());
          if (value.isEmpty()) return;
          boolean ok = switch (known.get()) {
            case "name" -> {
              nameAt[0] = f.at("value");
              yield set(name, value);
            }
            case "contact" -> {
              contactAt[0] = f.at("value");
              yield set(contact, value);
            }
            case "footer" -> {
              footerAt[0] = f.at("value");
              yield set(footer, value);
            }
            case "accent" -> colour(f, value).map(c -> accent[0] = c).isPresent();
            case "logo" -> file(f, folder, value, false).map(x -> logo[0] = x).isPresent();
            case "fallback_font" -> file(f, folder, value, true).map(x -> font[0] = x).isPresent();
            default -> false;
          };
          if (!ok) return;
          usedRow.put(known.get(), f.at("setting").row());
          if (again) {
            f.warning("setting", "the setting " + known.get() + " is given again; this one is used, as the"
                + " one before it could not be");
          }
        });
    return new Branding(name[0], logo[0], accent[0], contact[0], footer[0], font[0], nameAt[0], contactAt[0],
        footerAt[0]);
  }

  private static boolean set(String[] into, String value) {
    into[0] = value;
    return true;
  }

  private static Optional<Integer> colour(Fields f, String value) {
    var m = COLOUR.matcher(value);
    if (m.matches()) return Optional.of(Integer.parseInt(m.group(1), 16));
    // "#2E6" is "#22EE66", as in CSS
    var shortHex = SHORT_COLOUR.matcher(value);
    if (shortHex.matches()) {
      String h = shortHex.group(1);
      return Optional.of(Integer.parseInt("" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2), 16));
    }
    // "rgb(46, 111, 87)", as a web page or a design app gives it
    var rgb = RGB.matcher(value);
    if (rgb.matches()) {
      int r = Integer.parseInt(rgb.group(1));
      int g = Integer.parseInt(rgb.group(2));
      int b = Integer.parseInt(rgb.group(3));
      if (r <= 255 && g <= 255 && b <= 255) return Optional.of((r << 16) | (g << 8) | b);
    }
    f.warning(
        "value",
        "expected a colour like #1F4E79 (or #2E6, or rgb(46, 111, 87)), got "
            + Fields.quote(value)
            + "; it is ignored (the default colour is used unless a later accent row gives one)");
    return Optional.empty();
  }

  private static Optional<Path> file(Fields f, Path folder, String value, boolean isFont) {
    Path p;
    try {
      p = folder.resolve(value).normalize();
    } catch (InvalidPathException e) {
      f.warning("value", "not a valid file name: " + Fields.quote(value));
      return Optional.empty();
    }
    Optional<String> problem =
        isFont ? font(p, Fields.quote(value)) : Images.content(p, Fields.quote(value));
    if (problem.isEmpty()) return Optional.of(p);
    // a trainer whose logo is elsewhere (their Downloads) is told where the file was looked for
    // a full path (pasted from the file manager) was looked for where it says, not in that folder
    String where = Files.exists(p) ? "" : Path.of(value).isAbsolute() ? ". There is no file at " + p
        + ": check the path, or put the file in the branding file's folder and write its name alone"
        : ". It was looked for as " + p + ", in the branding file's folder: put the file there, or write its path"
            + " from that folder";
    f.warning(
        "value",
        problem.get() + (isFont ? "; no fallback font is used" : "; the handouts have no logo") + where);
    return Optional.empty();
  }

  /** A TrueType or OpenType font, recognised by its first four bytes. */
  private static Optional<String> font(Path p, String q) {
    if (!Files.isRegularFile(p)) return Optional.of("font file not found: " + q);
    try (InputStream in = Files.newInputStream(p)) {
      byte[] h = in.readNBytes(4);
      boolean ok =
          h.length == 4
              && ((h[0] == 0 && h[1] == 1 && h[2] == 0 && h[3] == 0)
                  || new String(h, java.nio.charset.StandardCharsets.ISO_8859_1)
                      .matches("OTTO|true"));
      return ok
          ? Optional.empty()
          : Optional.of("the font " + q + " is not a TrueType or OpenType file");
    } catch (IOException e) {
      return Optional.of("cannot read the font " + q);
    }
  }
}
