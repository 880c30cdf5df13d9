package dev.reportengine.templates.analysis;

import dev.reportengine.api.media.Media;
import dev.reportengine.api.spi.CancellationToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import org.junit.jupiter.api.Test;

class ScratchDebugTest {
  private static final LanguagePack EN = LanguagePack.forLanguage(Optional.of("en")).orElseThrow();

  @Test
  void dump() throws Exception {
    for (String s : Files.readAllLines(Path.of("/tmp/scratch/sentences.txt"))) {
      if (s.isBlank()) continue;
      System.out.println("S: " + s);
      for (Item i : ItemsTest.items(s)) System.out.println("   -> " + i);
    }
    String call = System.getProperty("scratch.call");
    if (call != null) {
      MediaBuilder b = MediaBuilder.conversation();
      Set<String> seen = new HashSet<>();
      double t = 0;
      for (String line : Files.readAllLines(Path.of(call))) {
        if (line.startsWith("#") || !line.contains(":")) continue;
        String who = line.substring(0, line.indexOf(':')).trim();
        String text = line.substring(line.indexOf(':') + 1).trim();
        if (seen.add(who)) b.entity(who.toLowerCase(), who);
        b.says(who.toLowerCase(), t, t + 5, text);
        t += 6;
      }
      Media m = b.build();
      for (Item i : Items.of(m, EN, CancellationToken.NONE)) System.out.println("CALL -> " + i);
    }
  }
}
