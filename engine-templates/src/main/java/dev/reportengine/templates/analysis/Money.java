package dev.reportengine.templates.analysis;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells whether a sentence states an amount of money: a currency sign before digits ({@code
 * $3,800}), or a number in digits or in words followed by a money unit ("forty-two dollars", "about
 * nineteen hundred a month", "thirty thousand a year", "$36 per seat", "two grand"), or a
 * percentage of a price ("ten percent off", "about twenty percent more", "less the ten percent"),
 * or a round amount said with a price word ("the eight thousand you quoted", "onboarding is about
 * two thousand", "a setup fee on top, I think twelve thousand", "has set aside sixty thousand"), or
 * a spending threshold ("anything over twenty thousand goes to Gideon"), a number per unit ("two
 * hundred and ten per scale", "one ninety a scale", "a thousand and twenty a plot"), a total over a
 * contract or left in a budget ("thirty thousand over the whole contract", "nine thousand left in
 * it") or a year's cost ("the first year is about ten thousand"), or a compound amount said the way
 * prices are ("four thousand nine hundred and fifty", but not "four thousand two hundred users"). A
 * sentence that only says "cost", "pricing" or "expensive" states no amount.
 */
public final class Money {

  /**
   * Names of money, in the singular and plural: "forty pounds", "two grand", "a dollar", "fifty
   * rupees". The one list of them: {@code sales.SalesFacts} reads it too.
   */
  public static final List<String> CURRENCIES =
      List.of(
          "dollars", "dollar", "pounds", "pound", "euros", "euro", "cents", "cent", "pence",
          "bucks", "buck", "quid", "grand", "rupees", "rupee", "francs", "franc", "yen", "kronor",
          "kroner", "krona", "krone", "pesos", "peso", "rands", "rand");

  /** {@link #CURRENCIES} as one alternation, plurals before their singulars. */
  private static final String CURRENCY = "(?:" + String.join("|", CURRENCIES) + ")";

  static final String NUMBER_WORD =
      "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
          + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
          + "|eighty|ninety|hundred|thousand|million|half|a few|a couple)";

  /**
   * A number in digits or in up to eight words ("four thousand five hundred and twenty-two"). The
   * bound keeps a hostile run of number words from recursing once per word (a stack overflow) and
   * from backtracking over the whole run at every start: each start tries at most eight words.
   */
  private static final String NUMBER =
      "(?:\\d[\\d,.]*+|" + NUMBER_WORD + "(?:[- ](?:and )?" + NUMBER_WORD + "){0,7})";

  /**
   * A number that reads as a price rather than a count: two or more digits, or two or more number
   * words ("one ninety", "two hundred and ten"); "three a site" and "two per room" are counts.
   */
  private static final String PRICE_LIKE =
      "(?:\\d{2}[\\d,.]*+|" + NUMBER_WORD + "(?:[- ](?:and )?" + NUMBER_WORD + "){1,7})";

  private static final String UNIT =
      "(?:"
          + CURRENCY
          + "\\b|k\\b|an? (?:seat|user|head"
          + "|license|licence|technician|month|year)|per (?:seat|user|head|license|licence"
          + "|technician|month|year|agent)|each|a month|a year|annually|monthly)";

  private static final Pattern AMOUNT =
      Pattern.compile(
          "[$\u20ac\u00a3]\\s?\\d|\\b"
              + NUMBER
              + "(?: (?:hundred|thousand|million))?(?: and change| plus)?\\s?"
              + UNIT
              + "|\\b"
              + NUMBER
              + " ?(?:percent|per cent|%) (?:off|discount|more|less|cheaper|higher|lower|increase|on top)"
              + "(?! (?:water|time|energy|fuel|staff|people|waste|power|space|effort|hours|admin|paperwork)\\b)"
              + "|\\b(?:less|minus) (?:the )?"
              + NUMBER
              + " ?(?:percent|%)"
              + "|\\b"
              + NUMBER
              + " (?:hundred|thousand|million) (?:you|they|we) (?:quoted|charged|offered|proposed)"
              + "|\\b(?:fee|price|cost|costs|budget|spend|comes to|quoted|quote|implementation|onboarding"
              + "|setup|set-up|installation"
              + "|discount) (?:is |was |of |at |would be |will be |above |over |under |around |about"
              + " |roughly ){0,6}(?:the )?"
              + NUMBER
              + " (?:hundred|thousand|million)\\b"
              + "|\\b(?:fees?|price|costs?|budget|spend|spending|set aside|budgeted|allocated"
              + "|earmarked|invoice|quoted)\\b[^.?!]{0,40}?\\b"
              + NUMBER
              + " (?:hundred|thousand|million)\\b"
              + "|\\b(?:anything|everything|spend|spending|purchases?|orders?) (?:over|above|under) (?:a )?"
              + NUMBER
              + " (?:hundred|thousand|million)\\b"
              + "|\\b"
              + PRICE_LIKE
              + " per (?!cent\\b)[a-z]{3,15}\\b"
              + "|\\b"
              + PRICE_LIKE
              + " (?:a|an) (?:scale|site|unit|device|location|outlet|room|bed|hectare|acre|tonne"
              + "|kilo|vehicle|van|truck|store|shop|school|pupil|student|patient|member|employee"
              + "|desk|screen|camera|sensor|machine|kitchen|branch|plot|house|home|property|flat|visit)\\b"
              + "|\\b"
              + NUMBER
              + " (?:hundred|thousand|million) (?:(?:over|across|for) the (?:whole |full |entire )?"
              + "(?:contract|term|deal|period)|(?:"
              + CURRENCY
              + " )?left (?:in|of))\\b"
              + "|\\b"
              + NUMBER_WORD
              + " thousand(?: and)? (?:one|two|three|four|five|six|seven|eight|nine) hundred(?:"
              + " and [a-z-]{3,12})?\\b(?! (?!"
              + CURRENCY
              + "\\b)[a-z]+s\\b)"
              + "|\\b"
              + NUMBER
              + " (?:hundred|thousand|million)\\b[^.?!]{0,30}\\b(?:in|from|of|out of) (?:the|our|this"
              + " year's|next year's) (?:[a-z]+ )?budget\\b"
              + "|\\b(?:about |around |roughly )?"
              + NUMBER
              + "(?: and a half)?,? all in(?=[.,!?;]|$)"
              + "|\\b(?:charged|charges|charge|billed|priced) at (?:about |around |roughly )?"
              + NUMBER
              + " ?(?:percent|per cent|%) of\\b"
              + "|\\b(?:on|paying|pay) (?:about |around |roughly )?"
              + NUMBER
              + " (?:hundred|thousand)(?: and [a-z-]+)? (?:with|to) (?:us|them|you)\\b"
              + "|\\b"
              + PRICE_LIKE
              + " for (?:the )?(?:two|three|four|five|six|seven|eight|nine|ten|\\d+) (?:sites|seats|users"
              + "|licences|licenses|locations|practices|clinics|branches|stores|vans|schools)\\b"
              + "|\\b(?:a|"
              + NUMBER_WORD
              + ") thousand and (?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\b"
              + "(?![- ]?[a-z]* (?!"
              + CURRENCY
              + "\\b)[a-z]+s\\b)"
              + "|\\b(?:first|second|third|each|every) year (?:is|comes to|would be|works out at)"
              + " (?:about |around |roughly |just over |just under |nearly )?"
              + NUMBER
              + " (?:hundred|thousand|million)\\b"
              + "|\\b(?:fee|price|charge|cost) of (?:\\d{1,3}(?:,\\d{3})++|\\d{3,}+|"
              + PRICE_LIKE
              + ")"
              + "|\\b(?:(?<!churn |open |response |conversion |error |attrition |turnover |interest |tax"
              + " |success |failure |growth |birth |click |bounce |hit |delivery |completion |attendance"
              + " |occupancy |response |pass |return )rates?|prices?|fees?)\\b[^.?!]{0,30}"
              + "\\b(?:perhaps|maybe|say|around|about|roughly) "
              + NUMBER
              + " ?(?:percent|per cent|%)"
              + "|\\b"
              + PRICE_LIKE
              + ", (?:that's|which is|it's) (?:a (?:good |big |fair )?chunk|a lot|quite a bit|a fair bit"
              + "|way|much) more than (?:we|i) (?:pay|spend|are paying)\\b"
              + "|\\b"
              + PRICE_LIKE
              + " and a bit\\b"
              + "|\\bcame in at (?:just |about |around |roughly )?(?:under |over |below |above )?"
              + NUMBER
              + " (?:hundred|thousand|million)\\b(?! (?!"
              + CURRENCY
              + "\\b)[a-z]+s\\b)"
              + "|\\b(?:line|budget|pot) for [a-z -]{1,40}, "
              + NUMBER
              + " (?:hundred|thousand|million)\\b"
              + "|\\bknock (?:half|a third|a quarter|[a-z0-9-]+ (?:percent|per cent|hundred|thousand)) off\\b"
              + "|\\b(?:price|prices|cost|costs|fee|fees|list|rate|rates|premium|renewal|subscription)\\b"
              + "[^.?!]{0,30}\\b(?:go(?:es|ing)? up|rises?|rising|increases?|increasing) (?:by )?(?:about |around )?"
              + NUMBER
              + " ?(?:percent|per cent|%)"
              + "|\\b"
              + NUMBER
              + " (?:hundred|thousand|grand) (?:under|over|below|above) (?:the|our|your|my) (?:current )?"
              + "(?:spend|budget|price|quote|line)\\b"
              + "|\\b(?:budget|price|fee|quote) (?:is|was|of|would be|will be) (?:about |around |roughly )?"
              + "(?:a )?"
              + PRICE_LIKE
              + "(?=[.?!,;]|$)"
              + "|\\b(?:sign off|sign-off|approve|authori[sz]e)[^.?!]{0,15}\\b(?:up to|to) (?:a )?"
              + NUMBER
              + " (?:hundred|thousand|million)\\b(?! (?:people|users|requests|staff|members|calls|items|units)\\b)"
              + "|\\b"
              + NUMBER
              + " (?:hundred|thousand) and change\\b"
              + "|\\b(?:[a-z]+ )?line (?:at|has|is|of) (?:about |around |roughly )?(?:a )?"
              + NUMBER
              + " (?:hundred|thousand|million)\\b"
              + "|\\b"
              + NUMBER
              + " (?:hundred|thousand|million) (?:in|from) (?:the|our|this) [a-z -]{0,20}(?:fund|budget|pot|plan"
              + "|reserve|grant)\\b"
              + "|\\b(?:overspending|overspent|over budget|under budget) by "
              + NUMBER
              + " (?:hundred|thousand|million)\\b");

  /**
   * Strings one of which every {@link #NUMBER_WORD} holds ("sixty" holds "six", "thirteen" "teen"):
   * a sentence with no digit and none of them holds no number, so no amount.
   */
  private static final String[] NUMBER_PARTS = {
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "teen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "thousand",
    "million",
    "half",
    "few",
    "couple",
    "third",
    "quarter"
  };

  private Money() {}

  /** Whether {@code sentence} states an amount of money. */
  public static boolean statesAmount(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    return mayHoldNumber(lower) && AMOUNT.matcher(lower).find();
  }

  /**
   * Whether {@code lower} holds an ASCII digit or a number word: every alternative of {@link
   * #AMOUNT} needs one, so the pattern is tried only then (same result, far fewer scans).
   */
  static boolean mayHoldNumber(String lower) {
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    for (String part : NUMBER_PARTS) {
      if (lower.contains(part)) {
        return true;
      }
    }
    return false;
  }
}
