package dev.reportengine.templates.sales;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.templates.analysis.ConversationAnalysis;
import dev.reportengine.templates.analysis.Excerpt;
import dev.reportengine.templates.analysis.Finding;
import dev.reportengine.templates.analysis.Lexicon;
import dev.reportengine.text.Stopwords;
import dev.reportengine.text.Tokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Competitors named in a sales call. With a {@code competitors} list, each listed name said in the
 * call. Without one, product and company names said in a competitive context: the tool the buyer is
 * on, uses or pays today ("we've been on X", "they use X", not "they use X as their depot", "an app
 * called X", "we pay X", "what do you pay for X", "X contract", "everything goes into X", "the
 * texts go out through X"), a rival ("got a quote from X", "the X quote", "looked at X", "a demo
 * from X", "we trialled X", "switching from X", "cheaper than X", "X are still cheaper", "win
 * against X", "X doesn't ..."; with a price or a pitch in the sentence: "we had X in to demo", "X
 * came in last week with a quote", "X came in at a thousand a plot"; "X were eighty-five pence", "X
 * were twenty-six."). Never a name that is an integration, a partner or a payment rail ("the X
 * integration", "X for invoicing", "card payments go through X"), a reference customer ("X went
 * live with", "moved over to us", "the X case study"), the seller's or the buyer's own company
 * ("here at X", "I'm Ana from X", "it's Owen Marsh from X", "I'm Niamh Doherty, account executive
 * at X", "live on X"), a place ("Castle Autocentres in X are four sites", "the X figures"), or a
 * participant's name. One finding per name, quoting its first competitive mention, with the rule. A
 * name the call uses for a person ("Aoife who does all the data", "the demo from Rachel on your
 * team") is no competitor; a person named only in a context above ("Tom came in at seven to open
 * up" has no price or pitch) is not taken for one, though a first name this class cannot tell from
 * a product's can still be.
 */
final class Competitors {

  private static final String NAME = "([A-Z][A-Za-z0-9&'-]*[A-Za-z0-9](?: [A-Z][A-Za-z0-9&-]+)?)";

  /**
   * A word of a price or a pitch in the rest of the sentence: what makes "X came in last week" or
   * "we had X in" a rival's visit rather than a colleague's or an inspector's.
   */
  private static final String PITCHED =
      "(?=[^.?!]{0,120}\\b(?i:demo|demoed|quote|quoted|pitch|pitched|present|presented"
          + "|presentation|proposal|trial|price|priced|pence|pounds|quid|dollars|euros|cheaper"
          + "|hundred|thousand|grand"
          + "|per [a-z]+|a (?:seat|month|year|head|user|site|unit|licen[cs]e))\\b)";

  private static final Map<String, Pattern> CONTEXTS = new LinkedHashMap<>();

  static {
    context(
        "quote_from", "(?i:\\b(?:got|get|have|had) a (?:quote|proposal|bid|tender) from) " + NAME);
    context("pays_today", "(?i:\\b(?:pay|paying|pays)(?: for)?) " + NAME);
    context(
        "current_tool",
        "(?i:\\b(?:been|we're|we are|still|currently|sites are|are all|is all) on) "
            + NAME
            + "|(?i:\\b(?:goes|go|went) into) "
            + NAME
            + "|(?i:\\b(?:i|we|they|you|she|he|still) (?:use|used|uses|are using|'re using|'m using"
            + "|were using)) "
            + NAME
            + "\\b(?!(?i: as (?:their|our|the|a|an|his|her))\\b)"
            + "|(?i:\\b(?:an app|an application|a system|a tool|a program|a programme|software|a"
            + " platform|a package|a product|a website|a portal)"
            + " called) "
            + NAME
            + "|(?i:\\b(?:texts|messages|emails|reminders|alerts|notifications) (?:go|goes|went|are sent|get sent)"
            + "(?: out)? (?:through|via)) "
            + NAME
            + "|(?i:\\bupdates) "
            + NAME
            + "|(?i:\\b(?:export|exports) from) "
            + NAME
            + "|"
            + NAME
            + "(?i:,? who (?:run|runs|do|does|handle|handles|process|processes|look after|looks after)"
            + " (?:the|our|all our|all the) [^.?!]{0,40}\\bfor us)"
            + "|(?i:\\b(?:renew|renewing|renewed|(?:we've|we have|it's|it has|(?:contract|account"
            + "|maintenance|servicing|support|service|work) has) been) with) "
            + NAME);
    context(
        "switching_from",
        "(?i:\\b(?:switch|switched|switching|move|moving|moved|migrate|migrating|migration|coming|came)"
            + "(?: over)?(?: away)? from) "
            + NAME);
    context(
        "contract",
        NAME
            + "(?i: (?:contract|renewal|licen[cs]e fee|quote|proposal|bid))|(?i:\\bcontract with) "
            + NAME);
    context(
        "comparison",
        "(?i:\\b(?:against|than|versus|vs\\.?|compared to|compared with|instead of)) " + NAME);
    context(
        "evaluated",
        "(?i:\\b(?:look|looked|looking) at) "
            + NAME
            + "|(?i:\\b(?:we|we've|we have) (?:had|also had)) "
            + NAME
            + "(?i: in (?:to (?:demo|present|pitch|show)|for a (?:demo|presentation|pitch)))"
            + "|(?i:\\b(?:demo|demonstration|trial|presentation|pitch) (?:from|of)) "
            + NAME
            + "\\b(?!(?i: (?:on|from|at|in) your)\\b)"
            + "|(?i:\\b(?:trialled|trialed|trialling|trialing|piloted|piloting)) "
            + NAME
            + "|(?i:\\b(?:we|we've|we have|we'd) had) "
            + NAME
            + "(?i: (?:in|out|round|over|come)\\b"
            + "(?![^.?!]{0,80}\\bto (?!(?:demo|present|pitch|show|quote|talk us)\\b)[a-z]+))"
            + PITCHED
            + "|(?i:\\b(?:had a look|have a look|having a look|looked|look|looking) at the) "
            + NAME
            + "\\b(?!(?i: (?:figures|numbers|report|reports|data|site|office|branch|team|results|accounts"
            + "|depot|store|shop|plan|budget|rota|schedule)\\b))"
            + "|(?i:\\b(?:putting|moving|run|running) (?:the|our|all the|all our) [a-z]+(?: [a-z]+)?"
            + " (?:on|onto|over to)) "
            + NAME);
    context(
        "rival_behaviour",
        NAME
            + "(?i: (?:looks|is|was|are|were|seems|came in|came back|come back|comes in)"
            + " (?:still |much |a lot |far |way |a bit |quite a bit )?(?:cheaper|better|slicker))"
            + "|"
            + NAME
            + "(?i: (?:looks|is|was|are|were|seems|came in|came back|come back|comes in) (?:at|with))"
            + PITCHED
            + "|"
            + NAME
            + "(?i: (?:does most of|already does|quoted us|offered us|showed us|gave us|sent us a"
            + " (?:quote|proposal|price|bid)|sent over a (?:quote|proposal|price|bid)))"
            + "|"
            + NAME
            + "(?i: (?:doesn't|didn't|can't|won't|does|did) (?:do|have|support|reflow|handle|offer))"
            + "|(?i:\\b(?:a lot about|fair to)) "
            + NAME
            + "|"
            + NAME
            + "(?i: (?:came|come) (?:in|back|out|round|over|to (?:look|see|quote|demo))(?: in)?"
            + " (?:last|a couple|a few|this|on|yesterday|earlier|two|three|at|to us|the)\\b)"
            + PITCHED
            + "|(?<!\\b(?:in|at) )"
            + NAME
            + "(?i: (?:were|are) (?:(?:under|over|about|around|only|just|nearly|roughly|at) )?"
            + "(?:£|\\$|€|\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand"
            + "|half)\\b(?:[ -][a-z]+){0,3}?"
            + "(?i:[.,!]| (?:pence|pounds|quid|dollars|euros|grand|cheaper|a (?:seat|month|year|head|user"
            + "|unit|site|licen[cs]e|wristband|visit|lift|vet|room|van)|per [a-z]+)\\b))");
  }

  /**
   * A person: "Aoife who does all the data", "Aoife's leaving at Christmas"; not a name that ends
   * in a word of {@link #ORGANISATION_WORDS} ("Ambry Solar, who installed them").
   */
  private static final Pattern PERSON =
      Pattern.compile(
          NAME + "(?i:,? who\\b|'s (?:leaving|retiring|replacement|going|off|on leave|the only))");

  /** Last words of company names, which {@link #PERSON} never names. */
  private static final Set<String> ORGANISATION_WORDS =
      Set.of(
          "solar",
          "energy",
          "systems",
          "group",
          "software",
          "labs",
          "services",
          "logistics",
          "health",
          "insurance",
          "mutual",
          "partners",
          "technologies",
          "tech",
          "foods",
          "bank",
          "cloud",
          "data",
          "analytics",
          "ltd",
          "inc",
          "llc",
          "plc",
          "gmbh",
          "consulting",
          "solutions",
          "security",
          "networks",
          "media",
          "digital",
          "payroll",
          "hr");

  /**
   * Names that are integrations, partners, references or one's own company, anywhere in the call.
   */
  private static final List<Pattern> NOT_COMPETITOR =
      List.of(
          Pattern.compile(NAME + "(?i: (?:integration|sync|api|plugin|connector|partnership))"),
          Pattern.compile("(?i:\\bintegration with|integrates with|partner(?:ed)? with) " + NAME),
          Pattern.compile(NAME + "(?i: for (?:invoicing|accounting|payroll|billing|payments))"),
          Pattern.compile(
              "(?i:\\b(?:payments?|card payments?|cards?) (?:go|goes|went) through) " + NAME),
          Pattern.compile(
              NAME
                  + "(?i: (?:went live|moved over to us|switched to us|mentions|uses us|is a"
                  + " customer|case study))"),
          Pattern.compile("(?i:\\b(?:customers? like|customer of ours|reference)) " + NAME),
          PERSON,
          Pattern.compile(
              "(?i:\\b(?:here at"
                  + "|work at|work for|side for|live on"
                  + "|welcome to|reading up on)) "
                  + NAME),
          Pattern.compile(
              "(?i:\\b(?:I'm|I am|this is|it's|it is)) \\p{Lu}\\w+(?: \\p{Lu}\\w+)?"
                  + "(?i:(?:, [a-z ]{2,40})? (?:from|at)) "
                  + NAME));

  private static final Set<String> NOT_NAMES =
      Set.of(
          "I",
          "I'm",
          "He",
          "She",
          "They",
          "We",
          "It",
          "You",
          "Okay",
          "OK",
          "Yeah",
          "So",
          "And",
          "But",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Excel",
          "Android",
          "iOS",
          "Apple",
          "Windows",
          "Google",
          "Microsoft",
          "Slack",
          "Zoom",
          "Teams",
          "API",
          "CFO",
          "CEO",
          "IT",
          "HR");

  private static final Stopwords STOPWORDS = Stopwords.english();

  private Competitors() {}

  private static void context(String rule, String regex) {
    CONTEXTS.put(rule, Pattern.compile(regex));
  }

  /** The competitor findings of {@code a}: listed names when given, else detected ones. */
  static List<Finding> of(ConversationAnalysis a, List<String> listed) {
    return listed.isEmpty() ? detected(a) : listed(a, listed);
  }

  private static List<Finding> listed(ConversationAnalysis a, List<String> names) {
    List<Finding> out = new ArrayList<>();
    for (String name : names) {
      Lexicon one = Lexicon.of(List.of(name));
      a.mentions(one, id -> true).stream()
          .findFirst()
          .ifPresent(
              e ->
                  out.add(
                      Finding.of("competitor", e, "competitor.listed")
                          .with("name", name)
                          .with("listed", JsonValue.of(true))));
    }
    return List.copyOf(out);
  }

  private static List<Finding> detected(ConversationAnalysis a) {
    Set<String> excluded = new HashSet<>();
    a.media()
        .entities()
        .forEach(e -> e.label().ifPresent(l -> excluded.addAll(List.of(l.split("\\s+")))));
    List<Excerpt> named =
        a.sentenceIndex().sentences().stream().filter(e -> hasInnerCapital(e.text())).toList();
    for (Excerpt e : named) {
      a.checkpoint();
      for (Pattern p : NOT_COMPETITOR) {
        Matcher m = p.matcher(e.text());
        while (m.find()) {
          if (p == PERSON && (isOrganisation(clean(m.group(1))) || isCamelCase(m.group(1)))) {
            continue;
          }
          excluded.add(clean(m.group(1)));
          excluded.add(clean(m.group(1)).split(" ")[0]);
        }
      }
    }
    Map<String, Finding> found = new LinkedHashMap<>();
    for (Excerpt e : named) {
      a.checkpoint();
      for (Map.Entry<String, Pattern> c : CONTEXTS.entrySet()) {
        Matcher m = c.getValue().matcher(e.text());
        while (m.find()) {
          String name = clean(firstGroup(m));
          String head = name.split(" ")[0];
          if (name.isEmpty()
              || NOT_NAMES.contains(head)
              || STOPWORDS.contains(head.toLowerCase(Locale.ROOT))
              || excluded.contains(name)
              || excluded.contains(head)
              || found.containsKey(key(name))) {
            continue;
          }
          found.put(
              key(name),
              Finding.of("competitor", e, "competitor." + c.getKey())
                  .with("name", name)
                  .with("listed", JsonValue.of(false)));
        }
      }
    }
    return List.copyOf(found.values());
  }

  /**
   * Whether a name is written as products and companies are, a capital inside a word after three
   * small letters ("LedgerLoom, who run the payroll for us", "FibreNest"), not as people's names
   * are ("McKenzie", "MacLeod", "DeShawn").
   */
  static boolean isCamelCase(String name) {
    return CAMEL_CASE.matcher(name).find();
  }

  private static final Pattern CAMEL_CASE = Pattern.compile("\\b(?!Mac)\\p{Lu}\\p{Ll}{3,}+\\p{Lu}");

  private static boolean isOrganisation(String name) {
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return name.indexOf(' ') > 0 && ORGANISATION_WORDS.contains(last);
  }

  /** The competitor's name of a finding of {@link #of}. */
  static String nameOf(Finding competitor) {
    return ((JsonValue.JsonString) competitor.details().get("name")).value();
  }

  /**
   * Whether a sentence may hold a name: a capital letter after its first character other than the
   * word "I", or a first word that is capitalised and not a stop word ("Rotabloom was cheaper").
   * Every context and exclusion needs a name, so other sentences are skipped.
   */
  static boolean hasInnerCapital(String text) {
    String first = text.substring(0, leadingWordEnd(text));
    if (!first.isEmpty()
        && Character.isUpperCase(first.charAt(0))
        && !NOT_NAMES.contains(first)
        && !STOPWORDS.contains(first.toLowerCase(Locale.ROOT))) {
      return true;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean pronoun =
            c == 'I'
                && !Character.isLetter(text.charAt(i - 1))
                && (i + 1 == text.length() || !Character.isLetter(text.charAt(i + 1)));
        if (!pronoun) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Where the text's leading run of letters, apostrophes and hyphens ends: what {@code
   * text.split("[^\\p{L}'-]+", 2)[0]} keeps, without a regex per sentence.
   */
  static int leadingWordEnd(String text) {
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!Character.isLetter(cp) && cp != '\'' && cp != '-') {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  private static String firstGroup(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return "";
  }

  /**
   * {@code name} without a possessive and without a sentence-initial word the name pattern took
   * along ("And Paywise" → "Paywise").
   */
  private static String clean(String name) {
    String n = name.endsWith("'s") ? name.substring(0, name.length() - 2) : name;
    n = n.strip();
    int space = n.indexOf(' ');
    if (space > 0) {
      String head = n.substring(0, space);
      if (NOT_NAMES.contains(head) || STOPWORDS.contains(head.toLowerCase(Locale.ROOT))) {
        n = n.substring(space + 1);
      }
    }
    return n;
  }

  private static String key(String name) {
    return String.join(" ", Tokens.words(name)).toLowerCase(Locale.ROOT);
  }
}
