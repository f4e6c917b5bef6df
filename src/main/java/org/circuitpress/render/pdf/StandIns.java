package org.circuitpress.render.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * What a handout prints for a character none of its fonts has. Trainers paste cues and notes with
 * emoji, ticks, arrows and bullets from their phones and websites; a "?" for each reads as a
 * mistake ("? Keep your ribs down", "Push ? ? ?"). So a symbol with a plain equivalent the font has
 * prints as that (a tick, an arrow, a bullet), a pictograph that only decorates is left out, and
 * only a letter of a script the font lacks (a name in Chinese) is still a "?", which says that
 * something is missing where leaving it out would change the word.
 */
final class StandIns {
  private StandIns() {}

  /** Each symbol's plain equivalents, the first the font has printed. */
  private static final Map<Integer, List<String>> PLAIN = new HashMap<>();

  private static void plain(String instead, int... cps) {
    for (int cp : cps) PLAIN.put(cp, List.of(instead));
  }

  static {
    // ticks: ✅ ✔ ☑ 🗸 ✓
    plain("✓", 0x2705, 0x2714, 0x2611, 0x1F5F8, 0x2713);
    // crosses: ❌ ❎ ✗ ✘ 🗴 🗶; ✖ is a cross or a times sign, and × reads as both
    plain("✗", 0x274C, 0x274E, 0x2717, 0x2718, 0x1F5F4, 0x1F5F6);
    plain("×", 0x2716);
    // arrows: ➡ ➔ and the dingbat arrows, ⮕, 👉; ⬅ 👈; ⬆ 👆 ☝; ⬇ 👇
    plain("→", 0x27A1, 0x2B95, 0x1F449, 0x1F846, 0x1F852, 0x1F87A);
    for (int cp = 0x2794; cp <= 0x27BF; cp++) {
      if (cp != 0x27B0 && cp != 0x27BF) plain("→", cp);
    }
    plain("←", 0x2B05, 0x1F448);
    plain("↑", 0x2B06, 0x1F446, 0x261D);
    plain("↓", 0x2B07, 0x1F447);
    // bullets: ● ⚫ ⚪ ⬤ 🔵 🔴 🟢 🟡 🟠 🟣 ▪ ◾ ◽ ⬛ ⬜ 🔸 🔹 🔶 🔷 ⦁ ∙
    plain("•", 0x25CF, 0x26AB, 0x26AA, 0x2B24, 0x1F535, 0x1F534, 0x1F7E2, 0x1F7E1, 0x1F7E0, 0x1F7E3, 0x25AA,
        0x25FE, 0x25FD, 0x2B1B, 0x2B1C, 0x1F538, 0x1F539, 0x1F536, 0x1F537, 0x2981, 0x2219);
    plain("!", 0x2757, 0x2755);
    plain("?", 0x2753, 0x2754);
    plain("!!", 0x203C);
    plain("!?", 0x2049);
    plain("★", 0x2B50, 0x1F31F);
    plain("+", 0x2795);
    plain("-", 0x2796);
    plain("10", 0x1F51F);
  }

  /**
   * What prints instead of {@code cp}, which no font of the handout draws: a plain equivalent
   * that {@code drawn} says the font has, "" for a pictograph or an emoji's joiner or modifier,
   * else "?".
   */
  static String of(int cp, IntPredicate drawn) {
    for (String s : PLAIN.getOrDefault(cp, List.of())) {
      if (s.codePoints().allMatch(drawn)) return s;
    }
    return decoration(cp) ? "" : "?";
  }

  /**
   * A pictograph (an emoji, a dingbat, a flag's letter) or what joins and varies emoji (the
   * zero-width joiner, variation selectors, skin tones, the keycap's frame): it carries no word.
   */
  static boolean decoration(int cp) {
    int type = Character.getType(cp);
    return type == Character.OTHER_SYMBOL || type == Character.FORMAT || modifier(cp);
  }

  /**
   * What changes how the emoji before it looks (a variation selector, a skin tone, the keycap's
   * frame, a zero-width joiner or a flag's tag): it goes with the emoji it follows, even where the
   * font has a blank glyph for it, so that "🏋️" left out leaves no stray mark.
   */
  static boolean modifier(int cp) {
    return (cp >= 0xFE00 && cp <= 0xFE0F)
        || (cp >= 0xE0100 && cp <= 0xE01EF)
        || (cp >= 0xE0020 && cp <= 0xE007F)
        || (cp >= 0x1F3FB && cp <= 0x1F3FF)
        || cp == 0x20E3
        || cp == 0x200D;
  }
}
