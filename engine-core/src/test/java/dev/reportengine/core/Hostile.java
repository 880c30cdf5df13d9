package dev.reportengine.core;

import java.util.List;

/** Strings that would become Markdown markup if a renderer did not escape them. */
public final class Hostile {

  private Hostile() {}

  /** Each string tries to forge a different construct. */
  public static List<String> strings() {
    return List.of(
        "# Heading",
        "#Heading without space",
        "Setext\n===",
        "Setext\n---",
        "[x](http://e.com)",
        "[ref]: http://e.com",
        "![i](x)",
        "<script>alert(1)</script>",
        "<http://a.example>",
        "**bold**",
        "_em_ and *em*",
        "__strong__",
        "~~strike~~",
        "> quote",
        "1. item",
        "2) item",
        "- item",
        "+ item",
        "* item",
        "***",
        "---",
        "| a | b |\n|---|---|",
        "`code`",
        "```js",
        "~~~",
        "    indented code",
        "http://example.com",
        "see https://example.com/a_b?c=d.",
        "www.example.com",
        "WWW.EXAMPLE.COM",
        "mail a@b.com or mailto:c@d.org",
        "&amp; &#35; &copy",
        "tab\there\tand\tthere",
        "line\r\n# heading after CRLF",
        "first\n\n- list after blank line",
        "hard break  \nnext",
        "trailing backslash \\",
        "\\*already escaped\\*",
        "(x)[y]",
        "{curly} !important",
        "ends with!",
        "");
  }
}
